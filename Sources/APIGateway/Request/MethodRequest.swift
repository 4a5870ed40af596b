import OrderedCollections
import VTL

/// A method request as API Gateway sees it, in the oracle's request format:
/// the raw body, path parameters, query string, headers, stage variables and
/// the `$context` overrides. Single-value maps keep the last value of a repeated name.
public struct MethodRequest {
    /// The raw payload; empty when the request has no body.
    public var body: String
    public var path: OrderedDictionary<String, String>
    public var querystring: OrderedDictionary<String, String>
    /// Headers in request order (names are case-sensitive, as on API Gateway).
    public var headers: OrderedDictionary<String, String>
    public var stageVariables: OrderedDictionary<String, String>
    /// Overrides of `$context`, as an insertion-ordered tree of plain values.
    public var context: OrderedDictionary<String, Value>
    /// Whether `context` is merged over the defaults or replaces them.
    public var contextMode: ContextMode

    public init(
        body: String = "",
        path: OrderedDictionary<String, String> = [:],
        querystring: OrderedDictionary<String, String> = [:],
        headers: OrderedDictionary<String, String> = [:],
        stageVariables: OrderedDictionary<String, String> = [:],
        context: OrderedDictionary<String, Value> = [:],
        contextMode: ContextMode = .merge
    ) {
        self.body = body
        self.path = path
        self.querystring = querystring
        self.headers = headers
        self.stageVariables = stageVariables
        self.context = context
        self.contextMode = contextMode
    }

    /// The payload templates see: API Gateway substitutes `{}` for an empty body.
    public var effectiveBody: String { body.isEmpty ? "{}" : body }

    /// The value of a header, its name compared case-insensitively (as HTTP does).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.key.lowercased() == wanted }?.value
    }
}

/// How a request's `context` combines with the default `$context`.
public enum ContextMode: String, Sendable {
    /// Deep-merged over the defaults; derived values (user agent, domain) apply.
    case merge
    /// The request's `context` is the whole `$context`: no defaults, nothing derived.
    case replace
}
