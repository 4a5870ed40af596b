import APIGateway
import Testing

/// Parameter mappings inside a whole invocation: declarations, integration request
/// parameters and integration response parameters.
@Suite struct InvocationMappingTests {
    func invoke(_ yaml: String) throws -> InvocationResult {
        Invoker.invoke(try Invocation(parsing: yaml, file: "invocation.yaml"))
    }

    static let stamp = "Mon Jan 15 12:34:56 UTC 2024 : "

    @Test func requestMappingsReachTheEndpointRequest() throws {
        let result = try invoke("""
            request:
              path: {petId: "4 2"}
              querystring: {verbose: "yes", q: a&b}
              headers: {X-Client: demo}
            requestParameters:
              method.request.path.petId: true
              method.request.querystring.verbose: false
              method.request.querystring.q: false
              method.request.header.X-Client: {Required: false}
            integration:
              type: ECHO
              uri: https://pets.example.com/pets/{id}
              requestParameters:
                integration.request.path.id: method.request.path.petId
                integration.request.querystring.detail: method.request.querystring.verbose
                integration.request.querystring.q: method.request.querystring.q
                integration.request.header.X-Caller: method.request.header.X-Client
                integration.request.header.X-Stage: "'beta'"
            requestTemplates:
              application/json: 'petId=$input.params("petId")'
            """)
        #expect(result.status == 200)
        #expect(result.body == "petId=4 2")
        #expect(result.log.contains(Self.stamp + "Endpoint request URI: https://pets.example.com/pets/4%202?detail=yes&q=a%26b"))
        #expect(result.log.contains(Self.stamp + "Endpoint request headers: {X-Client=demo, X-Caller=demo, X-Stage=beta}"))
        #expect(result.configurationError == nil)
    }

    @Test func mockIntegrationHasNoEndpointURI() throws {
        let result = try invoke("""
            requestParameters: {method.request.querystring.x: false}
            integration:
              type: MOCK
              requestParameters: {integration.request.header.X: method.request.querystring.x}
            requestTemplates: {application/json: '{"statusCode": 200}'}
            """)
        #expect(result.status == 200)
        #expect(!result.log.contains { $0.contains("Endpoint request URI") })
        #expect(result.log.contains(Self.stamp + "Endpoint request headers: {}"))
    }

    @Test func missingRequiredParameterAnswers400() throws {
        let result = try invoke("""
            request: {querystring: {other: "1"}}
            requestParameters:
              method.request.querystring.page: true
              method.request.header.Auth: true
            integration: ECHO
            """)
        #expect(result.status == 400)
        #expect(result.body == #"{"message":"Missing required request parameters: [page, Auth]"}"#)
        #expect(result.log.last == Self.stamp + "Method completed with status: 400")
        #expect(!result.log.contains { $0.contains("Endpoint request") })
    }

    @Test(arguments: [
        ("undeclared source",
         "requestParameters: {}\nintegration:\n  type: ECHO\n  requestParameters: {integration.request.header.X: method.request.querystring.x}",
         "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.querystring.x]"),
        ("undeclared response header",
         "integrationResponses:\n  - responseParameters: {method.response.header.X: \"'v'\"}",
         "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.X]"),
    ])
    func invalidConfigurationIsRefused(name: String, yaml: String, message: String) throws {
        let result = try invoke(yaml)
        #expect(result.configurationError == message)
        #expect(result.status == 400)
        #expect(result.body == "{\"message\":\"\(message)\"}")
    }

    @Test func responseMappingsSetMethodResponseHeaders() throws {
        let result = try invoke("""
            methodResponseParameters:
              method.response.header.X-Name: false
              method.response.header.X-Backend: false
              method.response.header.Cache-Control: false
              method.response.header.X-Absent: false
              method.response.header.Tier: false
            integration:
              type: HTTP
              status: 201
              headers: {X-Served-By: node-7}
              body: '{"pet": {"name": "Bella"}}'
            integrationResponses:
              - selectionPattern: "2\\\\d{2}"
                responseParameters:
                  method.response.header.X-Name: integration.response.body.pet.name
                  method.response.header.X-Backend: integration.response.header.X-Served-By
                  method.response.header.Cache-Control: "'max-age=60'"
                  method.response.header.X-Absent: integration.response.header.Nope
                  method.response.header.Tier: "'gold'"
                responseTemplates:
                  application/json: '#set($context.responseOverride.header.Tier = "platinum")ok'
            """)
        #expect(result.status == 201)
        #expect(result.body == "ok")
        #expect(result.headers.map { "\($0.name)=\($0.value)" } == [
            "Content-Type=application/json", "X-Name=Bella", "X-Backend=node-7", "Cache-Control=max-age=60", "Tier=platinum",
        ])
        #expect(result.log.contains(Self.stamp + "Method response headers: {Content-Type=application/json, X-Name=Bella, X-Backend=node-7, Cache-Control=max-age=60, Tier=platinum}"))
    }

    @Test func badDeclarationValueIsAFileError() {
        #expect(throws: DocumentError.self) {
            _ = try Invocation(parsing: "requestParameters: {method.request.querystring.x: yes please}", file: "i.yaml")
        }
    }
}
