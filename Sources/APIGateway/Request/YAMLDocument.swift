import VTL
import Yams

/// Reads a YAML document into a `DocumentNode`, keeping mapping order.
enum YAMLDocument {
    /// Nesting the YAML reader accepts (Yams composes recursively; deeper input could
    /// exhaust the stack). Checked conservatively before parsing.
    static let maximumDepth = 512

    static func parse(_ text: String, file: String) throws(DocumentError) -> DocumentNode {
        if let (line, column) = excessiveNesting(text) {
            throw DocumentError(file: file, line: line, column: column, reason: "invalid YAML: nested deeper than \(maximumDepth) levels")
        }
        if let (line, column) = YAMLAliases.excessiveAliases(text) {
            throw DocumentError(file: file, line: line, column: column, reason: "invalid YAML: " + YAMLAliases.aliasCountReason)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw describe(error, file: file)
        } catch {
            throw DocumentError(file: file, line: 1, column: 1, reason: "invalid YAML: \(error)")
        }
        guard let root else { return DocumentNode(.null, line: 1, column: 1) }
        if let (line, column, reason) = YAMLAliases.overflow(in: root) {
            YAMLAliases.keepAlive(root)
            throw DocumentError(file: file, line: line, column: column, reason: "invalid YAML: " + reason)
        }
        return try convert(root, file: file)
    }

    /// Where an upper bound of the nesting depth (indentation, `- ` entries opening a
    /// line, open `[` `{` outside quotes) first exceeds `maximumDepth`, if anywhere.
    static func excessiveNesting(_ text: String) -> (line: Int, column: Int)? {
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var lineNumber = 1
        var column = 0
        var lineDepth = 0
        var atLineStart = true
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                lineNumber += 1
                column = 0
                lineDepth = 0
                atLineStart = true
                previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "-" { lineDepth += 1 } else { atLineStart = false }
            }
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || (scalar == "'" && (previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":")) {
                quote = scalar
            } else if scalar == "[" || scalar == "{" {
                flowDepth += 1
            } else if scalar == "]" || scalar == "}" {
                flowDepth = max(0, flowDepth - 1)
            }
            if flowDepth + lineDepth > maximumDepth { return (lineNumber, column) }
            previous = scalar
        }
        return nil
    }

    private static func convert(_ node: Node, file: String) throws(DocumentError) -> DocumentNode {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            return DocumentNode(scalarKind(scalar, tag: Tag.Name(rawValue: node.tag.description)), line: line, column: column)
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            for item in sequence { items.append(try convert(item, file: file)) }
            return DocumentNode(.array(items), line: line, column: column)
        case .mapping(let mapping):
            var pairs: [(key: String, value: DocumentNode)] = []
            var keys: Set<String> = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw DocumentError(file: file, line: key.mark?.line ?? line, column: key.mark?.column ?? column, reason: "a key must be a plain string")
                }
                if !keys.insert(keyScalar.string).inserted {
                    throw DocumentError(file: file, line: key.mark?.line ?? line, column: key.mark?.column ?? column, reason: "duplicate key '\(keyScalar.string)'")
                }
                var member = try convert(value, file: file)
                member.keyPosition = (key.mark?.line ?? line, key.mark?.column ?? column)
                pairs.append((keyScalar.string, member))
            }
            return DocumentNode(.object(pairs), line: line, column: column)
        }
    }

    private static func scalarKind(_ scalar: Node.Scalar, tag: Tag.Name) -> DocumentNode.Kind {
        let text = scalar.string
        switch tag {
        case .null: return .null
        case .bool: return .bool(["true", "yes", "on", "y"].contains(text.lowercased()))
        case .int:
            if let i = Int32(text) { return .number(.int(i)) }
            if let l = Int64(text) { return .number(.long(l)) }
            if let b = BigInteger(text) { return .number(.bigInteger(b)) }
            return .string(text)
        case .float:
            if let d = Double(text) { return .number(.double(d)) }
            return .string(text)
        default: return .string(text)
        }
    }

    private static func describe(_ error: YamlError, file: String) -> DocumentError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return DocumentError(file: file, line: mark.line, column: mark.column, reason: "invalid YAML: \(prefix)\(problem)")
        default:
            return DocumentError(file: file, line: 1, column: 1, reason: "invalid YAML: \(error)")
        }
    }
}
