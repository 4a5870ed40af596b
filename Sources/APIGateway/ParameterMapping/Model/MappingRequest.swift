import OrderedCollections

/// The data parameter mapping reads: a method (REST) or route (WebSocket)
/// request, plus, for response mappings, the integration response.
public struct MappingRequest: Equatable, Sendable {
    /// Header name (case-sensitive, as mapping matches it) to its values in request order.
    public var headers: OrderedDictionary<String, [String]>
    /// Query string name to its values in request order.
    public var queryString: OrderedDictionary<String, [String]>
    public var path: OrderedDictionary<String, String>
    /// The raw body; nil or empty when there is none.
    public var body: String?
    public var stageVariables: OrderedDictionary<String, String>
    /// `$context`, defaults already merged in.
    public var context: ContextTree
    /// The integration response, for response-side mappings.
    public var integrationResponse: IntegrationResponseData

    public init(
        headers: OrderedDictionary<String, [String]> = [:],
        queryString: OrderedDictionary<String, [String]> = [:],
        path: OrderedDictionary<String, String> = [:],
        body: String? = nil,
        stageVariables: OrderedDictionary<String, String> = [:],
        context: ContextTree = .object([:]),
        integrationResponse: IntegrationResponseData = .init()
    ) {
        self.headers = headers
        self.queryString = queryString
        self.path = path
        self.body = body
        self.stageVariables = stageVariables
        self.context = context
        self.integrationResponse = integrationResponse
    }
}

/// What the backend returned, as response mappings see it.
public struct IntegrationResponseData: Equatable, Sendable {
    public var headers: OrderedDictionary<String, [String]>
    public var body: String?

    public init(headers: OrderedDictionary<String, [String]> = [:], body: String? = nil) {
        self.headers = headers
        self.body = body
    }
}

/// A `$context` value: nested objects whose leaves are text (numbers and
/// booleans as they print) or null.
public indirect enum ContextTree: Equatable, Sendable {
    case value(String)
    case null
    case object(OrderedDictionary<String, ContextTree>)

    /// The value at a dotted path such as `identity.sourceIp`; nil when absent.
    public func lookup(_ dottedPath: String) -> ContextTree? {
        var node = self
        for key in dottedPath.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let members) = node, let next = members[String(key)] else { return nil }
            node = next
        }
        return node
    }

    /// This tree with `overrides` deep-merged in: objects merge key by key, anything else replaces.
    public func merging(_ overrides: ContextTree) -> ContextTree {
        guard case .object(var members) = self, case .object(let changes) = overrides else { return overrides }
        for (key, change) in changes {
            members[key] = members[key].map { $0.merging(change) } ?? change
        }
        return .object(members)
    }
}
