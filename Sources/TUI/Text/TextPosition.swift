/// A place in a text buffer: a 0-based line and a 0-based column counted in
/// grapheme clusters (Swift `Character`s) of that line.
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let zero = TextPosition(line: 0, column: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }

    public var description: String { "\(line):\(column)" }
}

/// A span between two positions; `start` may be after `end` (a backwards selection).
public struct TextRange: Hashable, Sendable {
    public var start: TextPosition
    public var end: TextPosition

    public init(_ start: TextPosition, _ end: TextPosition) {
        self.start = start
        self.end = end
    }

    public var lower: TextPosition { min(start, end) }
    public var upper: TextPosition { max(start, end) }
    public var isEmpty: Bool { start == end }
    public var ordered: TextRange { TextRange(lower, upper) }

    /// The columns of `line` the range covers; `Int.max` as the end means "past the line's end".
    public func columns(onLine line: Int) -> Range<Int>? {
        let low = lower, high = upper
        guard line >= low.line, line <= high.line else { return nil }
        let from = line == low.line ? low.column : 0
        let to = line == high.line ? high.column : Int.max
        return from < to ? from..<to : nil
    }

    public func contains(_ position: TextPosition) -> Bool {
        position >= lower && position < upper
    }
}
