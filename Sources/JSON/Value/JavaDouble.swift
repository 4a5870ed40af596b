/// Java's `Double.toString(double)`: shortest round-trip digits, plain notation when
/// 10⁻³ ≤ |d| < 10⁷ (`100.0`, `0.001`), otherwise `d.dddE±n` (`1.0E7`, `1.0E-4`).
///
/// The digits are the shortest that round-trip, except that where one digit would do,
/// Java picks the closest two-digit decimal (`4.9E-324`, not `5.0E-324`), as Java 19+
/// specifies. Java 17's older algorithm occasionally prints one more digit (`1e23` as
/// `9.999999999999999E22`); vtlplay follows the newer specification.
public enum JavaDouble {
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        var (digits, exponent) = decimalDigits(of: value.magnitude)
        if digits.utf8.count == 1 { (digits, exponent) = twoDigits(of: value.magnitude, near: (digits, exponent)) }
        var out = value < 0 ? "-" : ""
        if exponent >= -3 && exponent < 7 {
            if exponent >= 0 {
                let integerCount = exponent + 1
                if digits.count <= integerCount {
                    out += digits + String(repeating: "0", count: integerCount - digits.count) + ".0"
                } else {
                    let split = digits.index(digits.startIndex, offsetBy: integerCount)
                    out += digits[..<split] + "." + digits[split...]
                }
            } else {
                out += "0." + String(repeating: "0", count: -exponent - 1) + digits
            }
        } else {
            let first = digits.prefix(1)
            let rest = digits.dropFirst()
            out += first + "." + (rest.isEmpty ? "0" : rest) + "E" + String(exponent)
        }
        return out
    }

    /// The shortest round-trip significant digits of a positive finite `value` (no leading
    /// or trailing zeros) and the exponent `e` such that value = d.ddd × 10^e.
    static func decimalDigits(of value: Double) -> (digits: String, exponent: Int) {
        // Swift's description prints the shortest round-trip digits, e.g. "1.5e-07", "123.25".
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...].replacingPlus()) ?? 0
        }
        let point = mantissa.firstIndex(of: ".")
        let integerPart = point.map { mantissa[..<$0] } ?? mantissa
        let fractionPart = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        let all = Array((integerPart + fractionPart).utf8)
        let firstNonZero = all.firstIndex { $0 != UInt8(ascii: "0") } ?? 0
        var lastNonZero = all.count - 1
        while lastNonZero > firstNonZero && all[lastNonZero] == UInt8(ascii: "0") { lastNonZero -= 1 }
        let digits = String(decoding: all[firstNonZero...lastNonZero], as: UTF8.self)
        return (digits, integerPart.utf8.count - firstNonZero - 1 + exponent)
    }
}

extension JavaDouble {
    /// Java's choice when the shortest decimal has one digit: the two-digit decimal closest
    /// to the exact value, if it still round-trips (it differs from `d.0` only for values
    /// far from any short decimal, such as subnormals).
    static func twoDigits(of value: Double, near shortest: (digits: String, exponent: Int)) -> (digits: String, exponent: Int) {
        // value / 10^(exponent - 1), computed with a relative error far below what the rounding needs.
        var scaled = value * 0x1p200
        var power = shortest.exponent - 1
        while power > 0 { let step = min(power, 22); scaled /= pow10(step); power -= step }
        while power < 0 { let step = min(-power, 22); scaled *= pow10(step); power += step }
        scaled /= 0x1p200
        let candidate = Int(scaled.rounded())
        guard candidate >= 10 && candidate < 100 && candidate % 10 != 0 else { return shortest }
        let text = "\(candidate / 10).\(candidate % 10)e\(shortest.exponent)"
        guard Double(text) == value else { return shortest }
        return (String(candidate), shortest.exponent)
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}

private extension Substring {
    func replacingPlus() -> Substring { first == "+" ? dropFirst() : self }
}
