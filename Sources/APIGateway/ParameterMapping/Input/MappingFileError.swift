/// A mapping, declaration or request file that cannot be read: a reason and a
/// 1-based line and column, printed `FILE:LINE:COL: error: REASON`.
public struct MappingFileError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line:col: error: reason`, then the source line and a caret under the column.
    public func formatted(file: String, source: String) -> String {
        var text = "\(file):\(line):\(column): error: \(reason)"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if line >= 1, line <= lines.count {
            let sourceLine = lines[line - 1]
            text += "\n" + sourceLine + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return text
    }
}
