@testable import APIGateway
import Testing

/// How mapped values are found, combined or left out.
@Suite struct ResolutionTests {
    static let restRequest = MappingRequest(
        headers: ["X-Multi": ["1", "2"], "User-Agent": ["curl/8"]],
        queryString: ["tag": ["a", "b", "c"], "page": ["3"]],
        path: ["id": "42"],
        stageVariables: ["env": "test"],
        context: DefaultContexts.rest
    )

    static let restDeclarations = [
        "method.request.path.id", "method.request.querystring.page", "method.request.querystring.tag",
        "method.request.multivaluequerystring.tag", "method.request.header.X-Multi", "method.request.multivalueheader.X-Multi",
    ].map { DeclarationEntry($0, required: false) }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var target: String
        var source: String
        var expected: MappedParameters
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "path parameter into a path", target: "integration.request.path.petId", source: "method.request.path.id",
             expected: MappedParameters(path: ["petId": "42"])),
        Case(name: "single-value query string takes the last value", target: "integration.request.querystring.t", source: "method.request.querystring.tag",
             expected: MappedParameters(querystring: ["t": ["c"]])),
        Case(name: "multi-value query string into a query string keeps every value", target: "integration.request.querystring.t", source: "method.request.multivaluequerystring.tag",
             expected: MappedParameters(querystring: ["t": ["a", "b", "c"]])),
        Case(name: "multi-value query string into a header joins with commas", target: "integration.request.header.t", source: "method.request.multivaluequerystring.tag",
             expected: MappedParameters(header: ["t": "a,b,c"])),
        Case(name: "multi-value query string into a path joins with commas", target: "integration.request.path.t", source: "method.request.multivaluequerystring.tag",
             expected: MappedParameters(path: ["t": "a,b,c"])),
        Case(name: "single-value header takes the last value", target: "integration.request.header.m", source: "method.request.header.X-Multi",
             expected: MappedParameters(header: ["m": "2"])),
        Case(name: "multi-value header joins with commas", target: "integration.request.querystring.m", source: "method.request.multivalueheader.X-Multi",
             expected: MappedParameters(querystring: ["m": ["1,2"]])),
        Case(name: "static value with spaces", target: "integration.request.header.s", source: "'hello there world'",
             expected: MappedParameters(header: ["s": "hello there world"])),
        Case(name: "static value with inner quotes", target: "integration.request.header.s", source: "'it's \"quoted\"'",
             expected: MappedParameters(header: ["s": "it's \"quoted\""])),
        Case(name: "static JSON value", target: "integration.request.header.Content-Type", source: "'application/json'",
             expected: MappedParameters(header: ["Content-Type": "application/json"])),
        Case(name: "empty static value is left out", target: "integration.request.header.s", source: "''",
             expected: MappedParameters()),
        Case(name: "stage variable", target: "integration.request.querystring.env", source: "stageVariables.env",
             expected: MappedParameters(querystring: ["env": ["test"]])),
        Case(name: "missing stage variable is left out", target: "integration.request.querystring.env", source: "stageVariables.nope",
             expected: MappedParameters()),
        Case(name: "nested context variable", target: "integration.request.header.ip", source: "context.identity.sourceIp",
             expected: MappedParameters(header: ["ip": "192.0.2.1"])),
        Case(name: "numeric context variable", target: "integration.request.header.t", source: "context.requestTimeEpoch",
             expected: MappedParameters(header: ["t": "1705322096789"])),
        Case(name: "context variable absent from this request", target: "integration.request.header.t", source: "context.xrayTraceId",
             expected: MappedParameters()),
        Case(name: "authorizer claim", target: "integration.request.header.sub", source: "context.authorizer.principalId",
             expected: MappedParameters(header: ["sub": "carlos-salazar"])),
    ]

    @Test(arguments: cases)
    func rest(_ test: Case) throws {
        let result = try mapped([MappingEntry(test.target, test.source)], api: .rest, declarations: Self.restDeclarations, request: Self.restRequest)
        #expect(result.parameters == test.expected)
    }

    @Test func headerNamesAreCaseSensitive() throws {
        let result = try mapped(
            [MappingEntry("integration.request.header.m", "method.request.header.x-multi")],
            api: .rest, declarations: [DeclarationEntry("method.request.header.x-multi", required: false)], request: Self.restRequest
        )
        #expect(result.parameters == MappedParameters())
    }

    @Test func requiredRestParametersAreCheckedBeforeMapping() {
        #expect(throws: MappingRejection(status: 400, message: "Missing required request parameters: [user, X-Key]")) {
            try mapped([], api: .rest, declarations: [
                DeclarationEntry("method.request.querystring.user", required: true),
                DeclarationEntry("method.request.path.id", required: true),
                DeclarationEntry("method.request.header.X-Key", required: true),
            ], request: Self.restRequest)
        }
    }

    @Test func requiredParameterPresentIsMapped() throws {
        let result = try mapped(
            [MappingEntry("integration.request.path.id", "method.request.path.id")],
            api: .rest, declarations: [DeclarationEntry("method.request.path.id", required: true)], request: Self.restRequest
        )
        #expect(result.parameters.path == ["id": "42"])
    }

    @Test func laterMappingsKeepTheirOrder() throws {
        let result = try mapped([
            MappingEntry("integration.request.header.b", "'2'"),
            MappingEntry("integration.request.header.a", "'1'"),
            MappingEntry("integration.request.querystring.q", "'3'"),
        ], api: .rest, request: Self.restRequest)
        #expect(Array(result.parameters.header.keys) == ["b", "a"])
        #expect(result.steps.map(\.mapping.target.name) == ["b", "a", "q"])
    }

    @Test func contextObjectsAndNullsAreNotValues() throws {
        var request = Self.restRequest
        request.context = request.context.merging(.object(["authorizer": .object(["claims": .object(["sub": .value("u1")]), "principalId": .null])]))
        let result = try mapped([
            MappingEntry("integration.request.header.a", "context.authorizer.claims"),
            MappingEntry("integration.request.header.b", "context.authorizer.principalId"),
            MappingEntry("integration.request.header.c", "context.authorizer.claims.sub"),
        ], api: .rest, request: request)
        #expect(result.parameters.header == ["c": "u1"])
        #expect(result.steps.map(\.outcome) == [
            .missing("the context variable is an object, not a value"),
            .missing("the context variable is null"),
            .values(["u1"]),
        ])
    }

    @Test func responseHeadersMapToMethodResponseHeaders() throws {
        var request = MappingRequest(stageVariables: ["env": "test"], context: DefaultContexts.rest)
        request.integrationResponse = IntegrationResponseData(headers: ["x-app-id": ["a1", "a2"]])
        let result = try mapped([
            MappingEntry("method.response.header.id", "integration.response.header.x-app-id"),
            MappingEntry("method.response.header.ids", "integration.response.multivalueheader.x-app-id"),
            MappingEntry("method.response.header.Access-Control-Allow-Origin", "'*'"),
            MappingEntry("method.response.header.Stage", "stageVariables.env"),
            MappingEntry("method.response.header.Missing", "integration.response.header.nope"),
        ], api: .rest, side: .response, declarations: ["id", "ids", "Access-Control-Allow-Origin", "Stage", "Missing"].map {
            DeclarationEntry("method.response.header.\($0)", required: false)
        }, request: request)
        #expect(result.parameters == MappedParameters(header: ["id": "a2", "ids": "a1,a2", "Access-Control-Allow-Origin": "*", "Stage": "test"]))
    }

    @Test func webSocketContextDefaultsFollowTheRoute() {
        #expect(DefaultContexts.webSocket(route: "$connect").lookup("eventType") == .value("CONNECT"))
        #expect(DefaultContexts.webSocket(route: "$connect").lookup("messageId") == nil)
        #expect(DefaultContexts.webSocket(route: "$disconnect").lookup("eventType") == .value("DISCONNECT"))
        #expect(DefaultContexts.webSocket(route: "sendmessage").lookup("eventType") == .value("MESSAGE"))
        #expect(DefaultContexts.webSocket(route: "sendmessage").lookup("routeKey") == .value("sendmessage"))
        #expect(DefaultContexts.webSocket(route: "sendmessage").lookup("messageId") != nil)
    }

    @Test func requestOverridesDeepMergeIntoTheContext() {
        let context = DefaultContexts.webSocket(route: "$connect").merging(.object(["identity": .object(["sourceIp": .value("203.0.113.9")])]))
        #expect(context.lookup("identity.sourceIp") == .value("203.0.113.9"))
        #expect(context.lookup("identity.userAgent") == .value("Mozilla/5.0 (X11; Linux x86_64)"))
    }
}

/// Mapping a template request (`MethodRequest`) from the rest of the module.
@Suite struct MethodRequestAdapterTests {
    @Test func restRequestUsesTheTemplateContext() throws {
        let request = MethodRequest(
            body: #"{"a": 1}"#, path: ["id": "7"], querystring: ["q": "x"], headers: ["User-Agent": "test/1"],
            stageVariables: ["env": "dev"], context: ["stage": .string("beta")]
        )
        let mapping = MappingRequest(request, api: .rest)
        #expect(mapping.headers == ["User-Agent": ["test/1"]])
        #expect(mapping.queryString == ["q": ["x"]])
        #expect(mapping.path == ["id": "7"])
        #expect(mapping.body == #"{"a": 1}"#)
        #expect(mapping.context.lookup("stage") == .value("beta"))
        #expect(mapping.context.lookup("identity.userAgent") == .value("test/1"))
        #expect(mapping.context.lookup("requestTimeEpoch") == .value("1705322096789"))
    }

    @Test func webSocketRequestUsesTheRouteContext() {
        let request = MethodRequest(context: ["connectionId": .string("c1=")])
        let mapping = MappingRequest(request, api: .webSocket, route: "$connect")
        #expect(mapping.context.lookup("connectionId") == .value("c1="))
        #expect(mapping.context.lookup("eventType") == .value("CONNECT"))
        #expect(mapping.body == nil)
    }
}
