/// `java.util.Base64`: the basic encoder (UTF-8 bytes, padded, no line breaks)
/// and the MIME decoder (characters outside the alphabet are skipped).
enum Base64Coding {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Base64 of the UTF-8 bytes of `text`, with `=` padding.
    static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `Base64.getMimeDecoder().decode(text)` read back as UTF-8. The text is
    /// first converted to ISO-8859-1 bytes (other characters become `?`, which is skipped).
    static func decode(_ text: String) throws(HostErrorText) -> String {
        let input = text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
        var out: [UInt8] = []
        var bits: UInt32 = 0
        var shift = 18
        var position = 0
        while position < input.count {
            let byte = input[position]
            position += 1
            if byte == UInt8(ascii: "=") {
                if shift == 6 && (position == input.count || input[position] != UInt8(ascii: "=")) || shift == 18 {
                    throw HostErrorText("java.lang.IllegalArgumentException: Input byte array has wrong 4-byte ending unit")
                }
                if shift == 6 { position += 1 }
                break
            }
            guard let sextet = value(of: byte) else { continue }
            bits |= sextet << UInt32(shift)
            shift -= 6
            if shift < 0 {
                out += [UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 8), UInt8(truncatingIfNeeded: bits)]
                shift = 18
                bits = 0
            }
        }
        switch shift {
        case 6: out.append(UInt8(truncatingIfNeeded: bits >> 16))
        case 0: out += [UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 8)]
        case 12: throw HostErrorText("java.lang.IllegalArgumentException: Last unit does not have enough valid bits")
        default: break
        }
        while position < input.count {
            let byte = input[position]
            position += 1
            if value(of: byte) != nil {
                throw HostErrorText("java.lang.IllegalArgumentException: Input byte array has incorrect ending byte at \(position)")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func value(of byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt32(byte - UInt8(ascii: "a") + 26)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0") + 52)
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
