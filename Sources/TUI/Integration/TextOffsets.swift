/// Converting between 1-based line/column positions and UTF-8 byte offsets.
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

    /// The text of the UTF-8 byte range, clamped to the text (empty when out of bounds).
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = min(max(range.lowerBound, 0), utf8.count), upper = min(max(range.upperBound, lower), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower), end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
