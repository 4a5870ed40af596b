/// commons-lang 2.6 `StringEscapeUtils.escapeJavaScript`, as API Gateway's
/// `$util.escapeJavaScript` applies it.
enum JavaScriptEscaping {
    /// Escapes `'` `"` `\` `/`, control characters, and every character outside
    /// ASCII as `\uXXXX` (upper-case hex, one escape per UTF-16 unit).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf16.count)
        for unit in text.utf16 {
            switch unit {
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x27: out += "\\'"
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x2F: out += "\\/"
            case 0x20...0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += "\\u" + hex4(unit)
            }
        }
        return out
    }

    /// Four upper-case hex digits, zero-padded.
    static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
