import OrderedCollections
import VTL

extension MappingRequest {
    /// The mapping view of a template request (`MethodRequest`, single-valued headers and
    /// query strings). REST: `$context` exactly as templates see it (defaults, overrides,
    /// derived values). WebSocket: the WebSocket defaults for `route`, the values derived
    /// from the headers, then the request's overrides deep-merged in (in `replace` mode,
    /// only the overrides).
    public init(_ request: MethodRequest, api: MappingAPI, route: String = "$default") {
        let overrides = ContextTree.object(request.context.mapValues(ContextTree.init))
        let context: ContextTree = switch (api, request.contextMode) {
        case (.rest, _): ContextTree(.map(ContextBuilder.build(request, order: .insertion)))
        case (.webSocket, .replace): overrides
        case (.webSocket, .merge):
            DefaultContexts.webSocket(route: route)
                .merging(DefaultContexts.derived(from: request.headers.mapValues { [$0] }, api: api))
                .merging(overrides)
        }
        self.init(
            headers: request.headers.mapValues { [$0] },
            queryString: request.querystring.mapValues { [$0] },
            path: request.path,
            body: request.body.isEmpty ? nil : request.body,
            stageVariables: request.stageVariables,
            context: context
        )
    }
}

extension ContextTree {
    /// A template value as a context tree: maps become objects, null stays null, and
    /// anything else becomes its Java `toString()`.
    init(_ value: Value) {
        switch value {
        case .null:
            self = .null
        case .map(let map):
            var members: OrderedDictionary<String, ContextTree> = [:]
            for (key, member) in map.entries { members[Java.toString(key.value)] = ContextTree(member) }
            self = .object(members)
        default:
            self = .value(Java.toString(value))
        }
    }
}
