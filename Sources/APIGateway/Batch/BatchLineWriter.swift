/// Writes the JSON of batch output lines like the oracle does: compact, strings
/// escaping only `"`, `\` and control characters; everything else as UTF-8.
enum BatchLineWriter {
    static func write(_ node: DocumentNode) -> String {
        var out = ""
        write(node.kind, into: &out)
        return out
    }

    static func write(_ kind: DocumentNode.Kind, into out: inout String) {
        switch kind {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += SmartJSONWriter.write(n)
        case .string(let s): quote(s, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item.kind, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                quote(pair.key, into: &out)
                out += ":"
                write(pair.value.kind, into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension DocumentNode {
    /// Compact JSON, as batch output lines write it.
    public var jsonText: String { BatchLineWriter.write(self) }

    /// A string as itself, anything else as JSON (for naming cases).
    public var displayText: String {
        if case .string(let s) = kind { return s }
        return jsonText
    }
}
