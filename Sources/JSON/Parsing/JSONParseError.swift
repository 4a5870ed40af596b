/// A place in JSON source text.
public struct JSONLocation: Sendable, Hashable, CustomStringConvertible {
    /// Offset in UTF-8 bytes from the start of the text.
    public let offset: Int
    /// Offset in UTF-16 code units (what Java's messages call "position").
    public let utf16Offset: Int
    /// 1-based line (lines end at `\n`).
    public let line: Int
    /// 1-based column, counted in characters (grapheme clusters) from the line start.
    public let column: Int

    public init(offset: Int, utf16Offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.utf16Offset = utf16Offset
        self.line = line
        self.column = column
    }

    /// The location of byte `offset` (clamped to the text) in `bytes`.
    public init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let offset = max(0, min(offset, bytes.count))
        var line = 1
        var lineStart = 0
        var utf16 = 0
        for index in 0..<offset {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
            if byte & 0xC0 != 0x80 { utf16 += byte >= 0xF0 ? 2 : 1 }
        }
        let lineText = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self)
        self.init(offset: offset, utf16Offset: utf16, line: line, column: lineText.count + 1)
    }

    public var description: String { "line \(line), column \(column)" }
}

/// A JSON text that could not be parsed: a reason and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in plain words (`unexpected character '}'`).
    public let reason: String
    public let location: JSONLocation
    /// The message json-smart's `ParseException` (or Java's `NumberFormatException`)
    /// gives for the same input, e.g. `Unexpected character (}) at position 3.`
    public let javaMessage: String

    public init(reason: String, location: JSONLocation, javaMessage: String) {
        self.reason = reason
        self.location = location
        self.javaMessage = javaMessage
    }

    public var description: String { "\(location.line):\(location.column): \(reason)" }
}
