import JSONPath
import VTL

/// JSONPath (Jayway 2.0.0 dialect) over live VTL values, so that changes a
/// template made through `$input.path` show in later `$input.json` calls.
enum LiveJSONPath {
    /// The value a path selects (an indefinite path gives a new JSON array); nil when nothing matches.
    static func evaluate(_ path: String, on root: Value) throws(HostError) -> Value? {
        // A body that is JSON `null` (Jayway refuses a null document).
        if root.isNull { throw HostError("java.lang.IllegalArgumentException: root can not be null") }
        do {
            switch try JSONPath(path).evaluate(in: LiveValueDocument(), root: root) {
            case .value(let value): return value
            case .list(let values): return .list(ListRef(values, style: .custom(JSONArrayFormatter())))
            case .notFound: return nil
            }
        } catch {
            throw HostError(error.javaException)
        }
    }
}

/// VTL values as a JSONPath document: maps are objects, lists are arrays.
struct LiveValueDocument: JSONPathDocument {
    func kind(of node: Value) -> JSONPathKind {
        switch node {
        case .map: return .object
        case .list: return .array
        case .null: return .null
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .int, .long, .bigInteger, .double, .bigDecimal: return .number(Java.toString(node))
        case .host: return .other
        }
    }

    func member(_ key: String, of object: Value) -> Value? {
        guard case .map(let map) = object else { return nil }
        return map.entries[MapKey(key)]
    }

    func keys(of object: Value) -> [String] {
        guard case .map(let map) = object else { return [] }
        return map.iterationKeys.map { Java.toString($0.value) }
    }

    func count(of array: Value) -> Int {
        guard case .list(let list) = array else { return 0 }
        return list.items.count
    }

    func element(_ index: Int, of array: Value) -> Value {
        guard case .list(let list) = array, list.items.indices.contains(index) else { return .null }
        return list.items[index]
    }

    func makeObject(_ members: [(key: String, value: Value)]) -> Value {
        let map = MapRef()
        for member in members { map.entries[MapKey(member.key)] = member.value }
        return .map(map)
    }

    func javaDescription(of node: Value) -> String { Java.toString(node) }
}
