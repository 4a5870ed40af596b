/// Velocity 1.7's template grammar as a recursive-descent parser over UTF-8 bytes.
///
/// Lexical modes (text, reference, directive arguments, string literal, comment) are
/// the parser's call stack: each `parse...` function scans its own mode and returns
/// to the mode of its caller, as Velocity's lexer state stack does.
struct Parser {
    let text: SourceText
    let templateName: String
    var pos: Int
    let end: Int
    /// When set, every position reports this one (bodies of string literals whose
    /// text had to be rewritten before parsing).
    var fixedPosition: SourcePosition?
    /// The variable names met so far, numbered.
    var variables = VariableSlots.table()
    /// Property and method names met so far (each spelling becomes a string once).
    var memberNames = NameTable()
    /// Current nesting of blocks, brackets, operators and string bodies (a recursion guard).
    var nesting = 0
    /// Deeper nesting is a parse error, so that neither the parser nor the evaluator
    /// can exhaust the stack.
    static let maxNesting = 150

    /// Enters one level of nesting at `offset`.
    mutating func enter(at offset: Int) throws(Diagnostic) {
        nesting += 1
        if nesting > Parser.maxNesting {
            throw error("the template nests more than \(Parser.maxNesting) levels deep here", at: offset)
        }
    }

    init(source: String, templateName: String) {
        text = SourceText(source)
        self.templateName = templateName
        pos = 0
        end = text.bytes.count
    }

    init(text: SourceText, templateName: String, from start: Int, to end: Int, fixedPosition: SourcePosition?) {
        self.text = text
        self.templateName = templateName
        pos = start
        self.end = end
        self.fixedPosition = fixedPosition
        isStringBody = true
    }

    /// Parsing the body of an interpolated string literal (a trailing `$` or `#` is text there).
    var isStringBody = false

    mutating func parseTemplate() throws(Diagnostic) -> Block {
        let start = pos
        let (block, terminator) = try parseBlock()
        switch terminator {
        case .endOfInput: return Block(nodes: block, range: range(start, pos))
        case .end(let r): throw error("#end without a matching #if, #foreach, #define or #macro", at: r)
        case .otherwise(let r): throw error("#else without a matching #if", at: r)
        case .elseIf(_, let r): throw error("#elseif without a matching #if", at: r)
        }
    }

    // MARK: Positions and errors

    func position(_ offset: Int) -> SourcePosition { fixedPosition ?? text.position(offset) }
    func range(_ start: Int, _ end: Int) -> SourceSpan {
        if let fixed = fixedPosition { return SourceSpan(at: fixed.offset) }
        return SourceSpan(start: start, end: end)
    }
    /// "line:column" of `offset`, for messages that name a second place.
    func place(_ offset: Int) -> String {
        let position = position(offset)
        return "\(position.line):\(position.column)"
    }
    func error(_ reason: String, at span: SourceSpan) -> Diagnostic {
        let range = fixedPosition.map { SourceRange(at: $0) } ?? text.range(span)
        return Diagnostic(reason: reason, range: range, templateName: templateName)
    }
    func error(_ reason: String, at offset: Int) -> Diagnostic { error(reason, at: range(offset, offset)) }

    /// Describes the byte at `offset` for messages ("end of input", "'x'").
    func found(_ offset: Int) -> String {
        guard offset < end else { return "the end of the template" }
        let b = text.bytes[offset]
        if b == .newline || b == .carriageReturn { return "a line break" }
        var j = offset + 1
        while j < end, text.bytes[j] & 0xC0 == 0x80 { j += 1 }
        return "'" + text.text(offset, j) + "'"
    }

    // MARK: Byte helpers

    func byte(at offset: Int) -> UInt8? { offset < end ? text.bytes[offset] : nil }
    var current: UInt8? { byte(at: pos) }
    func starts(with literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= end else { return false }
        return literal.withUTF8Buffer { buffer in
            for k in 0..<count where text.bytes[offset + k] != buffer[k] { return false }
            return true
        }
    }
    mutating func skipSpace() {
        while pos < end, Characters.isSpace(text.bytes[pos]) { pos += 1 }
    }
    /// Velocity's `RPAREN`/`#else`/`#end` tokens swallow trailing spaces and tabs plus one line break.
    mutating func swallowLineEnd() {
        var j = pos
        while j < end, text.bytes[j] == .space || text.bytes[j] == .tab { j += 1 }
        guard j < end else { return }
        if text.bytes[j] == .newline {
            pos = j + 1
        } else if text.bytes[j] == .carriageReturn {
            pos = j + 1 < end && text.bytes[j + 1] == .newline ? j + 2 : j + 1
        }
    }
}
