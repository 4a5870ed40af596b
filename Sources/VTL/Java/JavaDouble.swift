extension Java {
    /// Java's `Double.toString(d)`: `NaN`, `Infinity`, `-0.0`; plain notation with at
    /// least one fractional digit when 10^-3 <= |d| < 10^7 (`2.0`, `0.001`,
    /// `1234567.0`), else `d.dddE±n` (`1.0E7`, `1.0E-4`), with the shortest
    /// digits that round-trip.
    public static func doubleToString(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (digits, pointPosition) = decimalDigits(value.magnitude)
        let sign = value < 0 ? "-" : ""
        // value = 0.d1d2d3... x 10^pointPosition
        if pointPosition > 0 && pointPosition < 8 {
            let integerPart: String
            let fraction: String
            if digits.count <= pointPosition {
                integerPart = digits + String(repeating: "0", count: pointPosition - digits.count)
                fraction = "0"
            } else {
                let split = digits.index(digits.startIndex, offsetBy: pointPosition)
                integerPart = String(digits[..<split])
                fraction = String(digits[split...])
            }
            return sign + integerPart + "." + fraction
        }
        if pointPosition <= 0 && pointPosition > -3 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        let rest = digits.dropFirst()
        return sign + digits.prefix(1) + "." + (rest.isEmpty ? "0" : rest) + "E" + String(pointPosition - 1)
    }

    /// The digits `Double.toString` prints for a positive finite double (no
    /// trailing zeros) and the decimal point position: value = 0.digits x 10^position.
    static func decimalDigits(_ value: Double) -> (String, Int) {
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
