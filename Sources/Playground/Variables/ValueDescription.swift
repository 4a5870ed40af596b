import VTL

/// How the playground names and shows values: the type a learner sees
/// (`String`, `Map`, `JSON array`, ...) and a readable multi-line view.
public enum ValueDescription {
    /// The short type name: `null`, `Boolean`, `Integer`, `Long`, `BigInteger`, `Double`,
    /// `BigDecimal`, `String`, `List`, `JSON array` (json-smart's `JSONArray`), `Map`,
    /// or a host object's own type name.
    public static func typeName(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .long: return "Long"
        case .bigInteger: return "BigInteger"
        case .double: return "Double"
        case .bigDecimal: return "BigDecimal"
        case .string: return "String"
        case .list(let list):
            if case .custom(let formatter) = list.style {
                return formatter.className.hasSuffix("JSONArray") ? "JSON array" : formatter.className
            }
            return "List"
        case .map: return "Map"
        case .host(let object): return object.typeName
        }
    }

    /// The type with its size for collections: `Map, 2 entries`, `List, 1 item`.
    public static func summary(_ value: Value) -> String {
        switch value {
        case .list(let list): return typeName(value) + ", " + plural(list.items.count, "item")
        case .map(let map):
            let base = typeName(value) + ", " + plural(map.entries.count, "entry", "entries")
            return map.rendersEmpty ? base + ", renders as \"\"" : base
        case .null: return "null renders as \"\""
        default: return typeName(value)
        }
    }

    /// A readable view, one entry per line, nested collections indented; strings quoted.
    /// Collections deeper than `depth` or larger than `limit` entries are cut with `…`.
    public static func tree(_ value: Value, indent: String = "", depth: Int = 8, limit: Int = 200) -> String {
        var lines: [String] = []
        append(value, prefix: "", indent: indent, depth: depth, limit: limit, into: &lines, seen: [])
        return lines.joined(separator: "\n")
    }

    /// A one-line view of a scalar: strings quoted, numbers and booleans as Java prints them.
    public static func scalar(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .string(let s): return quote(s)
        case .host(let object): return "<" + object.typeName + ">"
        default: return Java.toString(value)
        }
    }

    /// Whether the value is a list or map (shown as a tree).
    public static func isCollection(_ value: Value) -> Bool {
        switch value {
        case .list, .map: return true
        default: return false
        }
    }

    /// A JSON string literal (the same quoting the request writer uses).
    static func quote(_ s: String) -> String {
        RequestWriter.quote(s)
    }

    private static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n == 1 ? one : (many ?? one + "s"))
    }

    private static func append(_ value: Value, prefix: String, indent: String, depth: Int, limit: Int, into lines: inout [String], seen: [ObjectIdentifier]) {
        switch value {
        case .list(let list):
            let id = ObjectIdentifier(list)
            if seen.contains(id) { lines.append(indent + prefix + "[(this list)]"); return }
            if list.items.isEmpty { lines.append(indent + prefix + "[]"); return }
            if depth == 0 { lines.append(indent + prefix + "[…]"); return }
            lines.append(indent + prefix + "[")
            for item in list.items.prefix(limit) {
                append(item, prefix: "", indent: indent + "  ", depth: depth - 1, limit: limit, into: &lines, seen: seen + [id])
            }
            if list.items.count > limit { lines.append(indent + "  … \(list.items.count - limit) more") }
            lines.append(indent + "]")
        case .map(let map):
            let id = ObjectIdentifier(map)
            if seen.contains(id) { lines.append(indent + prefix + "{(this map)}"); return }
            if map.entries.isEmpty { lines.append(indent + prefix + "{}"); return }
            if depth == 0 { lines.append(indent + prefix + "{…}"); return }
            lines.append(indent + prefix + "{")
            let keys = map.iterationKeys
            for key in keys.prefix(limit) {
                let name = keyText(key.value) + ": "
                append(map.entries[key] ?? .null, prefix: name, indent: indent + "  ", depth: depth - 1, limit: limit, into: &lines, seen: seen + [id])
            }
            if keys.count > limit { lines.append(indent + "  … \(keys.count - limit) more") }
            lines.append(indent + "}")
        default:
            lines.append(indent + prefix + scalar(value))
        }
    }

    private static func keyText(_ key: Value) -> String {
        if case .string(let s) = key, !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) { return s }
        return scalar(key)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
