import VTL

/// One entry of the variables view: a variable, a map entry, a list item or a
/// host object's member, with its reference path, type and rendered value.
public struct VariableNode: Sendable, Equatable {
    /// The label in the tree: `context`, `identity`, `[0]`, `body`.
    public var name: String
    /// How to write it in a template: `$context.identity.sourceIp`, `$items[0]`, `$m['a b']`.
    public var path: String
    /// The type as `ValueDescription.typeName` names it.
    public var typeName: String
    /// What the value renders as in a template (`""` for null).
    public var rendered: String
    public var children: [VariableNode]

    public init(name: String, path: String, typeName: String, rendered: String, children: [VariableNode] = []) {
        self.name = name
        self.path = path
        self.typeName = typeName
        self.rendered = rendered
        self.children = children
    }

    /// This node and all its descendants, depth first.
    public var flattened: [VariableNode] {
        [self] + children.flatMap(\.flattened)
    }
}

/// Builds the variables view from values.
public enum VariablesTree {
    /// The order API Gateway's own variables are listed in, before the user's.
    public static let gatewayNames = ["context", "input", "stageVariables", "util"]

    /// Nodes for `variables`: API Gateway's first (in `gatewayNames` order), then the rest by name.
    /// Collections are expanded to `depth` levels and `limit` entries each.
    public static func build(_ variables: [String: Value], depth: Int = 6, limit: Int = 100) -> [VariableNode] {
        let gateway = gatewayNames.filter { variables[$0] != nil }
        let others = variables.keys.filter { !gatewayNames.contains($0) }.sorted()
        return (gateway + others).map { name in
            node(name: name, path: "$" + name, value: variables[name]!, depth: depth, limit: limit, seen: [])
        }
    }

    /// The node for one value.
    public static func node(name: String, path: String, value: Value, depth: Int = 6, limit: Int = 100) -> VariableNode {
        node(name: name, path: path, value: value, depth: depth, limit: limit, seen: [])
    }

    /// What a value renders as: `""` for null and for maps that render empty (`$context`).
    public static func rendered(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .map(let map) where map.rendersEmpty: return ""
        default: return Java.toString(value)
        }
    }

    private static func node(name: String, path: String, value: Value, depth: Int, limit: Int, seen: [ObjectIdentifier]) -> VariableNode {
        var result = VariableNode(name: name, path: path, typeName: ValueDescription.typeName(value), rendered: "")
        guard depth > 0 else {
            result.rendered = clipped(rendered(value))
            return result
        }
        switch value {
        case .map(let map):
            let id = ObjectIdentifier(map)
            result.rendered = seen.contains(id) ? "(this map)" : clipped(rendered(value))
            guard !seen.contains(id) else { break }
            result.children = map.iterationKeys.prefix(limit).map { key in
                node(name: Java.toString(key.value), path: member(path, key.value), value: map.entries[key] ?? .null,
                     depth: depth - 1, limit: limit, seen: seen + [id])
            }
        case .list(let list):
            let id = ObjectIdentifier(list)
            result.rendered = seen.contains(id) ? "(this list)" : clipped(rendered(value))
            guard !seen.contains(id) else { break }
            result.children = list.items.prefix(limit).enumerated().map { index, item in
                node(name: "[\(index)]", path: path + "[\(index)]", value: item, depth: depth - 1, limit: limit, seen: seen + [id])
            }
        case .host(let object):
            result.rendered = clipped(object.render())
            result.children = hostMembers(object, path: path).map { member in
                node(name: member.name, path: member.path, value: member.value, depth: depth - 1, limit: limit, seen: seen)
            }
        default:
            result.rendered = clipped(rendered(value))
        }
        return result
    }

    /// The members worth showing of a host object: `$input`'s body, parameters and parsed body.
    private static func hostMembers(_ object: any HostObject, path: String) -> [(name: String, path: String, value: Value)] {
        guard object.typeName == "$input" else { return [] }
        let site = CallSite(templateName: "variables", line: 1, column: 1)
        var members: [(String, String, Value)] = []
        if let body = try? object.property("body", at: site) { members.append(("body", path + ".body", body)) }
        if let params = try? object.method("params", arguments: [], at: site) { members.append(("params()", path + ".params()", params)) }
        if let parsed = try? object.method("path", arguments: [.string("$")], at: site) { members.append(("path('$')", path + ".path('$')", parsed)) }
        return members
    }

    /// `$m.key` for identifier keys, `$m['key']` or `$m.get(key)` otherwise.
    private static func member(_ path: String, _ key: Value) -> String {
        if case .string(let s) = key {
            if let first = s.first, first.isLetter, s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                return path + "." + s
            }
            return path + "['" + s.replacingSingleQuotes() + "']"
        }
        return path + ".get(" + Java.toString(key) + ")"
    }

    private static func clipped(_ text: String) -> String {
        text.count > 2000 ? String(text.prefix(2000)) + "…" : text
    }
}

extension String {
    /// The text with `'` doubled, as inside a VTL single-quoted string literal.
    func replacingSingleQuotes() -> String {
        var out = ""
        for c in self { out += c == "'" ? "''" : String(c) }
        return out
    }
}
