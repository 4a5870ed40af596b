/// Editable text as lines of grapheme clusters. Line breaks (`\n`, `\r\n`, `\r`)
/// separate lines and are not stored; `lineEnding` remembers which to write back.
public struct TextBuffer: Sendable, Equatable {
    public private(set) var lines: [[Character]]
    public var lineEnding: LineEnding

    /// The line separator the document is saved with.
    public enum LineEnding: String, Sendable { case lf = "\n", crlf = "\r\n" }

    public init(_ text: String = "") {
        lines = TextBuffer.split(text)
        lineEnding = text.contains("\r\n") ? .crlf : .lf
    }

    public var lineCount: Int { lines.count }

    /// The whole text joined with `\n`.
    public var text: String { joined(separator: "\n") }

    /// The text as it is written to disk, with the original line endings.
    public var fileText: String { joined(separator: lineEnding.rawValue) }

    func joined(separator: String) -> String {
        var result = ""
        result.reserveCapacity(lines.count * 24)
        for (index, line) in lines.enumerated() {
            if index > 0 { result += separator }
            result.append(contentsOf: line)
        }
        return result
    }

    public func line(_ index: Int) -> [Character] {
        lines.indices.contains(index) ? lines[index] : []
    }

    public var end: TextPosition {
        TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    /// The nearest valid position.
    public func clamp(_ position: TextPosition) -> TextPosition {
        let line = min(max(position.line, 0), lines.count - 1)
        return TextPosition(line: line, column: min(max(position.column, 0), lines[line].count))
    }

    public func character(at position: TextPosition) -> Character? {
        guard lines.indices.contains(position.line) else { return nil }
        let line = lines[position.line]
        return line.indices.contains(position.column) ? line[position.column] : nil
    }

    public func text(in range: TextRange) -> String {
        let low = clamp(range.lower), high = clamp(range.upper)
        if low.line == high.line {
            return String(lines[low.line][low.column..<high.column])
        }
        var result = String(lines[low.line][low.column...])
        for index in (low.line + 1)..<high.line {
            result += "\n"
            result.append(contentsOf: lines[index])
        }
        result += "\n"
        result.append(contentsOf: lines[high.line][..<high.column])
        return result
    }

    /// Replaces `range` with `text` and returns where the inserted text ends.
    /// Clusters re-form across the seams (a combining mark joins its base).
    @discardableResult
    public mutating func replace(_ range: TextRange, with text: String) -> TextPosition {
        let low = clamp(range.lower), high = clamp(range.upper)
        if low.line == high.line, !text.contains(where: \.isNewline) {
            return replaceWithinLine(low.line, low.column..<high.column, with: text)
        }
        let prefix = String(lines[low.line][..<low.column])
        let suffix = String(lines[high.line][high.column...])
        var newLines = TextBuffer.split(prefix + text + suffix)
        if newLines.isEmpty { newLines = [[]] }
        let insertedHead = TextBuffer.split(prefix + text)
        let endLine = low.line + insertedHead.count - 1
        let endColumn = min(insertedHead.last?.count ?? 0, newLines[insertedHead.count - 1].count)
        lines.replaceSubrange(low.line...high.line, with: newLines)
        return TextPosition(line: endLine, column: endColumn)
    }

    /// A change inside one line touches only the changed columns and one cluster
    /// on each side (where clusters may re-form), so long lines stay cheap to edit.
    private mutating func replaceWithinLine(_ index: Int, _ columns: Range<Int>, with text: String) -> TextPosition {
        let from = max(0, columns.lowerBound - 1), to = min(lines[index].count, columns.upperBound + 1)
        let head = String(lines[index][from..<columns.lowerBound]) + text
        let merged = Array(head + String(lines[index][columns.upperBound..<to]))
        let headCount = Array(head).count
        lines[index].replaceSubrange(from..<to, with: merged)
        return TextPosition(line: index, column: from + min(headCount, merged.count))
    }

    /// The position one cluster before, crossing line starts; nil at the start.
    public func position(before position: TextPosition) -> TextPosition? {
        if position.column > 0 { return TextPosition(line: position.line, column: position.column - 1) }
        if position.line > 0 { return TextPosition(line: position.line - 1, column: lines[position.line - 1].count) }
        return nil
    }

    /// The position one cluster after, crossing line ends; nil at the end.
    public func position(after position: TextPosition) -> TextPosition? {
        if position.column < lines[position.line].count {
            return TextPosition(line: position.line, column: position.column + 1)
        }
        if position.line + 1 < lines.count { return TextPosition(line: position.line + 1, column: 0) }
        return nil
    }

    static func split(_ text: String) -> [[Character]] {
        var result: [[Character]] = []
        var current: [Character] = []
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(current)
                current = []
            } else {
                current.append(character)
            }
        }
        result.append(current)
        return result
    }
}
