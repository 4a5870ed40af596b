/// Velocity 1.7's method argument matching (`MethodMap.isMethodInvocationConvertible`):
/// an argument fits a parameter when it is an instance of the parameter's class
/// or a boxed primitive that widens to it (`Integer` to `int`/`long`/`double`,
/// `Long` to `long`/`double`, never `Long` to `int`, `Double` to `int` or `String` to a number).
enum JavaArgument {
    /// An `int` parameter: Integer only.
    static func int(_ value: Value) -> Int32? {
        if case .int(let i) = value { return i }
        return nil
    }

    /// A `long` parameter: Integer or Long.
    static func long(_ value: Value) -> Int64? {
        switch value {
        case .int(let i): return Int64(i)
        case .long(let l): return l
        default: return nil
        }
    }

    /// A `double` parameter: Integer, Long or Double.
    static func double(_ value: Value) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .long(let l): return Double(l)
        case .double(let d): return d
        default: return nil
        }
    }

    /// A `boolean` parameter.
    static func bool(_ value: Value) -> Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    /// A `String` or `CharSequence` parameter (null is not accepted here: these
    /// methods would throw a NullPointerException).
    static func string(_ value: Value) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// A `char` parameter: a Character.
    static func char(_ value: Value) -> UInt16? {
        if case .host(let c as JavaCharacter) = value { return c.unit }
        return nil
    }

    /// A `Collection` parameter: lists and map views (not arrays).
    static func collection(_ value: Value) -> [Value]? {
        if case .list(let l) = value, Java.collectionKind(l) != .array { return l.items }
        return nil
    }
}

extension Java {
    /// `ClassCastException` as Java 17 words it for classes of `java.base`.
    static func classCastError(_ value: Value, to target: String) -> HostError {
        let source = className(value)
        let module = { (name: String) in name.hasPrefix("java.") ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'" }
        let detail = module(source) == module(target)
            ? "\(source) and \(target) are in \(module(source))"
            : "\(source) is in \(module(source)); \(target) is in \(module(target))"
        return HostError("java.lang.ClassCastException: class \(source) cannot be cast to class \(target) (\(detail))")
    }

    /// `NumberFormatException.forInputString`.
    static func numberFormatError(_ input: String, radix: Int = 10) -> HostError {
        HostError("java.lang.NumberFormatException: For input string: \"\(input)\"" + (radix == 10 ? "" : " under radix \(radix)"))
    }
}
