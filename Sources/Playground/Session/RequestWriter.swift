import APIGateway
import OrderedCollections
import VTL

/// Writes a request back as a JSON request document (the oracle's format), for
/// requests edited field by field.
public enum RequestWriter {
    /// The request as pretty JSON; empty groups are left out.
    public static func json(_ request: MethodRequest) -> String {
        var fields: [(String, String)] = []
        if !request.body.isEmpty { fields.append(("body", quote(request.body))) }
        for (name, group) in [("path", request.path), ("querystring", request.querystring),
                              ("headers", request.headers), ("stageVariables", request.stageVariables)] where !group.isEmpty {
            fields.append((name, object(group.map { ($0.key, quote($0.value)) }, indent: "  ")))
        }
        if !request.context.isEmpty {
            fields.append(("context", object(request.context.map { ($0.key, value($0.value, indent: "    ")) }, indent: "  ")))
        }
        if request.contextMode == .replace { fields.append(("contextMode", quote("replace"))) }
        return object(fields, indent: "") + "\n"
    }

    private static func object(_ fields: [(String, String)], indent: String) -> String {
        if fields.isEmpty { return "{}" }
        return "{\n" + fields.map { indent + "  " + quote($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    /// A context value as JSON; `indent` is the indentation of the line it starts on.
    private static func value(_ value: Value, indent: String) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int, .long, .bigInteger, .double, .bigDecimal: return Java.toString(value)
        case .string(let s): return quote(s)
        case .list(let list): return "[" + list.items.map { self.value($0, indent: indent) }.joined(separator: ", ") + "]"
        case .map(let map):
            let fields = map.entries.map { (Java.toString($0.key.value), self.value($0.value, indent: indent + "  ")) }
            return object(fields, indent: indent)
        case .host(let object): return quote(object.render())
        }
    }

    /// A JSON string literal.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 { out += "\\u" + String(c.value, radix: 16).leftPadded(to: 4) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
