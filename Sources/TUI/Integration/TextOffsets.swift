/// From 1-based line/column positions to UTF-8 byte offsets.
enum TextOffsets {
    /// The UTF-8 offset of a 1-based `line` and `column` (columns count Unicode
    /// scalars; a position past a line's end is clamped to it).
    static func byteOffset(line: Int, column: Int, in text: String) -> Int {
        var offset = 0, currentLine = 1, currentColumn = 1
        for scalar in text.unicodeScalars {
            if currentLine == line && (currentColumn >= column || scalar == "\n") { return offset }
            if currentLine > line { return offset }
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                currentLine += 1
                currentColumn = 1
            } else {
                currentColumn += 1
            }
        }
        return offset
    }
}
