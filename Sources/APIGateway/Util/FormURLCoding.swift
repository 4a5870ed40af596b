/// `java.net.URLEncoder.encode(s, "UTF-8")` and `URLDecoder.decode(s, "UTF-8")`:
/// `application/x-www-form-urlencoded`, a space is `+`.
enum FormURLCoding {
    /// Letters, digits and `.-*_` stay; a space becomes `+`; every other byte of
    /// the UTF-8 encoding becomes `%XX` (upper-case hex).
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "): out += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// `+` becomes a space; runs of `%XX` escapes are decoded as UTF-8 (malformed
    /// sequences become U+FFFD, as Java's decoder does). Throws Java's messages for
    /// a truncated or non-hex escape.
    static func decode(_ text: String) throws(HostErrorText) -> String {
        var out = ""
        var units = Array(text.unicodeScalars)[...]
        var pending: [UInt8] = []
        func flush() {
            if !pending.isEmpty { out += String(decoding: pending, as: UTF8.self); pending.removeAll() }
        }
        while let scalar = units.first {
            if scalar == "%" {
                guard units.count >= 3 else {
                    throw HostErrorText("java.lang.IllegalArgumentException: URLDecoder: Incomplete trailing escape (%) pattern")
                }
                let digits = Array(units.dropFirst().prefix(2))
                let byte: UInt8
                switch javaHexByte(digits) {
                case .success(let value): byte = value
                case .failure(let error): throw error
                }
                pending.append(byte)
                units = units.dropFirst(3)
                continue
            }
            flush()
            out.unicodeScalars.append(scalar == "+" ? " " : scalar)
            units = units.dropFirst()
        }
        flush()
        return out
    }

    /// Java 17's `Integer.parseInt(s, i, i + 2, 16)` on the two characters after
    /// `%`, with `URLDecoder`'s messages: a leading `+` is accepted, `-0` is 0, any
    /// other negative value and any non-hex character are errors.
    private static func javaHexByte(_ digits: [Unicode.Scalar]) -> Result<UInt8, HostErrorText> {
        let text = String(String.UnicodeScalarView(digits))
        let prefix = "java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern - "
        var index = 0
        var negative = false
        if digits[0] == "+" || digits[0] == "-" {
            negative = digits[0] == "-"
            index = 1
        } else if digits[0].value < 0x30 {
            return .failure(HostErrorText(prefix + "Error at index 0 in: \"\(text)\""))
        }
        var value = 0
        while index < digits.count {
            guard let digit = Int(String(digits[index]), radix: 16) else {
                return .failure(HostErrorText(prefix + "Error at index \(index) in: \"\(text)\""))
            }
            value = value * 16 + digit
            index += 1
        }
        if negative && value != 0 { return .failure(HostErrorText(prefix + "negative value")) }
        return .success(UInt8(value))
    }
}

/// A Java exception text raised by a `$util` or `$input` function; becomes a `HostError`.
struct HostErrorText: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
