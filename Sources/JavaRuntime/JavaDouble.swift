/// Java 17's `Double.toString(double)`, the one double printer of vtlplay (VTL values,
/// `$input.json`, `$input.path`, JSON printing): `NaN`, `Infinity`, `-0.0`; plain
/// notation with at least one fractional digit when 10^-3 <= |d| < 10^7 (`2.0`,
/// `0.001`, `1234567.0`), else `d.dddE±n` (`1.0E7`, `1.0E-4`), with the digits of
/// Java 17's `FloatingDecimal`, which are the shortest that round-trip except in a few
/// cases where it prints one more (`1e23` is `9.999999999999999E22`).
public enum JavaDouble {
    public static func toString(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `toString(value)` as UTF-8.
    public static func append(_ value: Double, to out: inout [UInt8]) {
        if value.isNaN { out.append(contentsOf: "NaN".utf8); return }
        if value.isInfinite { out.append(contentsOf: (value < 0 ? "-Infinity" : "Infinity").utf8); return }
        if value.sign == .minus { out.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        if magnitude == 0 { out.append(contentsOf: "0.0".utf8); return }
        // Fast paths: whole numbers below 10^7 ("123.0") and short plain decimals.
        if magnitude < 1e7, magnitude == Double(Int(magnitude)) {
            out.append(contentsOf: String(Int(magnitude)).utf8)
            out.append(contentsOf: ".0".utf8)
            return
        }
        if magnitude >= 1e-3, magnitude < 1e7, appendShortPlain(magnitude, to: &out) { return }
        appendGeneral(magnitude, to: &out)
    }

    /// The general case for a positive finite double, from `decimalDigits`.
    static func appendGeneral(_ magnitude: Double, to out: inout [UInt8]) {
        let (digitText, pointPosition) = decimalDigits(magnitude)
        let digits = Array(digitText.utf8)
        // value = 0.d1d2d3... x 10^pointPosition
        if pointPosition > 0 && pointPosition < 8 {
            if digits.count <= pointPosition {
                out.append(contentsOf: digits)
                for _ in digits.count..<pointPosition { out.append(UInt8(ascii: "0")) }
                out.append(contentsOf: ".0".utf8)
            } else {
                out.append(contentsOf: digits[..<pointPosition])
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[pointPosition...])
            }
        } else if pointPosition <= 0 && pointPosition > -3 {
            out.append(contentsOf: "0.".utf8)
            for _ in 0..<(-pointPosition) { out.append(UInt8(ascii: "0")) }
            out.append(contentsOf: digits)
        } else {
            out.append(digits[0])
            out.append(UInt8(ascii: "."))
            if digits.count == 1 { out.append(UInt8(ascii: "0")) } else { out.append(contentsOf: digits[1...]) }
            out.append(contentsOf: "E".utf8)
            out.append(contentsOf: String(pointPosition - 1).utf8)
        }
    }

    /// The plain-notation digits of `magnitude` (10^-3 <= it < 10^7, not whole) when a decimal
    /// of at most 15 significant digits reads back as it; false (nothing written) otherwise.
    /// No other decimal that short reads back as the same double (15 is `DBL_DIG`), so it is
    /// the shortest, and `FloatingDecimal`'s choice. `m / 10^k` with both exact is correctly rounded.
    private static func appendShortPlain(_ magnitude: Double, to out: inout [UInt8]) -> Bool {
        var scale = 1.0
        for places in 1...18 {
            scale *= 10
            let scaled = (magnitude * scale).rounded()
            guard scaled < 1e15 else { return false }
            guard scaled / scale == magnitude else { continue }
            let digits = Array(String(UInt64(scaled)).utf8)
            if digits.count > places {
                out.append(contentsOf: digits[..<(digits.count - places)])
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[(digits.count - places)...])
            } else {
                out.append(contentsOf: "0.".utf8)
                for _ in 0..<(places - digits.count) { out.append(UInt8(ascii: "0")) }
                out.append(contentsOf: digits)
            }
            return true
        }
        return false
    }

    /// The digits `Double.toString` prints for a positive finite double (no
    /// trailing zeros) and the decimal point position: value = 0.digits x 10^position.
    public static func decimalDigits(_ value: Double) -> (String, Int) {
        integerDigits(value) ?? floatingDecimalDigits(value)
    }

    /// Java 17's `FloatingDecimal` prints integral doubles below 2^63 from their
    /// exact value, dropping only the digits below the precision of a power of
    /// two (so `7.7722877498080696E18`, where the shortest digits would be `7.77228774980807E18`).
    private static func integerDigits(_ value: Double) -> (String, Int)? {
        guard value >= 1, value < 0x1p63, value.rounded(.towardZero) == value else { return nil }
        var integer = Int64(value)
        var insignificant = 0
        let binaryExponent = Int(value.exponent)
        if binaryExponent > 53 {
            // The number of decimal digits of 2^(e - 54), less one (Java's `insignificantDigitsForPow2`).
            let power = binaryExponent - 54
            if power > 1 { insignificant = String(UInt64(1) << power).count - 1 }
        }
        if insignificant > 0 {
            var scale: Int64 = 1
            for _ in 0..<insignificant { scale *= 10 }
            let residue = integer % scale
            integer /= scale
            if residue >= scale / 2 { integer += 1 }
        }
        var digits = String(integer)
        let position = digits.count + insignificant
        while digits.last == "0" { digits.removeLast() }
        return (digits, position)
    }
}
