/// A problem found while parsing or rendering a template, with its location.
public struct Diagnostic: Error, Sendable, Equatable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Equatable {
        case error, warning, note
    }

    public var severity: Severity
    /// A clear English sentence, without the location.
    public var reason: String
    /// Where in the template; an empty range points at a single position.
    public var range: SourceRange
    /// The template's name (a file path or a label).
    public var templateName: String

    public init(severity: Severity = .error, reason: String, range: SourceRange, templateName: String) {
        self.severity = severity
        self.reason = reason
        self.range = range
        self.templateName = templateName
    }

    /// `name:LINE:COL: error: REASON`, then the source line and a caret under the column.
    public func formatted(source: String) -> String {
        let start = range.start
        var text = "\(templateName):\(start.line):\(start.column): \(severity.rawValue): \(reason)"
        if let line = Diagnostic.line(start.line, of: source) {
            let caretIndent = line.unicodeScalars.prefix(max(0, start.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n" + line + "\n" + caretIndent + "^"
        }
        return text
    }

    /// The text of 1-based line `number` without its terminator, or nil past the end.
    static func line(_ number: Int, of source: String) -> String? {
        var current = 1
        var lineStart = source.unicodeScalars.startIndex
        var index = lineStart
        let scalars = source.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                if current == number { return String(scalars[lineStart..<index]) }
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                current += 1
                lineStart = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        return current == number ? String(scalars[lineStart..<scalars.endIndex]) : nil
    }
}
