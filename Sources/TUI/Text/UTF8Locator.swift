/// Converts UTF-8 byte offsets into a text (as the renderer reports them) into
/// buffer positions. Built once per render report, off the input path.
public struct UTF8Locator: Sendable {
    let buffer: TextBuffer
    /// UTF-8 offset at which each line starts (lines are joined with one `\n`).
    let lineStarts: [Int]
    /// For lines longer than `indexedLineLength` clusters: the UTF-8 offset, from the
    /// line's start, at which each cluster ends (so a long line is searched, not walked).
    let clusterEnds: [Int: [Int]]
    static let indexedLineLength = 256

    public init(_ buffer: TextBuffer) {
        self.buffer = buffer
        var starts: [Int] = []
        starts.reserveCapacity(buffer.lineCount)
        var ends: [Int: [Int]] = [:]
        var offset = 0
        for (index, line) in buffer.lines.enumerated() {
            starts.append(offset)
            if line.count > Self.indexedLineLength {
                var lineEnds: [Int] = []
                lineEnds.reserveCapacity(line.count)
                var length = 0
                for character in line {
                    length += character.utf8.count
                    lineEnds.append(length)
                }
                ends[index] = lineEnds
                offset += length
            } else {
                for character in line { offset += character.utf8.count }
            }
            offset += 1
        }
        lineStarts = starts
        clusterEnds = ends
    }

    /// The position of the cluster containing `offset`, clamped to the text.
    public func position(ofUTF8 offset: Int) -> TextPosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var remaining = offset - lineStarts[low]
        if let ends = clusterEnds[low] {
            // The first cluster that ends after `remaining` contains it.
            var first = 0, last = ends.count
            while first < last {
                let middle = (first + last) / 2
                if ends[middle] <= remaining { first = middle + 1 } else { last = middle }
            }
            return TextPosition(line: low, column: first)
        }
        var column = 0
        for character in buffer.lines[low] {
            let size = character.utf8.count
            if remaining < size { break }
            remaining -= size
            column += 1
        }
        return TextPosition(line: low, column: column)
    }

    public func range(ofUTF8 range: Range<Int>) -> TextRange {
        TextRange(position(ofUTF8: range.lowerBound), position(ofUTF8: range.upperBound))
    }
}
