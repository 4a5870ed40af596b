import JSON
import JSONPath

/// Reads bodies as API Gateway does for parameter mapping: a body that starts
/// (after white space) with `{`, `[`, `"` or `'` is parsed as JSON (json-smart's
/// permissive parser) and refused when that fails; any other body reads as `{}`.
/// Paths are Jayway JSONPaths without the leading `$.`. A string result maps
/// unquoted; numbers, booleans, objects and arrays (and the matches of an
/// indefinite path) map as their compact JSON text; `null` and no match map to nothing.
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
        guard let bodyPath = BodyPath(path) else { return .noMatch("$.\(path) is not a valid JSONPath") }
        switch bodyPath.text(in: document) {
        case .success(let text): return .value(text)
        case .failure(let miss): return .noMatch(looksLikeJSON ? miss.reason : "the body is not JSON, so it reads as {}")
        }
    }
}
