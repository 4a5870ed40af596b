import OrderedCollections
import VTL

/// Builds `$context` for a request: the defaults deep-merged with the request's
/// overrides, derived values, stringified authorizer values, and maps that iterate
/// in Java `HashMap` order and render as `""`, as on API Gateway.
///
/// The defaults are converted once (`defaults`); each request gets a copy whose
/// entry tables are shared copy-on-write, so only what a request changes is rebuilt.
enum ContextBuilder {
    static func build(_ request: MethodRequest, order: MapOrder) -> MapRef {
        let tree: MapRef
        switch request.contextMode {
        case .replace:
            let overrides = MapRef()
            for (key, value) in request.context { overrides.entries[MapKey(key)] = copy(value) }
            normalize(overrides)
            return convert(overrides, order: order, fill: ContextDefaults.rootOrder, root: true)
        case .merge:
            tree = instantiate(defaults, order: order)
            for (key, value) in request.context {
                let name = MapKey(key)
                if case .map(let current) = tree.entries[name], case .map(let incoming) = value {
                    merge(incoming, into: current, order: order)
                    fillFirst(current, childFill(key))
                } else {
                    tree.entries[name] = convert(value, order: order, fill: childFill(key))
                }
            }
            derive(into: tree, request: request)
            normalize(tree)
            return tree
        }
    }

    /// The defaults, converted once; never handed out (`instantiate` copies them).
    nonisolated(unsafe) private static let defaults =
        convert(ContextDefaults.tree(), order: .insertion, fill: ContextDefaults.rootOrder, root: true)

    /// A copy of `map` and the maps it holds (the defaults hold no lists), in `order`.
    private static func instantiate(_ map: MapRef, order: MapOrder) -> MapRef {
        var entries = map.entries
        for index in entries.values.indices {
            if case .map(let child) = entries.values[index] { entries.values[index] = .map(instantiate(child, order: order)) }
        }
        return MapRef(entries, order: order, rendersEmpty: true)
    }

    /// Objects merge recursively; anything else replaces (converted below the root).
    private static func merge(_ overrides: MapRef, into target: MapRef, order: MapOrder) {
        for (key, value) in overrides.entries {
            if case .map(let current) = target.entries[key], case .map(let incoming) = value {
                merge(incoming, into: current, order: order)
            } else {
                target.entries[key] = convert(value, order: order, fill: [])
            }
        }
    }

    /// Moves the keys of `fill` that `map` has to its front, in `fill`'s sequence
    /// (a merge appends a key the defaults lack, such as `responseOverride.status`).
    private static func fillFirst(_ map: MapRef, _ fill: [String]) {
        var expected = 0
        var inPlace = true
        for name in fill {
            guard let index = map.entries.index(forKey: MapKey(name)) else { continue }
            if index != expected { inPlace = false; break }
            expected += 1
        }
        if inPlace { return }
        var reordered = OrderedDictionary<MapKey, Value>()
        for name in fill {
            if let value = map.entries[MapKey(name)] { reordered[MapKey(name)] = value }
        }
        for (key, value) in map.entries where reordered[key] == nil { reordered[key] = value }
        map.entries = reordered
    }

    /// An `Integer` `requestTimeEpoch` becomes a `Long`; authorizer values become strings.
    private static func normalize(_ tree: MapRef) {
        if case .int(let epoch) = tree.entries[MapKey("requestTimeEpoch")] {
            tree.entries[MapKey("requestTimeEpoch")] = .long(Int64(epoch))
        }
        if case .map(let authorizer) = tree.entries[MapKey("authorizer")] { stringify(authorizer) }
    }

    /// `identity.userAgent` from `User-Agent`, `domainName` from `Host`,
    /// `domainPrefix` from the domain's first label, `requestTime` from an
    /// overridden `requestTimeEpoch`; an explicit override always wins.
    private static func derive(into tree: MapRef, request: MethodRequest) {
        let overrides = request.context
        func overridden(_ key: String) -> Bool { overrides[key] != nil }
        if let agent = request.header("User-Agent"), case .map(let identity) = tree.entries[MapKey("identity")] {
            var agentOverridden = false
            if case .map(let overriddenIdentity) = overrides["identity"] {
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
