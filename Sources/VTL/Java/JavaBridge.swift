/// The Java semantics the evaluator relies on: `toString()`, arithmetic with
/// Velocity 1.7's `MathUtils` widening, comparisons, truthiness, and the
/// methods and JavaBean properties of strings, numbers, booleans, lists and maps.
///
/// FIRST VERSION (skeleton): the `java-methods` work replaces these bodies.
public enum Java {
    /// Java's `String.valueOf(value)` as Velocity renders it (`null` handled by the caller).
    public static func toString(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .long(let l): return String(l)
        case .bigInteger(let b): return b.description
        case .double(let d): return String(d)
        case .bigDecimal(let s): return s
        case .string(let s): return s
        case .list(let l): return "[" + l.items.map(toString).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.entries.map { toString($0.key.value) + "=" + toString($0.value) }.joined(separator: ", ") + "}"
        case .host(let h): return h.render()
        }
    }

    /// `$receiver.name(arguments)` on a non-host value: the result, or nil when
    /// Java has no such method for these argument types (the call is unresolved).
    public static func callMethod(_ receiver: Value, _ name: String, _ arguments: [Value]) throws(HostError) -> Value? {
        nil
    }

    /// `$receiver.name` on a non-host value: `Map.get(name)` for maps, else a JavaBean
    /// getter (`getName()`, `isName()`); nil when nothing resolves.
    public static func property(_ receiver: Value, _ name: String) -> Value? {
        if case .map(let m) = receiver { return m.entries[MapKey(name)] ?? .null }
        return nil
    }
}
