import Playground

/// One terminal cell: a grapheme cluster, the cells it spans and its style.
/// A wide character's second cell is a continuation (`width == 0`).
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: CellStyle

    public init(_ character: Character, width: UInt8 = 1, style: CellStyle = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ")
    public var isContinuation: Bool { width == 0 }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The whole screen as a grid of cells plus where the terminal cursor goes.
public struct Screen: Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Row and column of the visible cursor, nil to hide it.
    public var cursor: (row: Int, column: Int)?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.width + column]
    }

    /// Draws one cluster; a wide cluster that does not fit before `limit` becomes a space.
    /// Returns the cells used.
    @discardableResult
    public mutating func put(_ character: Character, width: Int, row: Int, column: Int, style: CellStyle,
                             limit: Int? = nil) -> Int {
        let limit = min(limit ?? size.width, size.width)
        guard row >= 0, row < size.height, column >= 0, column < limit else { return 0 }
        let base = row * size.width
        clearContinuation(row: row, column: column)
        if width >= 2 {
            guard column + 1 < limit else {
                cells[base + column] = Cell(" ", style: style)
                return 1
            }
            clearContinuation(row: row, column: column + 1)
            cells[base + column] = Cell(character, width: 2, style: style)
            cells[base + column + 1] = Cell(" ", width: 0, style: style)
            return 2
        }
        cells[base + column] = Cell(character, width: 1, style: style)
        return 1
    }

    /// Keeps wide characters whole when a cell of theirs is overwritten.
    private mutating func clearContinuation(row: Int, column: Int) {
        let base = row * size.width
        let cell = cells[base + column]
        if cell.isContinuation, column > 0 {
            cells[base + column - 1] = Cell(" ", style: cells[base + column - 1].style)
        } else if cell.width == 2, column + 1 < size.width {
            cells[base + column + 1] = Cell(" ", style: cell.style)
        }
    }

    /// Writes a string from `column`, clipped at `limit` columns; returns the cells used.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, row: Int, column: Int, style: CellStyle = .plain,
                               limit: Int? = nil) -> Int {
        var x = column
        let end = min(limit ?? size.width, size.width)
        for character in text {
            if x >= end { break }
            let width = character == "\t" ? 1 : DisplayWidth.of(character)
            if width == 0 { continue }
            if width == 2, let ascii = character.asciiValue, let notation = TerminalText.caret(ascii) {
                for shown in notation { x += put(shown, width: 1, row: row, column: x, style: style, limit: end) }
                continue
            }
            x += put(character == "\t" ? " " : character, width: width, row: row, column: x, style: style, limit: end)
        }
        return x - column
    }

    /// Fills `count` cells of a row with spaces in `style`.
    public mutating func fill(row: Int, column: Int, count: Int, style: CellStyle) {
        let from = max(column, 0), to = min(column + count, size.width)
        guard row >= 0, row < size.height, from < to else { return }
        clearContinuation(row: row, column: from)
        clearContinuation(row: row, column: to - 1)
        let blank = Cell(" ", width: 1, style: style)
        let base = row * size.width
        for x in from..<to { cells[base + x] = blank }
    }

    /// Each row as text (continuation cells omitted, trailing spaces trimmed): for tests.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                let cell = self[row, column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// All rows joined with newlines.
    public var text: String { lines.joined(separator: "\n") }
}
