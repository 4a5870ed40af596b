@testable import APIGateway
import Testing

/// Every validation message, in AWS's words.
@Suite struct ValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var api: MappingAPI
        var side: MappingSide = .request
        var route: String? = nil
        var declarations: [DeclarationEntry] = []
        var target: String
        var source: String
        var errors: [String]
        var testDescription: String { name }
    }

    static let nameRule = "Parameter name should match the following regular expression: ^[a-zA-Z0-9._$-]+$"

    static let cases: [Case] = [
        Case(name: "REST path parameter not declared on the method", api: .rest,
             target: "integration.request.path.page", source: "method.request.path.page",
             errors: ["Invalid mapping expression parameter specified: method.request.path.page"]),
        Case(name: "REST query string declared as a header only", api: .rest,
             declarations: [DeclarationEntry("method.request.header.page", required: false)],
             target: "integration.request.querystring.page", source: "method.request.querystring.page",
             errors: ["Invalid mapping expression parameter specified: method.request.querystring.page"]),
        Case(name: "REST multi-value source needs its own declaration", api: .rest,
             declarations: [DeclarationEntry("method.request.querystring.tag", required: false)],
             target: "integration.request.querystring.tag", source: "method.request.multivaluequerystring.tag",
             errors: ["Invalid mapping expression parameter specified: method.request.multivaluequerystring.tag"]),
        Case(name: "unknown target location", api: .rest,
             target: "integration.request.body.x", source: "'v'",
             errors: ["Invalid mapping expression parameter specified: integration.request.body.x"]),
        Case(name: "target outside the integration request", api: .rest,
             target: "method.request.header.x", source: "'v'",
             errors: ["Invalid mapping expression parameter specified: method.request.header.x"]),
        Case(name: "static value without its closing quote", api: .rest,
             target: "integration.request.header.Allow", source: "'Content-Type',Authorization",
             errors: ["Invalid mapping expression specified: 'Content-Type',Authorization"]),
        Case(name: "a lone quote", api: .webSocket, route: "$connect",
             target: "integration.request.header.x", source: "'",
             errors: ["Invalid mapping expression specified: '"]),
        Case(name: "unquoted text", api: .webSocket, route: "$connect",
             target: "integration.request.header.x", source: "hello",
             errors: ["Invalid mapping expression specified: hello"]),
        Case(name: "unknown context variable", api: .webSocket, route: "$connect",
             target: "integration.request.header.x", source: "context.noSuchThing",
             errors: ["Invalid mapping expression specified: context.noSuchThing"]),
        Case(name: "REST context variable on a WebSocket API", api: .webSocket, route: "$connect",
             target: "integration.request.header.x", source: "context.httpMethod",
             errors: ["Invalid mapping expression specified: context.httpMethod"]),
        Case(name: "WebSocket source on a REST API", api: .rest,
             target: "integration.request.header.x", source: "route.request.body.a",
             errors: ["Invalid mapping expression specified: route.request.body.a"]),
        Case(name: "REST source on a WebSocket API", api: .webSocket, route: "$connect",
             target: "integration.request.header.x", source: "method.request.body.a",
             errors: ["Invalid mapping expression specified: method.request.body.a"]),
        Case(name: "whole body on a WebSocket API", api: .webSocket, route: "$default",
             target: "integration.request.header.x", source: "route.request.body",
             errors: ["Invalid mapping expression specified: route.request.body"]),
        Case(name: "empty body JSONPath", api: .rest,
             target: "integration.request.header.x", source: "method.request.body.",
             errors: ["Invalid mapping expression specified: method.request.body."]),
        Case(name: "body JSONPath that does not compile", api: .rest,
             target: "integration.request.header.x", source: "method.request.body.items[?(@.id",
             errors: ["Invalid mapping expression specified: method.request.body.items[?(@.id"]),
        Case(name: "response body JSONPath that does not compile", api: .rest, side: .response,
             declarations: [DeclarationEntry("method.response.header.X", required: false)],
             target: "method.response.header.X", source: "integration.response.body.a[",
             errors: ["Invalid mapping expression specified: integration.response.body.a["]),
        Case(name: "WebSocket path parameter", api: .webSocket, route: "$connect",
             target: "integration.request.header.x", source: "route.request.path.id",
             errors: ["Invalid mapping expression specified: route.request.path.id"]),
        Case(name: "WebSocket query string on a message route", api: .webSocket, route: "sendmessage",
             target: "integration.request.header.x", source: "route.request.querystring.q",
             errors: ["Invalid mapping expression parameter specified: route.request.querystring.q"]),
        Case(name: "WebSocket header on $default", api: .webSocket, route: "$default",
             target: "integration.request.header.x", source: "route.request.header.Auth",
             errors: ["Invalid mapping expression parameter specified: route.request.header.Auth"]),
        Case(name: "WebSocket multi-value header on $disconnect", api: .webSocket, route: "$disconnect",
             target: "integration.request.header.x", source: "route.request.multivalueheader.Auth",
             errors: ["Invalid mapping expression parameter specified: route.request.multivalueheader.Auth"]),
        Case(name: "target name with a space", api: .rest,
             target: "integration.request.header.my header", source: "'v'", errors: [nameRule]),
        Case(name: "source name with a bracket", api: .rest,
             target: "integration.request.querystring.size", source: "method.request.querystring.page[size]", errors: [nameRule]),
        Case(name: "empty stage variable name", api: .rest,
             target: "integration.request.header.x", source: "stageVariables.", errors: [nameRule]),
        Case(name: "response header not declared on the method response", api: .rest, side: .response,
             target: "method.response.header.Access-Control-Allow-Origin", source: "'*'",
             errors: ["Invalid mapping expression parameter specified: method.response.header.Access-Control-Allow-Origin"]),
        Case(name: "request source on the response side", api: .rest, side: .response,
             declarations: [DeclarationEntry("method.response.header.X", required: false)],
             target: "method.response.header.X", source: "method.request.header.X",
             errors: ["Invalid mapping expression specified: method.request.header.X"]),
        Case(name: "integration request target on the response side", api: .rest, side: .response,
             target: "integration.request.header.X", source: "'v'",
             errors: ["Invalid mapping expression parameter specified: integration.request.header.X"]),
        Case(name: "bad target and bad source together", api: .rest,
             target: "integration.request.cookie.x", source: "nonsense",
             errors: ["Invalid mapping expression parameter specified: integration.request.cookie.x",
                      "Invalid mapping expression specified: nonsense"]),
    ]

    @Test(arguments: cases)
    func rejected(_ test: Case) {
        let error = validationError([MappingEntry(test.target, test.source)], api: test.api, side: test.side, route: test.route, declarations: test.declarations)
        #expect(error == MappingValidationError(errors: test.errors))
    }

    @Test func messageListsEveryError() {
        let error = validationError([
            MappingEntry("integration.request.path.page", "method.request.path.page"),
            MappingEntry("integration.request.header.id", "method.request.header.id"),
        ], api: .rest)
        #expect(error?.message == "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.path.page, Invalid mapping expression parameter specified: method.request.header.id]")
    }

    @Test func restMappingOfADeclaredPathParameterIsAccepted() throws {
        let declarations = try ParameterDeclarations.parse([DeclarationEntry("method.request.path.page", required: true)], api: .rest, route: nil)
        let mappings = try MappingValidator(api: .rest, declarations: declarations)
            .validate([MappingEntry("integration.request.path.page", "method.request.path.page")])
        #expect(mappings == [ParameterMapping(target: .integrationRequest(.path, "page"), source: .requestParameter(RequestParameter(.path, "page")), sourceText: "method.request.path.page")])
    }

    struct Declaration: CustomTestStringConvertible, Sendable {
        var name: String
        var api: MappingAPI
        var route: String?
        var key: String
        var error: String
        var testDescription: String { name }
    }

    static let declarations: [Declaration] = [
        Declaration(name: "query string declared on a message route", api: .webSocket, route: "sendmessage",
                    key: "route.request.querystring.authToken",
                    error: "Invalid mapping expression parameter specified: route.request.querystring.authToken"),
        Declaration(name: "unknown location", api: .rest, route: nil, key: "method.request.cookie.x",
                    error: "Invalid mapping expression specified: method.request.cookie.x"),
        Declaration(name: "REST key on a WebSocket route", api: .webSocket, route: "$connect", key: "method.request.header.x",
                    error: "Invalid mapping expression specified: method.request.header.x"),
        Declaration(name: "name with square brackets", api: .rest, route: nil, key: "method.request.querystring.page[size]",
                    error: nameRule),
        Declaration(name: "response header name with a space", api: .rest, route: nil, key: "method.response.header.a b",
                    error: nameRule),
    ]

    @Test(arguments: declarations)
    func declarationRejected(_ test: Declaration) {
        #expect(throws: MappingValidationError(errors: [test.error])) {
            try ParameterDeclarations.parse([DeclarationEntry(test.key, required: false)], api: test.api, route: test.route)
        }
    }

    @Test(arguments: [
        ("connectionId", true), ("X-Amz-Date", true), ("a.b_c$d-9", true),
        ("", false), ("has space", false), ("page[size]", false), ("é", false), ("a/b", false),
    ])
    func namePattern(name: String, valid: Bool) {
        #expect(ParameterName.isValid(name) == valid)
    }
}
