@testable import APIGateway
import Testing

/// The formats users already have their mappings in, detected from the content.
@Suite struct InputFormatTests {
    @Test func plainJSONMap() throws {
        let configuration = try MappingFileReader.read(#"{"integration.request.header.connectionId": "context.connectionId"}"#)
        var expected = MappingConfiguration(format: .plainMap, mappings: [MappingEntry("integration.request.header.connectionId", "context.connectionId")])
        expected.positions = ["integration.request.header.connectionId": FilePosition(line: 1, column: 2)]
        #expect(configuration == expected)
        #expect(configuration.side == .request)
    }

    @Test func plainYAMLMapKeepsStaticQuotes() throws {
        let configuration = try MappingFileReader.read("""
        integration.request.header.Accept: "'application/json'"
        integration.request.querystring.v: stageVariables.version
        """)
        #expect(configuration.mappings == [
            MappingEntry("integration.request.header.Accept", "'application/json'"),
            MappingEntry("integration.request.querystring.v", "stageVariables.version"),
        ])
    }

    @Test func apiGatewayV2GetIntegration() throws {
        let configuration = try MappingFileReader.read("""
        {
            "ConnectionType": "INTERNET",
            "IntegrationId": "abc123",
            "IntegrationType": "HTTP",
            "RequestParameters": {
                "integration.request.header.authToken": "route.request.querystring.authToken"
            }
        }
        """)
        #expect(configuration.format == .apiGatewayV2Integration)
        #expect(configuration.mappings == [MappingEntry("integration.request.header.authToken", "route.request.querystring.authToken")])
    }

    @Test func apiGatewayV2GetRoute() throws {
        let configuration = try MappingFileReader.read("""
        {
            "ApiKeyRequired": false,
            "RequestParameters": {"route.request.querystring.authToken": {"Required": false}},
            "RouteId": "0abcdef",
            "RouteKey": "$connect"
        }
        """)
        #expect(configuration.format == .apiGatewayV2Route)
        #expect(configuration.declarations == [DeclarationEntry("route.request.querystring.authToken", required: false)])
        #expect(configuration.routeKey == "$connect")
        #expect(configuration.positions == ["route.request.querystring.authToken": FilePosition(line: 3, column: 27)])
    }

    @Test func apiGatewayGetMethodCarriesDeclarationsAndMappings() throws {
        let configuration = try MappingFileReader.read("""
        {
            "httpMethod": "GET",
            "requestParameters": {"method.request.path.page": true, "method.request.header.X-Id": false},
            "methodIntegration": {
                "type": "HTTP",
                "requestParameters": {"integration.request.path.page": "method.request.path.page"}
            }
        }
        """)
        #expect(configuration.format == .apiGatewayMethod)
        #expect(configuration.declarations == [
            DeclarationEntry("method.request.path.page", required: true),
            DeclarationEntry("method.request.header.X-Id", required: false),
        ])
        #expect(configuration.mappings == [MappingEntry("integration.request.path.page", "method.request.path.page")])
    }

    @Test func apiGatewayGetIntegration() throws {
        let configuration = try MappingFileReader.read(#"{"type": "HTTP", "requestParameters": {"integration.request.header.x": "'1'"}}"#)
        #expect(configuration.format == .apiGatewayIntegration)
        #expect(configuration.mappings == [MappingEntry("integration.request.header.x", "'1'")])
    }

    @Test func integrationResponseIsTheResponseSide() throws {
        let configuration = try MappingFileReader.read(#"{"statusCode": "200", "responseParameters": {"method.response.header.Location": "integration.response.body.redirect.url"}}"#)
        #expect(configuration.format == .apiGatewayResponse)
        #expect(configuration.side == .response)
    }

    @Test func methodResponseDeclaresHeaders() throws {
        let configuration = try MappingFileReader.read(#"{"statusCode": "200", "responseParameters": {"method.response.header.Location": true}}"#)
        #expect(configuration.declarations == [DeclarationEntry("method.response.header.Location", required: true)])
    }

    static let openAPI = """
    openapi: 3.0.1
    paths:
      /pets/{petId}:
        parameters:
          - name: petId
            in: path
            required: true
        get:
          parameters:
            - name: version
              in: query
            - name: x-user-id
              in: header
              required: true
          x-amazon-apigateway-integration:
            type: http
            requestParameters:
              integration.request.querystring.stage: method.request.querystring.version
              integration.request.header.x-userid: method.request.header.x-user-id
              integration.request.path.op: method.request.path.petId
      /pets:
        post:
          x-amazon-apigateway-integration:
            requestParameters:
              integration.request.header.x: "'static'"
    """

    @Test func openAPIOperationWithItsDeclarations() throws {
        let configuration = try MappingFileReader.read(Self.openAPI, operation: "GET /pets/{petId}")
        #expect(configuration.format == .openAPI)
        #expect(configuration.mappings.map(\.target) == ["integration.request.querystring.stage", "integration.request.header.x-userid", "integration.request.path.op"])
        #expect(configuration.declarations == [
            DeclarationEntry("method.request.path.petId", required: true),
            DeclarationEntry("method.request.querystring.version", required: false),
            DeclarationEntry("method.request.header.x-user-id", required: true),
        ])
        #expect(configuration.positions["method.request.path.petId"] == FilePosition(line: 5, column: 9))
        #expect(configuration.positions["integration.request.path.op"] == FilePosition(line: 20, column: 11))
    }

    @Test func openAPIWithSeveralOperationsNeedsAChoice() {
        #expect(throws: MappingFileError(line: 3, column: 3, reason: "several operations have request parameters (GET /pets/{petId}, POST /pets); choose one with --operation")) {
            try MappingFileReader.read(Self.openAPI)
        }
    }

    @Test func openAPIJSONWithOneOperation() throws {
        let configuration = try MappingFileReader.read("""
        {"swagger": "2.0", "paths": {"/": {"get": {"x-amazon-apigateway-integration": {"requestParameters": {"integration.request.header.a": "'b'"}}}}}}
        """)
        #expect(configuration.mappings == [MappingEntry("integration.request.header.a", "'b'")])
    }

    struct Shorthand: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var mappings: [MappingEntry]
        var declarations: [DeclarationEntry] = []
        var testDescription: String { name }
    }

    static let shorthands: [Shorthand] = [
        Shorthand(name: "the seed's first example", text: "'integration.request.header.connectionId'='context.connectionId'",
                  mappings: [MappingEntry("integration.request.header.connectionId", "context.connectionId")]),
        Shorthand(name: "with the option name", text: "--request-parameters 'integration.request.header.authToken'='route.request.querystring.authToken'\n",
                  mappings: [MappingEntry("integration.request.header.authToken", "route.request.querystring.authToken")]),
        Shorthand(name: "several, comma- and space-separated", text: "integration.request.header.a=context.requestId,integration.request.header.b=stageVariables.x integration.request.path.c=context.stage",
                  mappings: [MappingEntry("integration.request.header.a", "context.requestId"), MappingEntry("integration.request.header.b", "stageVariables.x"), MappingEntry("integration.request.path.c", "context.stage")]),
        Shorthand(name: "a static value with spaces in shell quotes", text: #"'integration.request.header.greeting'="'hello, world'""#,
                  mappings: [MappingEntry("integration.request.header.greeting", "'hello, world'")]),
        Shorthand(name: "an unquoted key and a static URL", text: #"integration.request.header.Origin="'https://example.com'""#,
                  mappings: [MappingEntry("integration.request.header.Origin", "'https://example.com'")]),
        Shorthand(name: "declarations", text: "'route.request.querystring.authToken'='{Required=false}' method.request.path.page=true",
                  mappings: [], declarations: [DeclarationEntry("route.request.querystring.authToken", required: false), DeclarationEntry("method.request.path.page", required: true)]),
    ]

    @Test(arguments: shorthands)
    func shorthand(_ test: Shorthand) throws {
        let configuration = try MappingFileReader.read(test.text)
        #expect(configuration.format == .shorthand)
        #expect(configuration.mappings == test.mappings)
        #expect(configuration.positions.count == test.mappings.count + test.declarations.count)
        #expect(configuration.declarations == test.declarations)
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var error: MappingFileError
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(name: "empty file", text: "  \n", error: MappingFileError(line: 1, column: 1, reason: "the file is empty")),
        Failure(name: "a JSON array", text: "[1, 2]", error: MappingFileError(line: 1, column: 1, reason: "expected an object of parameter mappings, found an array")),
        Failure(name: "a number as a source", text: "{\n  \"integration.request.header.a\": [1]\n}",
                error: MappingFileError(line: 2, column: 35, reason: "expected a mapping expression string, true/false or {\"Required\": true/false} for \"integration.request.header.a\", found an array")),
        Failure(name: "a bad Required object", text: "{\"route.request.header.a\": {\"Optional\": true}}",
                error: MappingFileError(line: 1, column: 28, reason: "expected {\"Required\": true} or {\"Required\": false}")),
        Failure(name: "mappings and declarations mixed", text: "{\"integration.request.header.a\": \"'x'\", \"method.request.path.p\": true}",
                error: MappingFileError(line: 1, column: 66, reason: "this map mixes mapping expressions and parameter declarations; give declarations in their own file (--route-parameters)")),
        Failure(name: "unterminated shorthand quote", text: "'integration.request.header.a'='context.stage",
                error: MappingFileError(line: 1, column: 32, reason: "unterminated ' quote")),
        Failure(name: "shorthand word without equals", text: "'integration.request.header.a'='context.stage' stray",
                error: MappingFileError(line: 1, column: 48, reason: "expected KEY=VALUE, found \"stray\"")),
    ]

    @Test(arguments: failures)
    func failure(_ test: Failure) {
        #expect(throws: test.error) { try MappingFileReader.read(test.text) }
    }

    @Test func brokenJSONHasAPosition() {
        do {
            _ = try MappingFileReader.read("{\n  \"integration.request.header.a\": \"'x'\",,\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.reason.hasPrefix("not valid JSON or YAML: "))
        }
    }

    @Test func errorsPrintWithTheSourceLineAndACaret() {
        let error = MappingFileError(line: 2, column: 5, reason: "bad")
        #expect(error.formatted(file: "m.json", source: "{\n    x\n}") == "m.json:2:5: error: bad\n    x\n    ^")
    }

    @Test func requestFile() throws {
        let file = try MappingRequestReader.read("""
        {
          "body": "{\\"action\\": \\"join\\"}",
          "path": {"id": "7"},
          "querystring": {"authToken": "abc", "tag": ["a", "b"]},
          "headers": {"X-Num": 5},
          "stageVariables": {"env": "dev"},
          "context": {"identity": {"sourceIp": "203.0.113.9"}, "authorizer": null},
          "integrationResponse": {"headers": {"x-app-id": "a1"}, "body": "{}"}
        }
        """)
        let request = file.request
        #expect(file.contextMode == .merge)
        #expect(request.body == #"{"action": "join"}"#)
        #expect(request.path == ["id": "7"])
        #expect(request.queryString == ["authToken": ["abc"], "tag": ["a", "b"]])
        #expect(request.headers == ["X-Num": ["5"]])
        #expect(request.stageVariables == ["env": "dev"])
        #expect(request.context == .object(["identity": .object(["sourceIp": .value("203.0.113.9")]), "authorizer": .null]))
        #expect(request.integrationResponse == IntegrationResponseData(headers: ["x-app-id": ["a1"]], body: "{}"))
    }

    @Test func requestFileContextModeReplace() throws {
        let file = try MappingRequestReader.read("contextMode: replace\ncontext: {connectionId: c1}")
        #expect(file.contextMode == .replace)
        #expect(file.request.context == .object(["connectionId": .value("c1")]))
        #expect(throws: MappingFileError(line: 1, column: 14, reason: "expected \"contextMode\" to be \"merge\" or \"replace\"")) {
            try MappingRequestReader.read("contextMode: both")
        }
    }

    @Test func requestFileRejectsUnknownFields() {
        #expect(throws: MappingFileError(line: 1, column: 2, reason: "unknown field \"header\"; expected one of body, path, querystring, headers, stageVariables, context, contextMode, integrationResponse")) {
            try MappingRequestReader.read(#"{"header": {}}"#)
        }
    }

    /// "Billion laughs" in a request's `context`: refused at the alias that goes over.
    @Test func requestFileAliasBombIsRefused() {
        var text = "context:\n  a0: &a0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\n"
        for level in 1...12 {
            text += "  a\(level): &a\(level) {\((0..<10).map { "k\($0): *a\(level - 1)" }.joined(separator: ", "))}\n"
        }
        #expect(throws: MappingFileError(line: 6, column: 75, reason: "YAML aliases here expand to more than 100000 values (each alias repeats its anchor's content, nested aliases multiply it)")) {
            try MappingRequestReader.read(text)
        }
    }
}
