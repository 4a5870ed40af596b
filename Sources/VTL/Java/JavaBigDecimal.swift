/// `java.math.BigDecimal`: an unscaled integer and a scale (value = unscaled x 10^-scale).
///
/// Velocity 1.7 only creates BigDecimals when a `BigInteger` meets a `Double`
/// (`new BigDecimal(double)`, exact binary expansion), so only what `MathUtils`
/// needs is here: exact conversion, `+ - *`, `divide(…, ROUND_HALF_DOWN)`, comparison, `toString()`.
struct BigDecimalValue {
    var unscaled: BigInt
    var scale: Int

    init(unscaled: BigInt, scale: Int) {
        self.unscaled = unscaled
        self.scale = scale
    }

    init(_ integer: BigInt) { self.init(unscaled: integer, scale: 0) }

    /// `new BigDecimal(double)`: the exact value of the binary double, smallest scale.
    init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        if value == 0 { self.init(BigInt(0)); return }
        var significand = value.significandBitPattern | (value.isNormal ? (1 << 52) : 0)
        var exponent = Int(value.isNormal ? value.exponentBitPattern : 1) - 1075
        while significand & 1 == 0 { significand >>= 1; exponent += 1 }
        var magnitude = BigMagnitude(significand)
        if exponent >= 0 {
            for _ in 0..<exponent { magnitude = magnitude.times(2) }
            self.init(unscaled: BigInt(negative: value < 0, magnitude: magnitude), scale: 0)
        } else {
            for _ in 0..<(-exponent) { magnitude = magnitude.times(5) }
            self.init(unscaled: BigInt(negative: value < 0, magnitude: magnitude), scale: -exponent)
        }
    }

    /// Parses `BigDecimal.toString()` output (`-12.5`, `1.5E-8`).
    init?(text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let parsed = Int(text[text.index(after: e)...]) else { return nil }
            exponent = parsed
            mantissa = text[..<e]
        }
        let negative = mantissa.hasPrefix("-")
        if negative || mantissa.hasPrefix("+") { mantissa = mantissa.dropFirst() }
        var fractionDigits = 0
        if let dot = mantissa.firstIndex(of: ".") {
            fractionDigits = mantissa.distance(from: dot, to: mantissa.endIndex) - 1
            mantissa.remove(at: dot)
        }
        guard !mantissa.isEmpty, mantissa.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.init(unscaled: BigInt(negative: negative, magnitude: BigMagnitude(digits: mantissa)), scale: fractionDigits - exponent)
    }

    /// The value rescaled up to `newScale` (>= scale), exactly.
    func rescaled(to newScale: Int) -> BigDecimalValue {
        BigDecimalValue(unscaled: unscaled * BigInt.powerOfTen(newScale - scale), scale: newScale)
    }

    static func + (a: BigDecimalValue, b: BigDecimalValue) -> BigDecimalValue {
        let scale = max(a.scale, b.scale)
        return BigDecimalValue(unscaled: a.rescaled(to: scale).unscaled + b.rescaled(to: scale).unscaled, scale: scale)
    }

    static prefix func - (a: BigDecimalValue) -> BigDecimalValue { BigDecimalValue(unscaled: -a.unscaled, scale: a.scale) }

    static func * (a: BigDecimalValue, b: BigDecimalValue) -> BigDecimalValue {
        BigDecimalValue(unscaled: a.unscaled * b.unscaled, scale: a.scale + b.scale)
    }

    /// `a.divide(b, BigDecimal.ROUND_HALF_DOWN)`: the quotient at `a`'s scale (`b` non-zero).
    func dividedHalfDown(by divisor: BigDecimalValue) -> BigDecimalValue {
        // a/b at scale s: (ua * 10^(s + sb - sa)) / ub with s = sa, so ua * 10^sb / ub.
        var numerator = unscaled
        var denominator = divisor.unscaled
        if divisor.scale >= 0 { numerator = numerator * BigInt.powerOfTen(divisor.scale) } else { denominator = denominator * BigInt.powerOfTen(-divisor.scale) }
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        var quotient = q
        let twiceRemainder = BigInt(negative: false, magnitude: r.magnitude * BigMagnitude(2))
        if denominator.magnitude < twiceRemainder.magnitude {
            quotient = quotient + BigInt(numerator.negative != denominator.negative ? -1 : 1)
        }
        return BigDecimalValue(unscaled: quotient, scale: scale)
    }

    /// `compareTo`: numeric comparison ignoring scale.
    func compare(_ other: BigDecimalValue) -> Int {
        let scale = max(self.scale, other.scale)
        let a = rescaled(to: scale).unscaled
        let b = other.rescaled(to: scale).unscaled
        return a < b ? -1 : (b < a ? 1 : 0)
    }

    /// `BigDecimal.toString()`: plain when the scale is non-negative and the
    /// adjusted exponent is at least -6, else scientific (`1.5E-8`, `1E+3`).
    var text: String {
        let digits = unscaled.magnitude.decimal
        let sign = unscaled.negative ? "-" : ""
        let adjusted = -scale + (digits.count - 1)
        if scale == 0 { return sign + digits }
        if scale > 0 && adjusted >= -6 {
            if digits.count > scale {
                let split = digits.index(digits.endIndex, offsetBy: -scale)
                return sign + digits[..<split] + "." + digits[split...]
            }
            return sign + "0." + String(repeating: "0", count: scale - digits.count) + digits
        }
        let rest = digits.dropFirst()
        return sign + digits.prefix(1) + (rest.isEmpty ? "" : "." + rest) + "E" + (adjusted >= 0 ? "+" : "") + String(adjusted)
    }

    /// The integer part, truncated toward zero (`toBigInteger()`).
    var integerPart: BigInt {
        if scale <= 0 { return unscaled * BigInt.powerOfTen(-scale) }
        return unscaled.quotientAndRemainder(dividingBy: BigInt.powerOfTen(scale)).quotient
    }

    /// `doubleValue()`.
    var doubleValue: Double { Double(text) ?? 0 }
}
