/// A template's UTF-8 bytes with a line table, converting byte offsets to
/// `SourcePosition`s (1-based line, 1-based column in Unicode scalars).
struct SourceText: Sendable {
    let bytes: [UInt8]
    /// Byte offset where each line starts (line 1 at index 0).
    private let lineStarts: [Int]
    /// Whether each line is pure ASCII (its columns are then byte distances).
    private let lineIsASCII: [Bool]
    /// The 0-based line of each byte offset (and of the end offset): O(1) positions.
    private let lineOfOffset: [UInt32]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var ascii = [true]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                starts.append(i + 1)
                ascii.append(true)
            } else if b == UInt8(ascii: "\r") {
                if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                starts.append(i + 1)
                ascii.append(true)
            } else if b >= 0x80 {
                ascii[ascii.count - 1] = false
            }
            i += 1
        }
        lineStarts = starts
        lineIsASCII = ascii
        var lines = [UInt32](repeating: 0, count: n + 1)
        var line = 0
        for offset in 0...n {
            while line + 1 < starts.count, starts[line + 1] <= offset { line += 1 }
            lines[offset] = UInt32(line)
        }
        lineOfOffset = lines
    }

    /// The position of byte `offset` (clamped to the source).
    func position(_ offset: Int) -> SourcePosition {
        let offset = min(max(0, offset), bytes.count)
        let low = Int(lineOfOffset[offset])
        if lineIsASCII[low] { return SourcePosition(offset: offset, line: low + 1, column: offset - lineStarts[low] + 1) }
        var column = 1
        var i = lineStarts[low]
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(offset: offset, line: low + 1, column: column)
    }

    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(start), end: position(end))
    }

    /// The text of bytes `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
    }
}
