/// commons-lang 2.6 `StringEscapeUtils.escapeJavaScript`, as API Gateway's
/// `$util.escapeJavaScript` applies it.
enum JavaScriptEscaping {
    /// Escapes `'` `"` `\` `/`, control characters, and every character outside
    /// ASCII as `\uXXXX` (upper-case hex, one escape per UTF-16 unit). Works on the
    /// UTF-8 bytes; text with nothing to escape is returned as it is.
    static func escape(_ text: String) -> String {
        var text = text
        let escaped: [UInt8]? = text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 < 0x20 || $0 >= 0x80 || shortEscape($0) != nil }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 4)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if let letter = shortEscape(b) {
                    out.append(UInt8(ascii: "\\"))
                    out.append(letter)
                    i += 1
                } else if b < 0x20 {
                    appendUnicodeEscape(UInt16(b), to: &out)
                    i += 1
                } else if b < 0x80 {
                    out.append(b)
                    i += 1
                } else {
                    // A valid UTF-8 sequence (Swift strings hold no other): decode its scalar.
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var scalar = UInt32(b) & (0x7F >> length)
                    for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
                    i += length
                    if scalar >= 0x10000 {
                        let v = scalar - 0x10000
                        appendUnicodeEscape(UInt16(0xD800 + (v >> 10)), to: &out)
                        appendUnicodeEscape(UInt16(0xDC00 + (v & 0x3FF)), to: &out)
                    } else {
                        appendUnicodeEscape(UInt16(scalar), to: &out)
                    }
                }
            }
            return out
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The letter after `\` for the bytes escaped as `\b`, `\t`, `\n`, `\f`, `\r`, `\'`, `\"`, `\\`, `\/`.
    private static func shortEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x08: return UInt8(ascii: "b")
        case 0x09: return UInt8(ascii: "t")
        case 0x0A: return UInt8(ascii: "n")
        case 0x0C: return UInt8(ascii: "f")
        case 0x0D: return UInt8(ascii: "r")
        case 0x27, 0x22, 0x5C, 0x2F: return byte
        default: return nil
        }
    }

    /// `\uXXXX` with four upper-case hex digits.
    private static func appendUnicodeEscape(_ unit: UInt16, to out: inout [UInt8]) {
        let digits: StaticString = "0123456789ABCDEF"
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        digits.withUTF8Buffer { digits in
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int(unit >> UInt16(shift) & 0xF)]) }
        }
    }
}
