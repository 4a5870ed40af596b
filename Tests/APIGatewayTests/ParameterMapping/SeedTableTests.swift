@testable import APIGateway
import Testing

/// Every row of the seed's table of integration request data mapping expressions,
/// mapped on the `$connect` route into a header.
@Suite struct SeedTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var declaration: String?
        var expected: String
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "request query string", source: "route.request.querystring.q", declaration: "route.request.querystring.q", expected: "two"),
        Row(name: "request header", source: "route.request.header.X-Trace", declaration: "route.request.header.X-Trace", expected: "t2"),
        Row(name: "multi-value request query string", source: "route.request.multivaluequerystring.q", declaration: "route.request.multivaluequerystring.q", expected: "one,two"),
        Row(name: "multi-value request header", source: "route.request.multivalueheader.X-Trace", declaration: "route.request.multivalueheader.X-Trace", expected: "t1,t2"),
        Row(name: "stage variable", source: "stageVariables.env", declaration: nil, expected: "test"),
        Row(name: "context variable", source: "context.identity.sourceIp", declaration: nil, expected: "192.0.2.1"),
        Row(name: "static value", source: "'STATIC_VALUE'", declaration: nil, expected: "STATIC_VALUE"),
    ]

    @Test(arguments: rows)
    func row(_ row: Row) throws {
        let result = try mapped(
            [MappingEntry("integration.request.header.out", row.source)],
            api: .webSocket, route: "$connect",
            declarations: row.declaration.map { [DeclarationEntry($0, required: false)] } ?? [],
            request: connectRequest(query: ["q": ["one", "two"]], headers: ["X-Trace": ["t1", "t2"]])
        )
        #expect(result.parameters.header == ["out": row.expected])
    }

    @Test(arguments: ["$connect", "$default", "sendmessage"])
    func requestBodyRowParsesOnEveryRoute(route: String) throws {
        let mappings = try MappingValidator(api: .webSocket, route: route)
            .validate([MappingEntry("integration.request.header.out", "route.request.body.action")])
        #expect(mappings[0].source == .requestBody(path: "action"))
    }
}
