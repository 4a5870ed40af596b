import JSON

/// Reads bodies as API Gateway does for parameter mapping: a body that starts
/// (after white space) with `{`, `[`, `"` or `'` is parsed as JSON (json-smart's
/// permissive parser) and refused when that fails; any other body reads as `{}`.
/// A path result that is a string maps unquoted; numbers, booleans, objects and
/// arrays map as their compact JSON text; `null` maps to nothing.
public struct JSONBodyReader: MappingBodyReader {
    public init() {}

    public func read(_ body: String, path: String?) -> BodyLookup {
        let looksLikeJSON = body.first { !$0.isWhitespace }.map { "{[\"'".contains($0) } ?? false
        var document = JSONValue.object([:])
        if looksLikeJSON {
            do {
                document = try PermissiveJSON.parse(body)
            } catch {
                return .invalidJSON
            }
        }
        guard let path else { return .value(body) }
        guard let fieldPath = JSONFieldPath(path) else { return .noMatch("$.\(path) is not a path this reader understands") }
        guard let found = fieldPath.value(in: document) else {
            return .noMatch(looksLikeJSON ? "$.\(path) matches nothing in the body" : "the body is not JSON, so it reads as {}")
        }
        guard let text = found.parameterText else { return .noMatch("$.\(path) is null") }
        return .value(text)
    }
}
