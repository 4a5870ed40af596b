/// A position in a template's source text.
///
/// Units: `offset` counts UTF-8 bytes from the start of the source; `line` is
/// 1-based; `column` is 1-based and counts Unicode scalars from the start of the line
/// (a tab counts as one).
public struct SourcePosition: Sendable, Hashable, Comparable {
    /// Byte offset into the UTF-8 source.
    public var offset: Int
    /// 1-based line number (lines end at `\n`, `\r\n` or a lone `\r`).
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
}

/// A half-open range `[start, end)` of a template's source text.
public struct SourceRange: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty range at `position`.
    public init(at position: SourcePosition) {
        self.start = position
        self.end = position
    }

    /// The UTF-8 byte offsets covered.
    public var offsets: Range<Int> { start.offset..<max(start.offset, end.offset) }
}
