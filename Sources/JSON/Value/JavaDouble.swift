/// Java's `Double.toString(double)`: shortest round-trip digits, plain notation when
/// 10⁻³ ≤ |d| < 10⁷ (`100.0`, `0.001`), otherwise `d.dddE±n` (`1.0E7`, `1.0E-4`).
///
/// The digits are the shortest that round-trip, except that where one digit would do,
/// Java picks the closest two-digit decimal (`4.9E-324`, not `5.0E-324`), as Java 19+
/// specifies. Java 17's older algorithm occasionally prints one more digit (`1e23` as
/// `9.999999999999999E22`); vtlplay follows the newer specification.
public enum JavaDouble {
    public static func format(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `format(value)` as UTF-8.
    public static func append(_ value: Double, to out: inout [UInt8]) {
        if value.isNaN { out.append(contentsOf: "NaN".utf8); return }
        if value.isInfinite { out.append(contentsOf: (value < 0 ? "-Infinity" : "Infinity").utf8); return }
        if value.sign == .minus { out.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        if magnitude == 0 { out.append(contentsOf: "0.0".utf8); return }
        // Whole numbers below 10^7 print as "123.0".
        if magnitude < 1e7, magnitude == Double(Int(magnitude)) {
            appendInteger(Int(magnitude), to: &out)
            out.append(contentsOf: ".0".utf8)
            return
        }
        if magnitude >= 1e-3, magnitude < 1e7, appendShortPlain(magnitude, to: &out) { return }
        var digits = Digits()
        var exponent = digits.fill(with: magnitude)
        if digits.count == 1 { exponent = digits.widenToTwo(magnitude, exponent: exponent) }
        if exponent >= -3 && exponent < 7 {
            if exponent >= 0 {
                let integerCount = exponent + 1
                for index in 0..<integerCount { out.append(index < digits.count ? digits[index] : UInt8(ascii: "0")) }
                out.append(UInt8(ascii: "."))
                if digits.count > integerCount {
                    for index in integerCount..<digits.count { out.append(digits[index]) }
                } else {
                    out.append(UInt8(ascii: "0"))
                }
            } else {
                out.append(contentsOf: "0.".utf8)
                for _ in 0..<(-exponent - 1) { out.append(UInt8(ascii: "0")) }
                for index in 0..<digits.count { out.append(digits[index]) }
            }
        } else {
            out.append(digits[0])
            out.append(UInt8(ascii: "."))
            if digits.count == 1 {
                out.append(UInt8(ascii: "0"))
            } else {
                for index in 1..<digits.count { out.append(digits[index]) }
            }
            out.append(UInt8(ascii: "E"))
            if exponent < 0 { out.append(UInt8(ascii: "-")) }
            appendInteger(abs(exponent), to: &out)
        }
    }

    /// The plain-notation digits of `magnitude` (10⁻³ ≤ it < 10⁷, not whole) when a decimal
    /// of at most 15 significant digits reads back as it; false (nothing written) otherwise.
    /// No other decimal that short reads back as the same double (15 is `DBL_DIG`), so it is
    /// the shortest, and Java's choice. `m / 10ᵏ` with both exact is correctly rounded.
    private static func appendShortPlain(_ magnitude: Double, to out: inout [UInt8]) -> Bool {
        var scale = 1.0
        for places in 1...18 {
            scale *= 10
            let scaled = (magnitude * scale).rounded()
            guard scaled < 1e15 else { return false }
            guard scaled / scale == magnitude else { continue }
            var digits: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &digits) { raw in
                var count = 0
                var rest = UInt64(scaled)
                while rest > 0 {
                    count += 1
                    raw[raw.count - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                let first = raw.count - count
                if count > places {
                    out.append(contentsOf: raw[first..<(raw.count - places)])
                    out.append(UInt8(ascii: "."))
                    out.append(contentsOf: raw[(raw.count - places)...])
                } else {
                    out.append(contentsOf: "0.".utf8)
                    for _ in 0..<(places - count) { out.append(UInt8(ascii: "0")) }
                    out.append(contentsOf: raw[first...])
                }
            }
            return true
        }
        return false
    }

    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 10 { out.append(UInt8(ascii: "0") + UInt8(value)); return }
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            var index = raw.count
            var rest = value
            while rest > 0 {
                index -= 1
                raw[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            out.append(contentsOf: raw[index...])
        }
    }

    /// Significant decimal digits (ASCII, no leading or trailing zeros), at most 17.
    struct Digits {
        private var storage: [UInt8] = []
        var count: Int { storage.count }
        subscript(index: Int) -> UInt8 { storage[index] }

        /// Fills in the shortest round-trip digits of a positive finite `value`; returns
        /// the exponent `e` with value = d.ddd × 10^e.
        mutating func fill(with value: Double) -> Int {
            // Swift's description prints the shortest round-trip digits: "1.5e-07", "123.25".
            var text = value.description
            var exponent = 0
            var pointPosition: Int? = nil
            var firstNonZero: Int? = nil
            var digitCount = 0
            storage.reserveCapacity(17)
            text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                        var sign = 1
                        var position = index + 1
                        if position < bytes.count && (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")) {
                            sign = bytes[position] == UInt8(ascii: "-") ? -1 : 1
                            position += 1
                        }
                        var magnitude = 0
                        while position < bytes.count { magnitude = magnitude * 10 + Int(bytes[position] - UInt8(ascii: "0")); position += 1 }
                        exponent = sign * magnitude
                        break
                    }
                    if byte == UInt8(ascii: ".") {
                        pointPosition = digitCount
                    } else {
                        if firstNonZero == nil && byte != UInt8(ascii: "0") { firstNonZero = digitCount }
                        if firstNonZero != nil { storage.append(byte) }
                        digitCount += 1
                    }
                    index += 1
                }
            }
            while storage.count > 1 && storage.last == UInt8(ascii: "0") { storage.removeLast() }
            return (pointPosition ?? digitCount) - (firstNonZero ?? 0) - 1 + exponent
        }

        /// Java's choice when the shortest decimal has one digit: the two-digit decimal
        /// closest to the exact value, if it still round-trips (it differs from `d.0` only
        /// for values far from any short decimal, such as subnormals). Returns the exponent.
        mutating func widenToTwo(_ value: Double, exponent: Int) -> Int {
            // value / 10^(exponent - 1) (about 10...99), within a few ulps: plenty for rounding
            // to two digits. Each step stays in range, subnormal inputs included.
            var scaled = value
            var power = exponent - 1
            while power > 0 { let step = min(power, 22); scaled /= JavaDouble.pow10(step); power -= step }
            while power < 0 { let step = min(-power, 22); scaled *= JavaDouble.pow10(step); power += step }
            guard scaled.isFinite, scaled > 0, scaled < 1000 else { return exponent }
            let candidate = Int(scaled + 0.5)
            guard candidate >= 10 && candidate < 100 && candidate % 10 != 0 else { return exponent }
            guard Double("\(candidate / 10).\(candidate % 10)e\(exponent)") == value else { return exponent }
            storage = [UInt8(ascii: "0") + UInt8(candidate / 10), UInt8(ascii: "0") + UInt8(candidate % 10)]
            return exponent
        }
    }

    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
