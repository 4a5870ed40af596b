import VTL

/// API Gateway's rule for the overrides a template applies: "Overrides are final.
/// An override may only be applied to each parameter once. If you try to override
/// the same parameter multiple times, API Gateway returns a 5XX response."
///
/// Guards one override map (`$context.requestOverride.header`, ...) for one template:
/// setting a parameter the template already set, or removing it, fails the render
/// (500). Values the request file's `context` supplies were not applied by the
/// template and do not count; neither do the previous template's.
final class FinalOverride: MapWriteGuard {
    /// The map as templates name it, e.g. `$context.requestOverride.header`.
    let mapName: String
    /// The keys that are overrides; nil when every key is.
    let keys: Set<String>?
    private var applied: Set<MapKey> = []

    init(_ mapName: String, keys: Set<String>? = nil) {
        self.mapName = mapName
        self.keys = keys
    }

    func willChange(_ map: MapRef, key: MapKey, removing: Bool) throws(HostError) {
        if let keys {
            guard case .string(let name) = key.value, keys.contains(name) else { return }
        }
        if applied.contains(key) {
            let action = removing ? "removed after it was overridden" : "overridden twice"
            throw HostError("\(parameter(key)) is \(action) in this template; overrides are final (API Gateway answers 5XX): "
                            + "set each override once, for example from a variable at the end of the template")
        }
        if !removing { applied.insert(key) }
    }

    /// `$context.requestOverride.header.Accept`, or `...header["X-Trace"]` when the
    /// name is not a plain identifier.
    private func parameter(_ key: MapKey) -> String {
        guard case .string(let name) = key.value else { return "\(mapName)[\(Java.toString(key.value))]" }
        let plain = name.first.map { $0.isASCII && $0.isLetter } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? "\(mapName).\(name)" : "\(mapName)[\"\(name)\"]"
    }

    /// Guards the override maps of `context` for a new template.
    static func install(in context: MapRef) {
        if case .map(let request) = context.entries[MapKey("requestOverride")] {
            for name in ["header", "path", "querystring"] {
                if case .map(let map) = request.entries[MapKey(name)] {
                    map.writeGuard = FinalOverride("$context.requestOverride." + name)
                }
            }
        }
        if case .map(let response) = context.entries[MapKey("responseOverride")] {
            response.writeGuard = FinalOverride("$context.responseOverride", keys: ["status"])
            if case .map(let headers) = response.entries[MapKey("header")] {
                headers.writeGuard = FinalOverride("$context.responseOverride.header")
            }
        }
    }
}
