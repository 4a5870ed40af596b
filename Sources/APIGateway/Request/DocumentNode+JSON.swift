import VTL
import JSON
import OrderedCollections

extension DocumentNode {
    /// The value as JSON (numbers keep their json-smart type; objects their key order).
    public var jsonValue: JSONValue {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n):
            switch n {
            case .int(let i): return .int(i)
            case .long(let l): return .long(l)
            case .double(let d): return .double(d)
            case .bigDecimal(let text): return .bigDecimal(text)
            default: return .bigInteger(Java.toString(n))
            }
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.jsonValue))
        case .object(let pairs):
            var members = OrderedDictionary<String, JSONValue>()
            for pair in pairs { members[pair.key] = pair.value.jsonValue }
            return .object(members)
        }
    }

    /// The member named `key` of an object.
    public func member(_ key: String) -> DocumentNode? {
        guard case .object(let pairs) = kind else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// The text of a string, number or boolean.
    public var scalarText: String? {
        switch kind {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return Java.toString(n)
        default: return nil
        }
    }
}
