import JavaRuntime
import OrderedCollections

/// A JSON document as json-smart (the parser behind API Gateway's `$input`) builds it:
/// objects keep their key order (`LinkedHashMap`), and numbers keep the Java type the
/// parser chose for them.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// `java.lang.Integer`: an integer literal that fits in 32 bits.
    case int(Int32)
    /// `java.lang.Long`: an integer literal that fits in 64 bits but not 32.
    case long(Int64)
    /// `java.math.BigInteger`, as normalized decimal text (`-123`, no leading zeros).
    case bigInteger(String)
    /// `java.lang.Double` (json-smart's `NaN` literal, a `Float`, is `.double(.nan)`).
    case double(Double)
    /// `java.math.BigDecimal`, as its Java `toString()` text (`1.234567890123456789`, `1.5E+308`).
    case bigDecimal(String)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)
}

extension JSONValue {
    /// The member `key` of an object; nil for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The element at `index` of an array; nil when out of range or not an array.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    /// True for the numeric cases.
    public var isNumber: Bool {
        switch self {
        case .int, .long, .bigInteger, .double, .bigDecimal: return true
        default: return false
        }
    }

    /// Java's `toString()` of a number (`1`, `1.0E10`, `NaN`); nil for a non-number.
    public var javaNumberText: String? {
        switch self {
        case .int(let i): return String(i)
        case .long(let l): return String(l)
        case .bigInteger(let text), .bigDecimal(let text): return text
        case .double(let d): return JavaDouble.toString(d)
        default: return nil
        }
    }
}

extension JSONValue {
    /// An object with these members in order (a repeated key keeps its first place and last value).
    public init(members: [(key: String, value: JSONValue)]) {
        var dictionary = OrderedDictionary<String, JSONValue>()
        for (key, value) in members { dictionary[key] = value }
        self = .object(dictionary)
    }
}
