/// Text from templates, bodies and request files made safe to print on a terminal:
/// control characters are shown in caret notation (`^[` for ESC, `^G` for BEL) so
/// they cannot retitle the terminal, clear it or move the cursor. The playground,
/// the REPL and the CLI all show them this way.
public enum TerminalText {
    /// The caret notation of an ASCII control character (`^@` to `^_`, `^?` for DEL);
    /// nil for any other character.
    public static func caret(_ ascii: UInt8) -> String? {
        guard ascii < 0x20 || ascii == 0x7F else { return nil }
        return "^" + String(UnicodeScalar((ascii + 64) & 0x7F))
    }

    /// `text` with every control character except line feed and tab in caret notation;
    /// C1 controls (U+0080 to U+009F) as `M-` and the caret notation of their low 7
    /// bits, as `cat -v` shows them.
    public static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A || value == 0x09 {
                result.append(scalar)
            } else if let notation = value < 0x80 ? caret(UInt8(value)) : nil {
                result.append(contentsOf: notation.unicodeScalars)
            } else if (0x80...0x9F).contains(value), let notation = caret(UInt8(value - 0x80)) {
                result.append(contentsOf: ("M-" + notation).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
