/// Reads a request or response body for `….body` and `….body.JSONPATH` sources.
public protocol MappingBodyReader: Sendable {
    /// `path` nil: the body itself (checked as JSON when it looks like JSON).
    /// Otherwise the JSONPath `$.path` evaluated on the body.
    func read(_ body: String, path: String?) -> BodyLookup
}

/// The outcome of reading a body.
public enum BodyLookup: Equatable, Sendable {
    /// The text a parameter receives: strings unquoted, anything else as compact JSON.
    case value(String)
    /// The path matched nothing, or matched JSON `null`.
    case noMatch(String)
    /// The body starts like JSON but is not; API Gateway refuses the request.
    case invalidJSON
}
