extension Java {
    /// Velocity 1.7's `+` (`ASTAddNode`): when either operand is a `String` the
    /// two `toString()` texts are concatenated (`1 + "a"` is `1a`, `[1] + "a"` is
    /// `[1]a`); otherwise number arithmetic; nil when neither applies (`true + 1`,
    /// a list plus a list). A `Character` is not a `String`: `charAt(0) + 1` is nil.
    public static func plus(_ a: Value, _ b: Value) -> Value? {
        switch (a, b) {
        case (.string, _), (_, .string): return .string(toString(a) + toString(b))
        default: return arithmetic(.add, a, b)
        }
    }

    /// What `#foreach` iterates: a list's (or array's, or map view's) items, a
    /// map's values in iteration order; nil for anything else (Velocity then
    /// renders nothing; strings and numbers are not iterable).
    public static func iterationItems(_ value: Value) -> [Value]? {
        switch value {
        case .list(let l): return l.items
        case .map(let m): return m.iterationKeys.map { m.entries[$0] ?? .null }
        default: return nil
        }
    }

    /// The truth of a reference's value in `#if`: false for null and `false`,
    /// true for everything else (empty strings, empty lists and 0 included).
    /// Literals are another matter in Velocity 1.7: `#if("")`, `#if(0)`, `#if([])`
    /// are false whatever their value, because literal nodes do not evaluate as true.
    public static func isTruthy(_ value: Value) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        default: return true
        }
    }

    /// `$receiver[argument]` on a non-host value, as Velocity 1.7's `ASTIndex`:
    /// a negative Integer counts from the end (`$list[-1]`; a failure without a `size()`), then `get(argument)`
    /// is called (`List.get(int)`, `Map.get(key)`; nil when there is no such
    /// method, e.g. on a string or a set). A failing `get` is reported as Velocity
    /// words it: `Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList`.
    public static func index(_ receiver: Value, _ argument: Value) throws(HostError) -> Value? {
        var key = argument
        if case .int(let i) = argument, i < 0 {
            if case .null = receiver { return nil }
            guard case .int(let size)? = try? callMethod(receiver, "size", []) else {
                throw HostError("A 'size()' method required for negative value \(i) does not exist for class '\(className(receiver))'")
            }
            key = .int(size &+ i)
        }
        do {
            return try callMethod(receiver, "get", [key])
        } catch {
            let argumentClass = { if case .null = key { return "null" } else { return className(key) } }()
            throw HostError("Error invoking method 'get(\(argumentClass))' in \(className(receiver))")
        }
    }
}
