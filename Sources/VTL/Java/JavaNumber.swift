/// A `java.lang.Number` as `MathUtils` sees it.
enum JavaNumber {
    /// An Integer (`isInt`) or a Long.
    case long(Int64, isInt: Bool)
    case double(Double)
    case bigInteger(BigInt)
    case bigDecimal(String)

    init?(_ value: Value) {
        switch value {
        case .int(let i): self = .long(Int64(i), isInt: true)
        case .long(let l): self = .long(l, isInt: false)
        case .double(let d): self = .double(d)
        case .bigInteger(let b): self = .bigInteger(BigInt(b))
        case .bigDecimal(let s): self = .bigDecimal(s)
        default: return nil
        }
    }

    enum Base { case long, double, bigInteger, bigDecimal }

    /// `MathUtils.findCalculationBase`: BigDecimal if either is one or a
    /// BigInteger meets a Double; BigInteger; Long for two integers; else Double.
    static func base(_ a: JavaNumber, _ b: JavaNumber) -> Base {
        switch (a, b) {
        case (.bigDecimal, _), (_, .bigDecimal), (.bigInteger, .double), (.double, .bigInteger): return .bigDecimal
        case (.bigInteger, _), (_, .bigInteger): return .bigInteger
        case (.long, .long): return .long
        default: return .double
        }
    }

    var isZero: Bool {
        switch self {
        case .long(let l, _): return l == 0
        case .double(let d): return d == 0
        case .bigInteger(let b): return b.isZero
        case .bigDecimal: return bigDecimal?.unscaled.isZero ?? false
        }
    }

    var doubleValue: Double {
        switch self {
        case .long(let l, _): return Double(l)
        case .double(let d): return d
        case .bigInteger(let b): return Double(b.decimal) ?? 0
        case .bigDecimal(let s): return Double(s) ?? 0
        }
    }

    /// `longValue()`: truncation toward zero, Java's saturation for doubles, low 64 bits for big numbers.
    var longValue: Int64 {
        switch self {
        case .long(let l, _): return l
        case .double(let d):
            if d.isNaN { return 0 }
            if d >= 9.223372036854775807e18 { return .max }
            if d <= -9.223372036854775808e18 { return .min }
            return Int64(d)
        case .bigInteger(let b): return b.bigInteger.truncatedInt64
        case .bigDecimal: return bigDecimal?.integerPart.bigInteger.truncatedInt64 ?? 0
        }
    }

    /// `intValue()`: as `longValue()` but 32 bits (doubles saturate at the int range).
    var intValue: Int32 {
        if case .double(let d) = self {
            if d.isNaN { return 0 }
            if d >= 2147483647 { return .max }
            if d <= -2147483648 { return .min }
            return Int32(d)
        }
        return Int32(truncatingIfNeeded: longValue)
    }

    var bigInt: BigInt {
        switch self {
        case .long(let l, _): return BigInt(l)
        case .bigInteger(let b): return b
        case .double(let d): return BigDecimalValue(exactly: d)?.integerPart ?? BigInt(0)
        case .bigDecimal: return bigDecimal?.integerPart ?? BigInt(0)
        }
    }

    /// `MathUtils.toBigDecimal`: BigIntegers exactly, other numbers through `doubleValue()`.
    var bigDecimal: BigDecimalValue? {
        switch self {
        case .bigDecimal(let s): return BigDecimalValue(text: s)
        case .bigInteger(let b): return BigDecimalValue(b)
        default: return BigDecimalValue(exactly: doubleValue)
        }
    }

    /// `MathUtils.compare` (NaN compares equal to anything).
    static func compare(_ a: JavaNumber, _ b: JavaNumber) -> Int {
        switch base(a, b) {
        case .long:
            let l = a.longValue, r = b.longValue
            return l < r ? -1 : (l > r ? 1 : 0)
        case .double:
            let l = a.doubleValue, r = b.doubleValue
            return l < r ? -1 : (l > r ? 1 : 0)
        case .bigInteger:
            let l = a.bigInt, r = b.bigInt
            return l < r ? -1 : (r < l ? 1 : 0)
        case .bigDecimal:
            guard let l = a.bigDecimal, let r = b.bigDecimal else { return 0 }
            return l.compare(r)
        }
    }
}
