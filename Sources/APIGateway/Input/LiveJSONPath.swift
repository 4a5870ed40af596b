import VTL

/// JSONPath over live VTL values. TRANSITIONAL: dotted names and indexes only,
/// until the JSONPath module lands.
enum LiveJSONPath {
    static func evaluate(_ path: String, on root: Value) throws(HostError) -> Value? {
        guard path.hasPrefix("$") else { throw HostError("com.jayway.jsonpath.InvalidPathException: Path must start with $") }
        var current = root
        for segment in path.dropFirst().split(separator: ".") {
            var name = Substring(segment)
            var indexes: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                guard let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) else { break }
                indexes.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty {
                guard case .map(let map) = current, let next = map.entries[MapKey(String(name))] else { return nil }
                current = next
            }
            for index in indexes {
                guard case .list(let list) = current, list.items.indices.contains(index) else { return nil }
                current = list.items[index]
            }
        }
        return current
    }
}
