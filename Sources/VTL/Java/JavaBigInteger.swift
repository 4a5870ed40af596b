/// Arbitrary-precision integer arithmetic for `java.math.BigInteger` values.
///
/// Numbers are worked on as a sign and a magnitude of base-10^9 limbs
/// (least significant first); results go back to `BigInteger`'s decimal text.
struct BigMagnitude: Comparable {
    static let base: UInt64 = 1_000_000_000
    /// Limbs, least significant first; no trailing zero limbs (zero is `[]`).
    var limbs: [UInt32]

    init(limbs: [UInt32]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
    }

    init(_ value: UInt64) {
        var limbs: [UInt32] = []
        var rest = value
        while rest > 0 { limbs.append(UInt32(rest % Self.base)); rest /= Self.base }
        self.limbs = limbs
    }

    /// Parses unsigned decimal digits.
    init(digits: Substring) {
        var limbs: [UInt32] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -9, limitedBy: digits.startIndex) ?? digits.startIndex
            limbs.append(UInt32(digits[start..<end])!)
            end = start
        }
        self.init(limbs: limbs)
    }

    var isZero: Bool { limbs.isEmpty }

    var decimal: String {
        guard let top = limbs.last else { return "0" }
        var text = String(top)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    /// The value when it fits in a `UInt64`.
    var uint64: UInt64? {
        var result: UInt64 = 0
        for limb in limbs.reversed() {
            let (scaled, o1) = result.multipliedReportingOverflow(by: Self.base)
            let (sum, o2) = scaled.addingReportingOverflow(UInt64(limb))
            if o1 || o2 { return nil }
            result = sum
        }
        return result
    }

    static func < (a: BigMagnitude, b: BigMagnitude) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    static func + (a: BigMagnitude, b: BigMagnitude) -> BigMagnitude {
        var result: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.limbs.count, b.limbs.count) {
            let sum = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
            result.append(UInt32(sum % base))
            carry = sum / base
        }
        if carry > 0 { result.append(UInt32(carry)) }
        return BigMagnitude(limbs: result)
    }

    /// `a - b` for `a >= b`.
    static func - (a: BigMagnitude, b: BigMagnitude) -> BigMagnitude {
        var result: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.limbs.count {
            var diff = Int64(a.limbs[i]) - Int64(i < b.limbs.count ? b.limbs[i] : 0) - borrow
            borrow = 0
            if diff < 0 { diff += Int64(base); borrow = 1 }
            result.append(UInt32(diff))
        }
        return BigMagnitude(limbs: result)
    }

    static func * (a: BigMagnitude, b: BigMagnitude) -> BigMagnitude {
        if a.isZero || b.isZero { return BigMagnitude(limbs: []) }
        var result = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count + 1)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let current = result[i + j] + UInt64(x) * UInt64(y) + carry
                result[i + j] = current % base
                carry = current / base
            }
            var k = i + b.limbs.count
            while carry > 0 {
                let current = result[k] + carry
                result[k] = current % base
                carry = current / base
                k += 1
            }
        }
        return BigMagnitude(limbs: result.map { UInt32($0) })
    }

    /// `self * factor + addend` for small numbers.
    func times(_ factor: UInt32, plus addend: UInt32 = 0) -> BigMagnitude {
        var result: [UInt32] = []
        var carry = UInt64(addend)
        for limb in limbs {
            let current = UInt64(limb) * UInt64(factor) + carry
            result.append(UInt32(current % Self.base))
            carry = current / Self.base
        }
        while carry > 0 { result.append(UInt32(carry % Self.base)); carry /= Self.base }
        return BigMagnitude(limbs: result)
    }

    /// Truncating division: quotient and remainder (`divisor` must not be zero).
    func divided(by divisor: BigMagnitude) -> (quotient: BigMagnitude, remainder: BigMagnitude) {
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder = BigMagnitude(limbs: [])
        for i in stride(from: limbs.count - 1, through: 0, by: -1) {
            remainder = BigMagnitude(limbs: [limbs[i]] + remainder.limbs)
            // Binary search for the largest digit q with divisor * q <= remainder.
            var low: UInt32 = 0
            var high: UInt32 = UInt32(Self.base - 1)
            while low < high {
                let mid = low + (high - low + 1) / 2
                if remainder < divisor.times(mid) { high = mid - 1 } else { low = mid }
            }
            quotient[i] = low
            if low > 0 { remainder = remainder - divisor.times(low) }
        }
        return (BigMagnitude(limbs: quotient), remainder)
    }
}

/// A signed arbitrary-precision integer used for `BigInteger` and `BigDecimal` arithmetic.
struct BigInt: Comparable {
    var negative: Bool
    var magnitude: BigMagnitude

    init(negative: Bool, magnitude: BigMagnitude) {
        self.negative = negative && !magnitude.isZero
        self.magnitude = magnitude
    }

    init(_ value: Int64) {
        self.init(negative: value < 0, magnitude: BigMagnitude(value.magnitude))
    }

    init(_ value: BigInteger) {
        let text = value.description
        let negative = text.hasPrefix("-")
        self.init(negative: negative, magnitude: BigMagnitude(digits: negative ? text.dropFirst() : Substring(text)))
    }

    var isZero: Bool { magnitude.isZero }
    var signum: Int { isZero ? 0 : (negative ? -1 : 1) }
    var decimal: String { (negative ? "-" : "") + magnitude.decimal }
    var bigInteger: BigInteger { BigInteger(decimal)! }

    /// The value when it fits in an `Int64`.
    var int64: Int64? {
        guard let m = magnitude.uint64 else { return nil }
        if negative { return m <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- m) : nil }
        return m <= UInt64(Int64.max) ? Int64(m) : nil
    }

    static func < (a: BigInt, b: BigInt) -> Bool {
        switch (a.negative, b.negative) {
        case (true, false): return true
        case (false, true): return false
        case (false, false): return a.magnitude < b.magnitude
        case (true, true): return b.magnitude < a.magnitude
        }
    }

    static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, magnitude: a.magnitude) }

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, magnitude: a.magnitude + b.magnitude) }
        if a.magnitude < b.magnitude { return BigInt(negative: b.negative, magnitude: b.magnitude - a.magnitude) }
        return BigInt(negative: a.negative, magnitude: a.magnitude - b.magnitude)
    }

    static func - (a: BigInt, b: BigInt) -> BigInt { a + -b }

    static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.negative != b.negative, magnitude: a.magnitude * b.magnitude)
    }

    /// Java's `BigInteger.divideAndRemainder`: truncating quotient, remainder with the dividend's sign.
    func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = magnitude.divided(by: divisor.magnitude)
        return (BigInt(negative: negative != divisor.negative, magnitude: q), BigInt(negative: negative, magnitude: r))
    }

    /// `10^exponent`.
    static func powerOfTen(_ exponent: Int) -> BigInt {
        var result = BigMagnitude(1)
        for _ in 0..<exponent { result = result.times(10) }
        return BigInt(negative: false, magnitude: result)
    }
}

extension BigInteger {
    /// `BigInteger.valueOf(value)`.
    public init(_ value: Int64) { self = BigInt(value).bigInteger }

    /// The value as an `Int64` when it fits (Java's `longValueExact`).
    public var int64: Int64? { BigInt(self).int64 }

    /// Java's `BigInteger.longValue()`: the low 64 bits, two's complement.
    public var truncatedInt64: Int64 {
        let value = BigInt(self)
        let low = value.magnitude.divided(by: twoToThe64).remainder.uint64 ?? 0
        let bits = value.negative ? 0 &- low : low
        return Int64(bitPattern: bits)
    }

    /// Java's `BigInteger.doubleValue()` (correctly rounded).
    public var doubleValue: Double { Double(description) ?? 0 }

    /// Java's `BigInteger.signum()`.
    public var signum: Int { BigInt(self).signum }
}

private let twoToThe64 = BigMagnitude(digits: "18446744073709551616")
