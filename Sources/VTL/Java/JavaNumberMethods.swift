import JavaRuntime
extension Java {
    /// Methods of `Integer`, `Long`, `Double`, `BigInteger` and `BigDecimal`,
    /// including the static ones Velocity lets a template call on an instance
    /// (`#set($Integer = 0)$Integer.parseInt("42")`).
    static func numberMethod(_ receiver: Value, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        guard let number = JavaNumber(receiver) else { return nil }
        switch (name, args.count) {
        case ("intValue", 0): return .int(number.intValue)
        case ("longValue", 0): return .long(number.longValue)
        case ("doubleValue", 0): return .double(number.doubleValue)
        case ("shortValue", 0): return .int(Int32(Int16(truncatingIfNeeded: number.intValue)))
        case ("byteValue", 0): return .int(Int32(Int8(truncatingIfNeeded: number.intValue)))
        case ("compareTo", 1):
            guard className(args[0]) == className(receiver), let other = JavaNumber(args[0]) else {
                throw classCastError(args[0], to: className(receiver))
            }
            if case .double(let l) = number, case .double(let r) = other { return .int(Int32(doubleCompare(l, r))) }
            return .int(Int32(JavaNumber.compare(number, other)))
        default: break
        }
        switch receiver {
        case .int: return try integerStatic(name, args)
        case .long: return try longStatic(name, args)
        case .double(let d): return try doubleMethod(d, name, args)
        case .bigInteger(let b): return bigIntegerMethod(BigInt(b), name, args)
        case .bigDecimal(let s): return bigDecimalMethod(s, name, args)
        default: return nil
        }
    }

    /// `Double.compare`: -0.0 below 0.0, NaN above everything and equal to itself.
    private static func doubleCompare(_ a: Double, _ b: Double) -> Int {
        if a < b { return -1 }
        if a > b { return 1 }
        let x = Int64(bitPattern: a.isNaN ? Double.nan.bitPattern : a.bitPattern)
        let y = Int64(bitPattern: b.isNaN ? Double.nan.bitPattern : b.bitPattern)
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    /// `Integer.parseInt(s, radix)`.
    static func parseInt(_ text: String, radix: Int = 10) throws(HostError) -> Int32 {
        if radix < 2 { throw HostError("java.lang.NumberFormatException: radix \(radix) less than Character.MIN_RADIX") }
        if radix > 36 { throw HostError("java.lang.NumberFormatException: radix \(radix) greater than Character.MAX_RADIX") }
        guard let value = Int32(text, radix: radix) else { throw numberFormatError(text, radix: radix) }
        return value
    }

    private static func integerStatic(_ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("parseInt", 1), ("valueOf", 1):
            if let i = JavaArgument.int(args[0]), name == "valueOf" { return .int(i) }
            guard let s = JavaArgument.string(args[0]) else { return nil }
            return .int(try parseInt(s))
        case ("parseInt", 2), ("valueOf", 2):
            guard let s = JavaArgument.string(args[0]), let radix = JavaArgument.int(args[1]) else { return nil }
            return .int(try parseInt(s, radix: Int(radix)))
        case ("toString", 1):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            return .string(String(i))
        case ("toString", 2):
            guard let i = JavaArgument.int(args[0]), let radix = JavaArgument.int(args[1]) else { return nil }
            return .string(String(i, radix: (2...36).contains(radix) ? Int(radix) : 10))
        case ("toHexString", 1), ("toBinaryString", 1), ("toOctalString", 1):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            let radix = name == "toHexString" ? 16 : (name == "toOctalString" ? 8 : 2)
            return .string(String(UInt32(bitPattern: i), radix: radix))
        case ("max", 2), ("min", 2), ("sum", 2), ("compare", 2):
            guard let a = JavaArgument.int(args[0]), let b = JavaArgument.int(args[1]) else { return nil }
            switch name {
            case "max": return .int(max(a, b))
            case "min": return .int(min(a, b))
            case "sum": return .int(a &+ b)
            default: return .int(a < b ? -1 : (a == b ? 0 : 1))
            }
        case ("signum", 1):
            guard let a = JavaArgument.int(args[0]) else { return nil }
            return .int(a.signum())
        default: return nil
        }
    }

    private static func longStatic(_ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("parseLong", 1), ("valueOf", 1):
            if let l = JavaArgument.long(args[0]), name == "valueOf" { return .long(l) }
            guard let s = JavaArgument.string(args[0]) else { return nil }
            guard let value = Int64(s) else { throw numberFormatError(s) }
            return .long(value)
        case ("toString", 1):
            guard let l = JavaArgument.long(args[0]) else { return nil }
            return .string(String(l))
        case ("toHexString", 1), ("toBinaryString", 1), ("toOctalString", 1):
            guard let l = JavaArgument.long(args[0]) else { return nil }
            let radix = name == "toHexString" ? 16 : (name == "toOctalString" ? 8 : 2)
            return .string(String(UInt64(bitPattern: l), radix: radix))
        case ("max", 2), ("min", 2), ("sum", 2), ("compare", 2):
            guard let a = JavaArgument.long(args[0]), let b = JavaArgument.long(args[1]) else { return nil }
            switch name {
            case "max": return .long(max(a, b))
            case "min": return .long(min(a, b))
            case "sum": return .long(a &+ b)
            default: return .int(a < b ? -1 : (a == b ? 0 : 1))
            }
        default: return nil
        }
    }

    /// `Double.parseDouble`: surrounding whitespace ignored, optional `d`/`f` suffix.
    static func parseDouble(_ text: String) throws(HostError) -> Double {
        var trimmed = Substring(text).drop(while: { $0.asciiValue.map { $0 <= 32 } ?? false })
        while let last = trimmed.last, last.asciiValue.map({ $0 <= 32 }) ?? false { trimmed.removeLast() }
        if trimmed.isEmpty { throw HostError("java.lang.NumberFormatException: " + (text.isEmpty ? "empty String" : "For input string: \"\(text)\"")) }
        var body = trimmed
        if let last = body.last, "dDfF".contains(last), body.count > 1 { body.removeLast() }
        let unsigned = body.hasPrefix("-") || body.hasPrefix("+") ? body.dropFirst() : body
        let special = unsigned == "NaN" || unsigned == "Infinity"
        let plain = !unsigned.isEmpty && unsigned.allSatisfy { $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }
        guard special || plain, let value = Double(String(body)) else { throw numberFormatError(text) }
        return value
    }

    private static func doubleMethod(_ d: Double, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("isNaN", 0): return .bool(d.isNaN)
        case ("isInfinite", 0): return .bool(d.isInfinite)
        case ("parseDouble", 1), ("valueOf", 1):
            if let x = JavaArgument.double(args[0]), name == "valueOf" { return .double(x) }
            guard let s = JavaArgument.string(args[0]) else { return nil }
            return .double(try parseDouble(s))
        case ("toString", 1):
            guard let x = JavaArgument.double(args[0]) else { return nil }
            return .string(JavaDouble.toString(x))
        case ("isNaN", 1), ("isInfinite", 1), ("isFinite", 1):
            guard let x = JavaArgument.double(args[0]) else { return nil }
            return .bool(name == "isNaN" ? x.isNaN : (name == "isInfinite" ? x.isInfinite : x.isFinite))
        case ("max", 2), ("min", 2), ("sum", 2), ("compare", 2):
            guard let a = JavaArgument.double(args[0]), let b = JavaArgument.double(args[1]) else { return nil }
            switch name {
            case "max": return .double(a.isNaN || b.isNaN ? .nan : max(a, b))
            case "min": return .double(a.isNaN || b.isNaN ? .nan : min(a, b))
            case "sum": return .double(a + b)
            default: return .int(Int32(doubleCompare(a, b)))
            }
        default: return nil
        }
    }

    private static func bigIntegerMethod(_ b: BigInt, _ name: String, _ args: [Value]) -> Value? {
        switch (name, args.count) {
        case ("negate", 0): return .bigInteger((-b).bigInteger)
        case ("abs", 0): return .bigInteger(BigInt(negative: false, magnitude: b.magnitude).bigInteger)
        case ("signum", 0): return .int(Int32(b.signum))
        case ("add", 1), ("subtract", 1), ("multiply", 1), ("max", 1), ("min", 1):
            guard case .bigInteger(let o) = args[0] else { return nil }
            let other = BigInt(o)
            switch name {
            case "add": return .bigInteger((b + other).bigInteger)
            case "subtract": return .bigInteger((b - other).bigInteger)
            case "multiply": return .bigInteger((b * other).bigInteger)
            case "max": return .bigInteger((b < other ? other : b).bigInteger)
            default: return .bigInteger((other < b ? other : b).bigInteger)
            }
        default: return nil
        }
    }

    private static func bigDecimalMethod(_ text: String, _ name: String, _ args: [Value]) -> Value? {
        guard let d = BigDecimalValue(text: text) else { return nil }
        switch (name, args.count) {
        case ("scale", 0): return .int(Int32(truncatingIfNeeded: d.scale))
        case ("signum", 0): return .int(Int32(d.unscaled.signum))
        case ("negate", 0): return .bigDecimal((-d).text)
        case ("toBigInteger", 0): return .bigInteger(d.integerPart.bigInteger)
        case ("unscaledValue", 0): return .bigInteger(d.unscaled.bigInteger)
        default: return nil
        }
    }

    /// Methods of `java.lang.Boolean` (and its statics).
    static func booleanMethod(_ b: Bool, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("booleanValue", 0): return .bool(b)
        case ("compareTo", 1):
            guard let other = JavaArgument.bool(args[0]) else { throw classCastError(args[0], to: "java.lang.Boolean") }
            return .int(b == other ? 0 : (b ? 1 : -1))
        case ("parseBoolean", 1), ("valueOf", 1):
            if let other = JavaArgument.bool(args[0]), name == "valueOf" { return .bool(other) }
            guard let s = JavaArgument.string(args[0]) else { return nil }
            return .bool(s.lowercased() == "true")
        case ("toString", 1):
            guard let other = JavaArgument.bool(args[0]) else { return nil }
            return .string(other ? "true" : "false")
        case ("logicalAnd", 2), ("logicalOr", 2), ("logicalXor", 2):
            guard let x = JavaArgument.bool(args[0]), let y = JavaArgument.bool(args[1]) else { return nil }
            return .bool(name == "logicalAnd" ? x && y : (name == "logicalOr" ? x || y : x != y))
        default: return nil
        }
    }
}
