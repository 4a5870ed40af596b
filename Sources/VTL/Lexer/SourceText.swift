#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A template's UTF-8 bytes with a line table, converting byte offsets to
/// `SourcePosition`s (1-based line, 1-based column in Unicode scalars) on demand.
struct SourceText: Sendable {
    let bytes: [UInt8]
    /// Byte offset where each line starts (line 1 at index 0), ascending.
    private let lineStarts: [Int]
    /// Whether the whole source is ASCII (columns are then byte distances).
    private let isASCII: Bool

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var ascii = true
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            ascii = SourceText.isASCII(bytes)
            guard memchr(base, Int32(UInt8.carriageReturn), n) != nil else {
                // Only `\n` ends lines: let `memchr` find them.
                var from = 0
                while from < n, let found = memchr(base + from, Int32(UInt8.newline), n - from) {
                    from = UnsafeRawPointer(base).distance(to: found) + 1
                    starts.append(from)
                }
                return
            }
            var i = 0
            while i < n {
                let b = bytes[i]
                i += 1
                if b == .newline || b == .carriageReturn {
                    if b == .carriageReturn, i < n, bytes[i] == .newline { i += 1 }
                    starts.append(i)
                }
            }
        }
        lineStarts = starts
        isASCII = ascii
    }

    /// Whether no byte has its high bit set (eight bytes at a time).
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var bits: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            bits |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            bits |= UInt64(bytes[i])
            i += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// The position of byte `offset` (clamped to the source).
    func position(_ offset: Int) -> SourcePosition {
        let offset = min(max(0, offset), bytes.count)
        // The last line starting at or before `offset`.
        var low = 1, high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let line = low - 1
        let lineStart = lineStarts[line]
        if isASCII { return SourcePosition(offset: offset, line: line + 1, column: offset - lineStart + 1) }
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
