import JavaRuntime
/// The Java semantics the evaluator relies on: `toString()`, arithmetic with
/// Velocity 1.7's `MathUtils` widening, comparisons, and the methods and
/// JavaBean properties of strings, numbers, booleans, lists and maps.
public enum Java {
    /// Java's `String.valueOf(value)` as Velocity renders it (`null` handled by the caller).
    public static func toString(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .long(let l): return String(l)
        case .bigInteger(let b): return b.description
        case .double(let d): return JavaDouble.toString(d)
        case .bigDecimal(let s): return s
        case .string(let s): return s
        case .list(let l):
            if case .custom(let formatter) = l.style { return formatter.format(l) }
            return listText(l)
        case .map(let m): return mapText(m)
        case .host(let h): return h.render()
        }
    }

    /// `AbstractCollection.toString()`: `[a, b]`, a self-reference printing `(this Collection)`.
    public static func listText(_ list: ListRef) -> String {
        PrintNesting.nest(overflow: "[...]", cost: list.count) {
            let parts = list.items.map { item -> String in
                if case .list(let inner) = item, inner === list { return "(this Collection)" }
                return toString(item)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        }
    }

    /// `AbstractMap.toString()`: `{k=v, k2=v2}` in iteration order, a
    /// self-reference printing `(this Map)`; `rendersEmpty` maps print nothing.
    public static func mapText(_ map: MapRef) -> String {
        if map.rendersEmpty { return "" }
        return PrintNesting.nest(overflow: "{...}", cost: map.entries.count) {
            func text(_ value: Value) -> String {
                if case .map(let inner) = value, inner === map { return "(this Map)" }
                return toString(value)
            }
            let parts = map.iterationKeys.map { key in text(key.value) + "=" + text(map.entries[key] ?? .null) }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    /// `String.valueOf(value)` where Java would fail: collections nested (or cyclic)
    /// deeper than `maxNesting` levels throw `StackOverflowError`, as Java's
    /// recursive `toString()` does; printing more than the render's work budget
    /// allows throws too (the evaluator reports the budget).
    public static func checkedToString(_ value: Value) throws(HostError) -> String {
        switch value {
        case .list, .map, .host: break
        default: return toString(value)
        }
        let nesting = PrintNesting()
        let text = PrintNesting.$current.withValue(nesting) { toString(value) }
        if nesting.overBudget { throw HostError("the render's work budget ran out while printing a collection") }
        if nesting.overflowed { throw stackOverflow }
        return text
    }

    /// How deep printing, `equals` and `hashCode` follow nested collections: cyclic
    /// structures, on which Java overflows its stack, stop here.
    static let maxNesting = 100

    /// The Java class name of a value, as `getClass().getName()` prints it.
    public static func className(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "java.lang.Boolean"
        case .int: return "java.lang.Integer"
        case .long: return "java.lang.Long"
        case .bigInteger: return "java.math.BigInteger"
        case .double: return "java.lang.Double"
        case .bigDecimal: return "java.math.BigDecimal"
        case .string: return "java.lang.String"
        case .list(let l):
            if case .custom(let formatter) = l.style { return formatter.className }
            return "java.util.ArrayList"
        case .map(let m): return m.order == .insertion ? "java.util.LinkedHashMap" : "java.util.HashMap"
        case .host(let h): return h.typeName
        }
    }

    /// `$receiver.name(arguments)` on a non-host value: the result, or nil when
    /// Java has no such method for these argument types (the call is unresolved).
    /// Exceptions Java would throw become `HostError`s whose reason is the
    /// exception's `toString()`, e.g.
    /// `java.lang.StringIndexOutOfBoundsException: begin 5, end 3, length 3`
    /// (Velocity reports it as `Invocation of method 'substring' in class
    /// java.lang.String threw exception <reason>`).
    public static func callMethod(_ receiver: Value, _ name: String, _ arguments: [Value]) throws(HostError) -> Value? {
        switch receiver {
        case .null, .host: return nil
        case .string(let s):
            if let result = try stringMethod(s, name, arguments) { return result }
        case .list(let l):
            if let result = try listMethod(l, name, arguments) { return result }
        case .map(let m):
            if let result = try mapMethod(m, name, arguments) { return result }
        case .bool(let b):
            if let result = try booleanMethod(b, name, arguments) { return result }
        case .int, .long, .bigInteger, .double, .bigDecimal:
            if let result = try numberMethod(receiver, name, arguments) { return result }
        }
        return try objectMethod(receiver, name, arguments)
    }

    /// `Object`'s methods, which every value has.
    private static func objectMethod(_ receiver: Value, _ name: String, _ arguments: [Value]) throws(HostError) -> Value? {
        switch (name, arguments.count) {
        case ("toString", 0): return .string(try checkedToString(receiver))
        case ("hashCode", 0): return .int(try checkedHashCode(receiver))
        case ("equals", 1): return .bool(try checkedEquals(receiver, arguments[0]))
        case ("getClass", 0): return .host(JavaClass(className(receiver)))
        default: return nil
        }
    }

    /// `$receiver.name` on a non-host value, resolved as Velocity 1.7 does:
    /// a getter `getName()`/`getname()`, then `Map.get(name)` for maps (null
    /// when missing), then `isName()`; nil when nothing resolves.
    public static func property(_ receiver: Value, _ name: String) -> Value? {
        // A map's only getter without arguments is `getClass()`: anything else is `Map.get(name)`.
        if case .map(let m) = receiver, !name.isEmpty, name.utf8.count != 5 || (name != "class" && name != "Class") {
            return m.entries[MapKey(name)] ?? .null
        }
        guard let first = name.first else { return nil }
        let flipped = (first.isLowercase ? first.uppercased() : first.lowercased()) + name.dropFirst()
        let capitalized = first.isLowercase ? flipped : name
        for getter in ["get" + name, "get" + flipped] {
            if let value = try? callMethod(receiver, getter, []) { return value }
        }
        if case .map(let m) = receiver { return m.entries[MapKey(name)] ?? .null }
        return try? callMethod(receiver, "is" + capitalized, [])
    }
}
