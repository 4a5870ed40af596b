import VTL

/// Builds `$context` for a request: the defaults deep-merged with the request's
/// overrides, derived values, stringified authorizer values, and maps that iterate
/// in Java `HashMap` order and render as `""`, as on API Gateway.
enum ContextBuilder {
    static func build(_ request: MethodRequest, order: MapOrder) -> MapRef {
        let overrides = MapRef()
        for (key, value) in request.context { overrides.entries[MapKey(key)] = value }
        let tree: MapRef
        switch request.contextMode {
        case .replace:
            tree = copy(overrides)
        case .merge:
            tree = ContextDefaults.tree()
            merge(overrides, into: tree)
            derive(into: tree, overrides: overrides, request: request)
        }
        if case .int(let epoch) = tree.entries[MapKey("requestTimeEpoch")] {
            tree.entries[MapKey("requestTimeEpoch")] = .long(Int64(epoch))
        }
        if case .map(let authorizer) = tree.entries[MapKey("authorizer")] { stringify(authorizer) }
        return convert(tree, order: order, fill: ContextDefaults.rootOrder, root: true)
    }

    /// Objects merge recursively; anything else replaces.
    private static func merge(_ overrides: MapRef, into target: MapRef) {
        for (key, value) in overrides.entries {
            if case .map(let current) = target.entries[key], case .map(let incoming) = value {
                merge(incoming, into: current)
            } else {
                target.entries[key] = copy(value)
            }
        }
    }

    /// `identity.userAgent` from `User-Agent`, `domainName` from `Host`,
    /// `domainPrefix` from the domain's first label, `requestTime` from an
    /// overridden `requestTimeEpoch`; an explicit override always wins.
    private static func derive(into tree: MapRef, overrides: MapRef, request: MethodRequest) {
        func overridden(_ key: String) -> Bool { overrides.entries[MapKey(key)] != nil }
        if let agent = request.header("User-Agent"), case .map(let identity) = tree.entries[MapKey("identity")] {
            var agentOverridden = false
            if case .map(let overriddenIdentity) = overrides.entries[MapKey("identity")] {
                agentOverridden = overriddenIdentity.entries[MapKey("userAgent")] != nil
            }
            if !agentOverridden { identity.entries[MapKey("userAgent")] = .string(agent) }
        }
        let host = request.header("Host")
        if let host, !overridden("domainName") { tree.entries[MapKey("domainName")] = .string(host) }
        if host != nil || overridden("domainName"), !overridden("domainPrefix"),
           case .string(let domain) = tree.entries[MapKey("domainName")] {
            let prefix = domain.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? domain
            tree.entries[MapKey("domainPrefix")] = .string(prefix)
        }
        if overridden("requestTimeEpoch"), !overridden("requestTime") {
            let epoch: Int64?
            switch tree.entries[MapKey("requestTimeEpoch")] {
            case .int(let i): epoch = Int64(i)
            case .long(let l): epoch = l
            case .double(let d) where d.isFinite && abs(d) < 9e18: epoch = Int64(d)
            default: epoch = nil
            }
            if let epoch { tree.entries[MapKey("requestTime")] = .string(RequestTime.commonLogFormat(epochMilliseconds: epoch)) }
        }
    }

    /// Lambda authorizer values reach templates as strings (one level of nested maps too).
    private static func stringify(_ authorizer: MapRef) {
        func scalarText(_ value: Value) -> String? {
            switch value {
            case .bool, .int, .long, .bigInteger, .double, .bigDecimal: return Java.toString(value)
            default: return nil
            }
        }
        for (key, value) in authorizer.entries {
            if let text = scalarText(value) {
                authorizer.entries[key] = .string(text)
            } else if case .map(let inner) = value {
                for (innerKey, innerValue) in inner.entries {
                    if let text = scalarText(innerValue) { inner.entries[innerKey] = .string(text) }
                }
            }
        }
    }

    private static func copy(_ map: MapRef) -> MapRef {
        let result = MapRef()
        for (key, value) in map.entries { result.entries[key] = copy(value) }
        return result
    }

    private static func copy(_ value: Value) -> Value {
        switch value {
        case .map(let m): return .map(copy(m))
        case .list(let l): return .list(ListRef(l.items.map(copy)))
        default: return value
        }
    }

    /// The final maps: keys in the fill sequence first, then the others;
    /// `HashMap` (or insertion) order; rendering as `""`.
    private static func convert(_ map: MapRef, order: MapOrder, fill: [String], root: Bool) -> MapRef {
        let result = MapRef(order: order, rendersEmpty: true)
        func add(_ key: MapKey, _ value: Value) {
            let name: String? = if case .string(let s) = key.value { s } else { nil }
            result.entries[key] = convert(value, order: order, fill: root ? childFill(name) : [])
        }
        for name in fill {
            if let value = map.entries[MapKey(name)] { add(MapKey(name), value) }
        }
        for (key, value) in map.entries where result.entries[key] == nil { add(key, value) }
        return result
    }

    private static func convert(_ value: Value, order: MapOrder, fill: [String]) -> Value {
        switch value {
        case .map(let m): return .map(convert(m, order: order, fill: fill, root: false))
        case .list(let l): return .list(ListRef(l.items.map { convert($0, order: order, fill: []) }))
        default: return value
        }
    }

    private static func childFill(_ key: String?) -> [String] {
        switch key {
        case "identity": return ContextDefaults.identityOrder
        case "requestOverride": return ContextDefaults.requestOverrideOrder
        case "responseOverride": return ContextDefaults.responseOverrideOrder
        default: return []
        }
    }
}
