import Yams

/// Reads JSON or YAML into Yams nodes, turning parse errors into positioned file errors.
enum MappingYAML {
    static func parse(_ text: String) throws(MappingFileError) -> Node {
        if let (line, column) = YAMLDocument.excessiveNesting(text) {
            throw MappingFileError(line: line, column: column, reason: "YAML nested deeper than \(YAMLDocument.maximumDepth) levels")
        }
        if let (line, column) = YAMLAliases.excessiveAliases(text) {
            throw MappingFileError(line: line, column: column, reason: "YAML with " + YAMLAliases.aliasCountReason)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw fileError(error)
        } catch {
            throw MappingFileError(line: 1, column: 1, reason: "\(error)")
        }
        guard let node else { throw MappingFileError(line: 1, column: 1, reason: "the file is empty") }
        if let (line, column, reason) = YAMLAliases.overflow(in: node) {
            YAMLAliases.keepAlive(node)
            throw MappingFileError(line: line, column: column, reason: "YAML " + reason)
        }
        return node
    }

    private static func fileError(_ error: YamlError) -> MappingFileError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return MappingFileError(line: mark.line, column: mark.column, reason: "not valid JSON or YAML: \(prefix)\(problem)")
        default:
            return MappingFileError(line: 1, column: 1, reason: "not valid JSON or YAML: \(error)")
        }
    }

    /// A positioned error at `node`.
    static func error(at node: Node, _ reason: String) -> MappingFileError {
        MappingFileError(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: reason)
    }

    /// Where `node` starts.
    static func position(_ node: Node) -> FilePosition {
        FilePosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// The key/value pairs of a mapping node, or nil.
    static func pairs(_ node: Node) -> [(key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { (key: $0.key, value: $0.value) }
    }

    /// The value for `key` in a mapping node.
    static func member(_ node: Node, _ key: String) -> Node? {
        pairs(node)?.first { $0.key.scalar?.string == key }?.value
    }

    /// A scalar's text, whatever its type.
    static func text(_ node: Node) -> String? {
        node.scalar?.string
    }

    /// An unquoted `true` or `false`.
    static func bool(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        switch scalar.string {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }
}
