/// A template's UTF-8 bytes with a line table, converting byte offsets to
/// `SourcePosition`s (1-based line, 1-based column in Unicode scalars).
struct SourceText: Sendable {
    let bytes: [UInt8]
    /// Byte offset where each line starts (line 1 at index 0), ascending.
    private let lineStarts: [Int]
    /// Whether each line is pure ASCII (its columns are then byte distances).
    private let lineIsASCII: [Bool]
    /// The 0-based line of each byte offset (and of the end offset): O(1) positions.
    private let lineOfOffset: [UInt32]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var ascii = [true]
        bytes.withUnsafeBufferPointer { bytes in
            var lineASCII = true
            var i = 0
            let n = bytes.count
            let raw = UnsafeRawBufferPointer(bytes)
            while i < n {
                // Eight bytes at a time while none is a line break or non-ASCII.
                while i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 || SourceText.hasLineBreak(word) { break }
                    i += 8
                }
                guard i < n else { break }
                let b = bytes[i]
                i += 1
                if b >= 0x80 {
                    lineASCII = false
                } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                    if b == UInt8(ascii: "\r"), i < n, bytes[i] == UInt8(ascii: "\n") { i += 1 }
                    ascii[ascii.count - 1] = lineASCII
                    starts.append(i)
                    ascii.append(true)
                    lineASCII = true
                }
            }
            ascii[ascii.count - 1] = lineASCII
        }
        lineStarts = starts
        lineIsASCII = ascii
        let offsets = bytes.count + 1
        lineOfOffset = Array(unsafeUninitializedCapacity: offsets) { table, initialized in
            for line in starts.indices {
                let lineEnd = line + 1 < starts.count ? starts[line + 1] : offsets
                UnsafeMutableBufferPointer(rebasing: table[starts[line]..<lineEnd]).initialize(repeating: UInt32(line))
            }
            initialized = offsets
        }
    }

    /// Whether any of the eight ASCII bytes in `word` is `\n` or `\r` (a zero byte after XOR).
    private static func hasLineBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let newline = word ^ (ones &* 0x0A), carriageReturn = word ^ (ones &* 0x0D)
        return ((newline &- ones) & ~newline & highs) | ((carriageReturn &- ones) & ~carriageReturn & highs) != 0
    }

    /// The position of byte `offset` (clamped to the source).
    func position(_ offset: Int) -> SourcePosition {
        let offset = min(max(0, offset), bytes.count)
        let line = Int(lineOfOffset[offset])
        let lineStart = lineStarts[line]
        if lineIsASCII[line] { return SourcePosition(offset: offset, line: line + 1, column: offset - lineStart + 1) }
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(offset: offset, line: line + 1, column: column)
    }

    /// The lines and columns of `span`.
    func range(_ span: SourceSpan) -> SourceRange {
        SourceRange(start: position(span.start), end: position(span.end))
    }

    /// Bytes `start..<end` (sharing the source's storage).
    func slice(_ start: Int, _ end: Int) -> ArraySlice<UInt8> {
        bytes[max(0, start)..<min(end, bytes.count)]
    }

    /// The text of bytes `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
    }
}
