@testable import APIGateway
import Testing

/// `method.request.body[.JSONPATH]`, `route.request.body.JSONPATH` and `integration.response.body[.JSONPATH]`.
@Suite struct BodyMappingTests {
    static let body = """
    {"action": "join", "count": 3, "ratio": 2.50, "big": 12345678901, "ok": true, "none": null,
     "user": {"name": "Ann", "tags": ["a", "b"]}, "items": [{"id": 1}, {"id": 2}], "path": "a/b", "quote": "say \\"hi\\""}
    """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var expected: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a string, unquoted", path: "action", expected: "join"),
        Case(name: "a string with quotes, unescaped", path: "quote", expected: "say \"hi\""),
        Case(name: "a string with a slash", path: "path", expected: "a/b"),
        Case(name: "an integer", path: "count", expected: "3"),
        Case(name: "a decimal as Java prints it", path: "ratio", expected: "2.5"),
        Case(name: "a long", path: "big", expected: "12345678901"),
        Case(name: "a boolean", path: "ok", expected: "true"),
        Case(name: "null maps to nothing", path: "none", expected: nil),
        Case(name: "an object, as compact JSON", path: "user", expected: #"{"name":"Ann","tags":["a","b"]}"#),
        Case(name: "an array, as compact JSON", path: "user.tags", expected: #"["a","b"]"#),
        Case(name: "an array element", path: "items[1].id", expected: "2"),
        Case(name: "a nested string", path: "user.name", expected: "Ann"),
        Case(name: "no match maps to nothing", path: "user.age", expected: nil),
        Case(name: "an index out of range maps to nothing", path: "items[5]", expected: nil),
        Case(name: "a bracketed name", path: "['user']['name']", expected: "Ann"),
        Case(name: "a wildcard gives the matches as a JSON array", path: "items[*].id", expected: "[1,2]"),
        Case(name: "a deep scan gives the matches as a JSON array", path: "..name", expected: #"["Ann"]"#),
        Case(name: "a filter", path: "items[?(@.id > 1)]", expected: #"[{"id":2}]"#),
        Case(name: "a filter matching nothing maps to nothing", path: "items[?(@.id > 5)]", expected: nil),
        Case(name: "the last element", path: "items[-1:]", expected: #"[{"id":2}]"#),
    ]

    @Test(arguments: cases)
    func restBodyPath(_ test: Case) throws {
        let result = try mapped(
            [MappingEntry("integration.request.header.out", "method.request.body.\(test.path)")],
            api: .rest, request: MappingRequest(body: Self.body), bodyReader: JSONBodyReader()
        )
        #expect(result.parameters.header["out"] == test.expected)
    }

    @Test(arguments: ["$connect", "$default", "sendmessage"])
    func webSocketBodyPathOnEveryRoute(route: String) throws {
        let result = try mapped(
            [MappingEntry("integration.request.querystring.action", "route.request.body.action")],
            api: .webSocket, route: route, request: MappingRequest(body: Self.body), bodyReader: JSONBodyReader()
        )
        #expect(result.parameters.querystring == ["action": ["join"]])
    }

    @Test func wholeBody() throws {
        let result = try mapped([MappingEntry("integration.request.header.body", "method.request.body")],
                                api: .rest, request: MappingRequest(body: "<xml/>"), bodyReader: JSONBodyReader())
        #expect(result.parameters.header == ["body": "<xml/>"])
    }

    @Test func emptyBodyIsAnEmptyObject() throws {
        let result = try mapped([MappingEntry("integration.request.header.body", "method.request.body")],
                                api: .rest, request: MappingRequest(body: ""), bodyReader: JSONBodyReader())
        #expect(result.parameters.header == ["body": "{}"])
    }

    @Test func bodyThatIsNotJSONReadsAsAnEmptyObject() throws {
        let result = try mapped([MappingEntry("integration.request.header.a", "method.request.body.a")],
                                api: .rest, request: MappingRequest(body: "a=1&b=2"), bodyReader: JSONBodyReader())
        #expect(result.parameters == MappedParameters())
        #expect(result.steps[0].outcome == .missing("the body is not JSON, so it reads as {}"))
    }

    @Test(arguments: ["method.request.body", "method.request.body.a"])
    func brokenJSONRequestBodyIsRefused(source: String) {
        #expect(throws: MappingRejection(status: 400, message: "Invalid JSON in request body")) {
            try mapped([MappingEntry("integration.request.header.a", source)],
                       api: .rest, request: MappingRequest(body: "\n{wrongjson"), bodyReader: JSONBodyReader())
        }
    }

    @Test func brokenJSONIntegrationResponseIsAnInternalError() {
        let request = MappingRequest(integrationResponse: IntegrationResponseData(body: "[1, {"))
        #expect(throws: MappingRejection(status: 500, message: "Internal server error")) {
            try mapped([MappingEntry("method.response.header.Location", "integration.response.body.redirect.url")],
                       api: .rest, side: .response, declarations: [DeclarationEntry("method.response.header.Location", required: false)],
                       request: request, bodyReader: JSONBodyReader())
        }
    }

    @Test func integrationResponseBodyIntoAHeader() throws {
        let request = MappingRequest(integrationResponse: IntegrationResponseData(body: #"{"redirect": {"url": "https://example.com/a"}}"#))
        let result = try mapped([
            MappingEntry("method.response.header.Location", "integration.response.body.redirect.url"),
            MappingEntry("method.response.header.X-Body", "integration.response.body"),
        ], api: .rest, side: .response,
           declarations: [DeclarationEntry("method.response.header.Location", required: false), DeclarationEntry("method.response.header.X-Body", required: false)],
           request: request, bodyReader: JSONBodyReader())
        #expect(result.parameters.header == ["Location": "https://example.com/a", "X-Body": #"{"redirect": {"url": "https://example.com/a"}}"#])
    }
}

/// Route and template selection expressions.
@Suite struct RouteSelectionTests {
    static let routes = ["$connect", "$disconnect", "$default", "sendmessage", "join-room"]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var expression: String
        var body: String
        var route: String?
        var evaluated: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "action picks its route", expression: "$request.body.action", body: #"{"action": "sendmessage"}"#, route: "sendmessage", evaluated: "sendmessage"),
        Case(name: "braced form", expression: "${request.body.action}", body: #"{"action": "sendmessage"}"#, route: "sendmessage", evaluated: "sendmessage"),
        Case(name: "several fields with literal text", expression: "${request.body.verb}-${request.body.what}", body: #"{"verb": "join", "what": "room"}"#, route: "join-room", evaluated: "join-room"),
        Case(name: "nested field", expression: "$request.body.message.type", body: #"{"message": {"type": "sendmessage"}}"#, route: "sendmessage", evaluated: "sendmessage"),
        Case(name: "unknown action falls back to $default", expression: "$request.body.action", body: #"{"action": "dance"}"#, route: "$default", evaluated: "dance"),
        Case(name: "missing field falls back to $default", expression: "$request.body.action", body: #"{"other": 1}"#, route: "$default", evaluated: nil),
        Case(name: "non-JSON message falls back to $default", expression: "$request.body.action", body: "hello", route: "$default", evaluated: nil),
        Case(name: "a number is its text", expression: "$request.body.n", body: #"{"n": 5}"#, route: "$default", evaluated: "5"),
    ]

    @Test(arguments: cases)
    func selection(_ test: Case) throws {
        let expression = try #require(SelectionExpression(test.expression))
        #expect(expression.select(body: test.body, from: Self.routes) == SelectionExpression.Selection(key: test.route, evaluated: test.evaluated))
    }

    @Test func noDefaultRouteMeansNoRoute() throws {
        let expression = try #require(SelectionExpression("$request.body.action"))
        #expect(expression.select(body: #"{"action": "x"}"#, from: ["sendmessage"]).key == nil)
    }

    @Test func templateSelectionUsesTheSameRules() throws {
        let expression = try #require(SelectionExpression("$request.body.kind"))
        #expect(expression.select(body: #"{"kind": "v2"}"#, from: ["v1", "v2"]).key == "v2")
        #expect(expression.select(body: #"{"kind": "v3"}"#, from: ["v1", "$default"]).key == "$default")
    }

    @Test(arguments: ["$request.body.", "${request.body.a", "${request.header.a}", "$request.body.a[", "$request.body.a[?(@.x"])
    func malformedExpressions(text: String) {
        #expect(SelectionExpression(text) == nil)
    }
}
