import VTL

/// A parsed request, invocation or batch document, whatever its syntax (JSON or
/// YAML): ordered objects, and the position of every value for error messages.
public struct DocumentNode {
    public indirect enum Kind {
        case null
        case bool(Bool)
        /// A number as json-smart reads it (`Integer`, `Long`, `BigInteger` or `Double`).
        case number(Value)
        case string(String)
        case array([DocumentNode])
        case object([(key: String, value: DocumentNode)])
    }

    public var kind: Kind
    /// 1-based line and column of the value in its file.
    public var line: Int
    public var column: Int
    /// For an object member: where its key is (messages about the member point there).
    public var keyPosition: (line: Int, column: Int)?

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The member's key position, else the value's.
    var memberPosition: (line: Int, column: Int) { keyPosition ?? (line, column) }

    /// What the value is, for messages ("an object", "a string", ...).
    var typeDescription: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value as a plain VTL value: objects become insertion-ordered maps,
    /// arrays plain lists.
    func plainValue() -> Value {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return n
        case .string(let s): return .string(s)
        case .array(let items): return .list(ListRef(items.map { $0.plainValue() }))
        case .object(let pairs):
            let map = MapRef()
            for pair in pairs { map.entries[MapKey(pair.key)] = pair.value.plainValue() }
            return .map(map)
        }
    }
}

/// A document that cannot be used, with the position of the problem.
public struct DocumentError: Error, Equatable, CustomStringConvertible {
    /// The file name or label given to the loader.
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String

    public init(file: String, line: Int, column: Int, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line:col: error: reason` (`file: error: reason` when the problem has no position, line 0).
    public var description: String { line == 0 ? "\(file): error: \(reason)" : "\(file):\(line):\(column): error: \(reason)" }

    /// The description, then the offending line of `source` and a caret under the column.
    public func formatted(source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return description }
        let text = lines[line - 1].hasSuffix("\r") ? String(lines[line - 1].dropLast()) : String(lines[line - 1])
        let indent = text.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return description + "\n" + text + "\n" + indent + "^"
    }
}
