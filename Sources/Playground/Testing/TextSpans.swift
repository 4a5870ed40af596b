/// Finds where a value written in a JSON or YAML file ends, from where it starts, so
/// that `--update` can replace exactly its bytes. Offsets are UTF-8 offsets.
struct TextSpans {
    let bytes: [UInt8]
    /// Offsets where each line starts.
    let lineStarts: [Int]
    let yaml: Bool

    init(_ text: String, yaml: Bool) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
        self.yaml = yaml
    }

    /// The offset of a 1-based line and column (columns count Unicode scalars).
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        var offset = lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The end (exclusive) of the value starting at `start`, whose key sits at `keyIndent`
    /// spaces (nil for a value that is not a member, such as a list item).
    func end(of start: Int, keyIndent: Int?) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case UInt8(ascii: "\""): return quoted(from: start, quote: UInt8(ascii: "\""))
        case UInt8(ascii: "'") where yaml: return quoted(from: start, quote: UInt8(ascii: "'"))
        case UInt8(ascii: "{"), UInt8(ascii: "["): return bracketed(from: start)
        case UInt8(ascii: "|"), UInt8(ascii: ">") where yaml:
            return blockEnd(after: line(of: start), minimumIndent: (keyIndent ?? 0) + 1, fallback: lineEnd(start))
        default:
            if yaml, let keyIndent, line(of: start) > line(ofKeyBefore: start) {
                // A block collection on the lines after its key.
                return blockEnd(after: line(of: start), minimumIndent: keyIndent + 1, fallback: lineEnd(start))
            }
            return plain(from: start)
        }
    }

    /// The end of a block mapping that starts at `start` (a list item's mapping): its
    /// lines are indented at least as far as its first key.
    func blockMappingEnd(_ start: Int) -> Int {
        let indent = start - lineStarts[line(of: start) - 1]
        return blockEnd(after: line(of: start), minimumIndent: indent, fallback: lineEnd(start))
    }

    /// The 1-based line of an offset.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// Spaces before the first character of the line holding `offset`.
    func indent(ofLineAt offset: Int) -> Int {
        var index = lineStarts[line(of: offset) - 1]
        var count = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1; count += 1 }
        return count
    }

    /// The line of the nearest `:` before `start` (the key's line).
    private func line(ofKeyBefore start: Int) -> Int {
        var index = start - 1
        while index > 0, bytes[index] != UInt8(ascii: ":") { index -= 1 }
        return line(of: max(index, 0))
    }

    private func lineEnd(_ offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        if index > offset, bytes[index - 1] == UInt8(ascii: "\r") { index -= 1 }
        return index
    }

    /// The end of the last non-blank, non-comment line among those after `line` that are
    /// indented at least `minimumIndent` (blank and comment lines do not stop the block).
    private func blockEnd(after line: Int, minimumIndent: Int, fallback: Int) -> Int {
        var end = fallback
        var next = line + 1
        while next <= lineStarts.count {
            let start = lineStarts[next - 1]
            var index = start
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            let blank = index >= bytes.count || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") || bytes[index] == UInt8(ascii: "#")
            if !blank {
                guard index - start >= minimumIndent else { break }
                end = lineEnd(index)
            }
            next += 1
        }
        return end
    }

    private func quoted(from start: Int, quote: UInt8) -> Int {
        var index = start + 1
        while index < bytes.count {
            if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == quote {
                if quote == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == quote { index += 2; continue }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private func bracketed(from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): index = quoted(from: index, quote: UInt8(ascii: "\"")); continue
            case UInt8(ascii: "'") where yaml: index = quoted(from: index, quote: UInt8(ascii: "'")); continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return bytes.count
    }

    /// A plain scalar: to the end of the line, a ` #` comment, or (in flow or JSON) `,` `}` `]`.
    private func plain(from start: Int) -> Int {
        var index = start
        let inFlow = !yaml || bytes[lineStarts[line(of: start) - 1]..<start].contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if yaml, byte == UInt8(ascii: "#"), index > start, bytes[index - 1] == UInt8(ascii: " ") { break }
            if inFlow, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
            if !yaml, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { break }
            index += 1
        }
        while index > start, bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "\t") { index -= 1 }
        return index
    }
}
