@testable import APIGateway
import OrderedCollections

/// A body reader for tests that never touch a body.
struct UnusedBodyReader: MappingBodyReader {
    func read(_ body: String, path: String?) -> BodyLookup {
        .noMatch("not read in this test")
    }
}

/// Validates `entries` and resolves them against `request`.
func mapped(
    _ entries: [MappingEntry],
    api: MappingAPI,
    side: MappingSide = .request,
    route: String? = nil,
    declarations: [DeclarationEntry] = [],
    request: MappingRequest,
    bodyReader: any MappingBodyReader = UnusedBodyReader()
) throws -> ParameterMappingResult {
    let declared = try ParameterDeclarations.parse(declarations, api: api, route: route)
    let mappings = try MappingValidator(api: api, side: side, route: route, declarations: declared).validate(entries)
    return try MappingResolver(api: api, side: side, declarations: declared, bodyReader: bodyReader)
        .resolve(mappings, request: request)
}

/// The validation error `entries` produce, or nil.
func validationError(
    _ entries: [MappingEntry],
    api: MappingAPI,
    side: MappingSide = .request,
    route: String? = nil,
    declarations: [DeclarationEntry] = []
) -> MappingValidationError? {
    do {
        let declared = try ParameterDeclarations.parse(declarations, api: api, route: route)
        _ = try MappingValidator(api: api, side: side, route: route, declarations: declared).validate(entries)
        return nil
    } catch {
        return error
    }
}

/// AWS's envelope around one error.
func awsMessage(_ inner: String) -> String {
    "Invalid mapping expression specified: Validation Result: warnings : [], errors : [\(inner)]"
}

/// A WebSocket `$connect` request with the given query string and headers.
func connectRequest(
    query: OrderedDictionary<String, [String]> = [:],
    headers: OrderedDictionary<String, [String]> = [:],
    body: String? = nil
) -> MappingRequest {
    MappingRequest(
        headers: headers, queryString: query, body: body,
        stageVariables: ["env": "test"],
        context: DefaultContexts.webSocket(route: "$connect")
    )
}
