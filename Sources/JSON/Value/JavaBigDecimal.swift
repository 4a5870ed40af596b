/// `java.math.BigDecimal` text handling: `new BigDecimal(literal).toString()`.
public enum JavaBigDecimal {
    /// The canonical `toString()` of `new BigDecimal(literal)` for a JSON-style literal
    /// (`-12.50`, `1.5e308`, `1.`, `-.5`); nil when Java would throw `NumberFormatException`.
    public static func canonical(_ literal: some StringProtocol) -> String? {
        var bytes = Array(literal.utf8)[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var fractionCount = 0
        var seenPoint = false
        var exponent = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte)
                if seenPoint { fractionCount += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let parsed = Int32(String(decoding: bytes[(index + 1)...], as: UTF8.self)) else { return nil }
                exponent = Int(parsed)
                break
            } else {
                return nil
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        let firstNonZero = digits.firstIndex { $0 != UInt8(ascii: "0") }
        let unscaled = firstNonZero.map { Array(digits[$0...]) } ?? [UInt8(ascii: "0")]
        let isZero = firstNonZero == nil
        return render(unscaled: unscaled, scale: fractionCount - exponent, negative: negative && !isZero)
    }

    /// `BigDecimal.toString()` for unscaled digits (no leading zeros) and a scale.
    static func render(unscaled: [UInt8], scale: Int, negative: Bool) -> String {
        let sign = negative ? "-" : ""
        let digits = String(decoding: unscaled, as: UTF8.self)
        if scale == 0 { return sign + digits }
        let adjusted = -scale + (unscaled.count - 1)
        if scale > 0 && adjusted >= -6 {
            if unscaled.count > scale {
                let split = unscaled.count - scale
                return sign + String(decoding: unscaled[..<split], as: UTF8.self) + "."
                    + String(decoding: unscaled[split...], as: UTF8.self)
            }
            return sign + "0." + String(repeating: "0", count: scale - unscaled.count) + digits
        }
        let head = String(decoding: unscaled[..<1], as: UTF8.self)
        let tail = unscaled.count > 1 ? "." + String(decoding: unscaled[1...], as: UTF8.self) : ""
        return sign + head + tail + "E" + (adjusted >= 0 ? "+" : "") + String(adjusted)
    }
}
