/// An error message pointing at a column of the line it is about.
enum Caret {
    /// `error: REASON (line L, column C)`, then the line and a caret under the column.
    static func message(_ reason: String, line: String, lineNumber: Int? = nil, column: Int, style: Style, label: String = "error") -> String {
        let place = lineNumber.map { "line \($0), column \(column)" } ?? "column \(column)"
        let indent = line.unicodeScalars.prefix(max(0, column - 1)).map { (c: Unicode.Scalar) -> String in c == "\t" ? "\t" : " " }.joined()
        return style.error("\(label): \(reason) (\(place))") + "\n  " + line + "\n  " + indent + style.bold("^")
    }
}

extension String {
    /// Line `number` (1-based) of the text, or "" past the end.
    func line(_ number: Int) -> String {
        let lines = split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? String(lines[number - 1]) : ""
    }
}
