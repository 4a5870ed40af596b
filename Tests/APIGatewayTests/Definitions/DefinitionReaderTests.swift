import APIGateway
import Testing

@Suite struct DefinitionReaderTests {
    static let swagger = """
    {
      "swagger": "2.0",
      "paths": {
        "/pets/{id}": {
          "get": {
            "x-amazon-apigateway-integration": {
              "requestTemplates": {"application/json": "{\\"id\\": \\"$input.params('id')\\"}"},
              "requestParameters": {"integration.request.path.id": "method.request.path.id"},
              "responses": {
                "default": {"statusCode": "200", "responseTemplates": {"application/json": "$input.json('$')"},
                            "responseParameters": {"method.response.header.X-Id": "integration.response.body.id"}}
              }
            }
          }
        }
      }
    }
    """

    @Test func readsSwagger2() throws {
        let definition = try DefinitionReader.read(text: Self.swagger, file: "api.json")
        #expect(definition.format == .swagger2)
        #expect(definition.entries.map(\.reference.text) == [
            "GET /pets/{id} request application/json", "GET /pets/{id} requestParameters",
            "GET /pets/{id} response 200 application/json", "GET /pets/{id} responseParameters 200",
        ])
        #expect(definition.entries[0].content == .template("{\"id\": \"$input.params('id')\"}"))
        #expect(definition.entries[0].line == 7)
        #expect(definition.entries[1].content == .parameters([MappingEntry("integration.request.path.id", "method.request.path.id")]))
        let selected = try definition.select(TemplateReference(parsing: "GET /pets/{id} response"), file: "api.json")
        #expect(selected.content == .template("$input.json('$')"))
    }

    @Test func readsOpenAPI3InYAMLWithSelectionPatterns() throws {
        let text = """
        openapi: 3.0.1
        paths:
          /orders:
            x-amazon-apigateway-any-method:
              x-amazon-apigateway-integration:
                requestTemplates:
                  application/json: |
                    {"a": 1}
                  application/xml: <a/>
                responses:
                  "4\\\\d{2}":
                    statusCode: "400"
                    responseTemplates:
                      application/json: '{"error": true}'
        """
        let definition = try DefinitionReader.read(text: text, file: "api.yaml")
        #expect(definition.format == .openAPI3)
        #expect(definition.entries.map(\.reference.text) == [
            "ANY /orders request application/json", "ANY /orders request application/xml", "ANY /orders response 400 application/json",
        ])
        #expect(try definition.select(TemplateReference(), file: "api.yaml").content == .template("{\"a\": 1}\n"))
        #expect(try definition.select(TemplateReference(kind: .response, status: "4\\d{2}"), file: "api.yaml").content == .template("{\"error\": true}"))
        #expect(throws: DefinitionError.self) { try definition.select(TemplateReference(operation: "GET /nothing"), file: "api.yaml") }
    }

    static let sam = """
    Parameters:
      Table:
        Type: String
        Default: orders
    Resources:
      Api:
        Type: AWS::Serverless::Api
        Properties:
          DefinitionBody:
            paths:
              /orders:
                post:
                  x-amazon-apigateway-integration:
                    requestTemplates:
                      application/json: !Sub '{"TableName": "${Table}", "Region": "${AWS::Region}", "Keep": "${!Literal}"}'
                      text/plain:
                        Fn::Sub:
                          - "${Greeting} from ${AWS::AccountId}"
                          - Greeting: !Join [" ", [hello, !Ref Table]]
                      application/xml: !GetAtt Queue.Arn
      Method:
        Type: AWS::ApiGateway::Method
        Properties:
          HttpMethod: GET
          ResourceId: !Ref Items
          Integration:
            RequestTemplates:
              application/json: !Sub "${Queue}"
            IntegrationResponses:
              - StatusCode: "200"
                SelectionPattern: ""
                ResponseTemplates:
                  application/json: '{"ok": true}'
      Items:
        Type: AWS::ApiGateway::Resource
        Properties:
          ParentId: !GetAtt Api.RootResourceId
          PathPart: items
      Queue:
        Type: AWS::SQS::Queue
    """

    @Test func resolvesIntrinsicFunctionsInSAM() throws {
        let definition = try DefinitionReader.read(text: Self.sam, file: "template.yaml", parameters: ["AWS::Region": "eu-west-1"])
        #expect(definition.format == .cloudFormation)
        #expect(definition.entries.map(\.reference.text) == [
            "Api POST /orders request application/json", "Api POST /orders request text/plain", "Method GET /items response 200 application/json",
        ])
        #expect(definition.entries[0].content == .template("{\"TableName\": \"orders\", \"Region\": \"eu-west-1\", \"Keep\": \"${Literal}\"}"))
        #expect(definition.entries[1].content == .template("hello orders from 123456789012"))
        #expect(definition.problems.map { "\($0.line):\($0.column) \($0.reference.text): \($0.reason)" } == [
            "20:36 Api POST /orders request application/xml: Fn::GetAtt needs a deployed stack; vtlplay cannot resolve it",
            "28:29 Method GET /items request application/json: Ref Queue names a resource, known only once deployed (give --parameter Queue=VALUE)",
        ])
        let given = try DefinitionReader.read(text: Self.sam, file: "template.yaml", parameters: ["Queue": "q-1", "Table": "t"])
        #expect(try given.select(TemplateReference(parsing: "Method request"), file: "t").content == .template("q-1"))
        #expect(try given.select(TemplateReference(parsing: "Api text/plain"), file: "t").content == .template("hello t from 123456789012"))
    }

    @Test func readsWebSocketIntegrationsWithTheirRoutes() throws {
        let text = """
        {"Resources": {
          "Connect": {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"RouteKey": "$connect", "Target": {"Fn::Join": ["/", ["integrations", {"Ref": "Integration"}]]}}},
          "Send": {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"RouteKey": "send", "Target": {"Fn::Sub": "integrations/${Integration}"}}},
          "Integration": {"Type": "AWS::ApiGatewayV2::Integration", "Properties": {
            "RequestTemplates": {"$default": "{\\"action\\": \\"$context.routeKey\\"}"},
            "RequestParameters": {"integration.request.header.X-Conn": "context.connectionId"}}}
        }}
        """
        let definition = try DefinitionReader.read(text: text, file: "stack.template.json")
        #expect(definition.entries.map(\.reference.text) == ["Integration request $default", "Integration requestParameters"])
        #expect(definition.entries[0].note == "routes: $connect, send")
    }

    @Test func readsTerraformShowJSON() throws {
        let text = """
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "aws_api_gateway_integration.get", "type": "aws_api_gateway_integration",
           "values": {"request_templates": {"application/json": "{\\"q\\": \\"$input.params('q')\\"}"}, "request_parameters": {}}},
          {"address": "aws_api_gateway_rest_api.api", "type": "aws_api_gateway_rest_api",
           "values": {"body": "{\\"openapi\\": \\"3.0.1\\", \\"paths\\": {\\"/a\\": {\\"get\\": {\\"x-amazon-apigateway-integration\\": {\\"requestTemplates\\": {\\"application/json\\": \\"{}\\"}}}}}}"}}
        ], "child_modules": [{"resources": [
          {"address": "module.m.aws_api_gateway_integration_response.ok", "type": "aws_api_gateway_integration_response",
           "values": {"status_code": "200", "selection_pattern": "", "response_templates": {"application/json": "ok"}}}
        ]}]}}}
        """
        let definition = try DefinitionReader.read(text: text, file: "show.json")
        #expect(definition.format == .terraform)
        #expect(definition.entries.map(\.reference.text) == [
            "aws_api_gateway_integration.get request application/json", "aws_api_gateway_integration.get requestParameters",
            "aws_api_gateway_rest_api.api GET /a request application/json", "module.m.aws_api_gateway_integration_response.ok response 200 application/json",
        ])
        #expect(definition.entries[0].content == .template("{\"q\": \"$input.params('q')\"}"))
    }

    @Test func refusesOtherDocumentsWithAPosition() {
        #expect(throws: DefinitionError(file: "x.yaml", line: 1, column: 1, reason: "not an API definition: expected OpenAPI (paths), CloudFormation (Resources) or terraform show -json output")) {
            try DefinitionReader.read(text: "a: 1\n", file: "x.yaml")
        }
        #expect(throws: DefinitionError.self) { try TemplateReference(parsing: "GET /a request 200 extra words") }
    }
}
