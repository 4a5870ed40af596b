import JSON
import VTL

/// The body parse API Gateway does for `$input.path`, `$input.json` and
/// `$util.parseJson`: json-smart's permissive parser, with objects as
/// `LinkedHashMap`s and arrays as `JSONArray`s (lists that print as JSON).
enum SmartJSON {
    static func parse(_ text: String) throws(SmartJSONError) -> Value {
        do {
            return live(try PermissiveJSON.parse(text))
        } catch {
            throw SmartJSONError(parse: error)
        }
    }

    /// A JSON value as the live VTL value the template manipulates.
    static func live(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .long(let l): return .long(l)
        case .bigInteger(let text): return BigInteger(text).map(Value.bigInteger) ?? .bigDecimal(text)
        case .double(let d): return .double(d)
        case .bigDecimal(let text): return .bigDecimal(text)
        case .string(let s): return .string(s)
        case .array(let items): return .list(ListRef(items.map(live), style: .custom(JSONArrayFormatter())))
        case .object(let members):
            let map = MapRef()
            for (key, value) in members { map.entries[MapKey(key)] = live(value) }
            return .map(map)
        }
    }
}

/// A payload json-smart cannot parse.
public struct SmartJSONError: Error, CustomStringConvertible {
    /// The parser's finding with its line and column.
    public let parse: JSONParseError

    /// Java's exception text, as API Gateway quotes it after `Could not process payload`.
    public var exceptionText: String { "net.minidev.json.parser.ParseException: " + parse.javaMessage }

    public var description: String { "payload \(parse.location.line):\(parse.location.column): \(parse.reason)" }
}

extension JSONArrayFormatter {
    /// json-smart's `JSONArray.toJSONString()` (the compact JSON `toString()` prints) and
    /// its static `toJSONString(List)`, which Velocity also calls on an instance.
    /// (Objects are `LinkedHashMap`s, which have no `toJSONString`.)
    func method(_ name: String, of list: ListRef, arguments: [Value]) throws(HostError) -> Value? {
        guard name == "toJSONString" else { return nil }
        switch arguments.first {
        case nil: return .string(format(list))
        case .list(let other)? where arguments.count == 1: return .string(SmartJSONWriter.write(.list(other)))
        default: throw HostError("java.lang.IllegalArgumentException: wrong number of arguments")
        }
    }
}
