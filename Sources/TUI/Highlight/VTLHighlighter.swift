/// A lexical highlighter for Velocity templates: directives, references,
/// strings, numbers and keywords inside arguments, comments, escapes and
/// unparsed blocks. It never fails: anything unrecognised is plain text.
enum VTLHighlighter {
    static let keywords: Set<String> = [
        "true", "false", "null", "in", "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
    ]

    static func tokens(_ line: [Character], state start: LexState) -> ([Token], LexState) {
        var lexer = Lexer(line: line, state: start)
        lexer.run()
        return (lexer.tokens, lexer.state)
    }

    struct Lexer {
        let line: [Character]
        var state: LexState
        var index = 0
        var tokens: [Token] = []

        init(line: [Character], state: LexState) {
            self.line = line
            self.state = state
        }

        func peek(_ offset: Int = 0) -> Character? {
            let at = index + offset
            return at < line.count ? line[at] : nil
        }

        func starts(with text: String) -> Bool {
            var at = index
            for character in text {
                guard at < line.count, line[at] == character else { return false }
                at += 1
            }
            return true
        }

        mutating func emit(from start: Int, _ kind: TokenKind) {
            guard index > start else { return }
            if kind == .plain { return }
            if kind != .punctuation, let last = tokens.last, last.kind == kind, last.columns.upperBound == start {
                tokens[tokens.count - 1].columns = last.columns.lowerBound..<index
            } else {
                tokens.append(Token(start..<index, kind))
            }
        }

        mutating func run() {
            while index < line.count {
                switch state.mode {
                case .text: text()
                case .blockComment: until("*#", kind: .comment)
                case .unparsed: until("]]#", kind: .string)
                case .code: code()
                case .string(let quote): string(quote)
                }
            }
        }

        /// Consumes up to and including `terminator`, then returns to text mode.
        mutating func until(_ terminator: String, kind: TokenKind) {
            let start = index
            while index < line.count {
                if starts(with: terminator) {
                    index += terminator.count
                    state.mode = .text
                    break
                }
                index += 1
            }
            emit(from: start, kind)
        }

        mutating func text() {
            let start = index
            let character = line[index]
            if character == "#" {
                if starts(with: "##") {
                    index = line.count
                    emit(from: start, .comment)
                } else if starts(with: "#*") {
                    index += 2
                    state.mode = .blockComment
                    emit(from: start, .comment)
                } else if starts(with: "#[[") {
                    index += 3
                    state.mode = .unparsed
                    emit(from: start, .string)
                } else if directive() {
                    return
                } else {
                    index += 1
                }
            } else if character == "$" {
                if !reference() { index += 1 }
            } else if character == "\\" {
                while peek() == "\\" { index += 1 }
                if let next = peek(), next == "$" || next == "#" {
                    index += 1
                    emit(from: start, .escape)
                }
            } else {
                while let next = peek(), next != "#", next != "$", next != "\\" { index += 1 }
            }
        }

        /// `#name`, `#{name}`, optionally followed by an argument list.
        mutating func directive() -> Bool {
            let start = index
            var at = index + 1
            let braced = at < line.count && line[at] == "{"
            if braced { at += 1 }
            guard at < line.count, line[at].isLetter || line[at] == "@" else { return false }
            at += 1
            while at < line.count, line[at].isIdentifierPart { at += 1 }
            if braced {
                guard at < line.count, line[at] == "}" else { return false }
                at += 1
            }
            index = at
            emit(from: start, .directive)
            var look = index
            while look < line.count, line[look] == " " || line[look] == "\t" { look += 1 }
            if look < line.count, line[look] == "(" {
                index = look + 1
                emit(from: look, .punctuation)
                state.mode = .code
                state.depth = 1
                state.fromReference = false
            }
            return true
        }

        /// `$name`, `$!name`, `${name}`, `$!{name}` with `.property` and `.method(` chains.
        mutating func reference() -> Bool {
            let start = index
            var at = index + 1
            if at < line.count, line[at] == "!" { at += 1 }
            let braced = at < line.count && line[at] == "{"
            if braced { at += 1 }
            guard at < line.count, line[at].isIdentifierStart else { return false }
            while at < line.count, line[at].isIdentifierPart { at += 1 }
            index = at
            if braced {
                while index < line.count, line[index] != "}" { index += 1 }
                if index < line.count { index += 1 }
                emit(from: start, .reference)
                return true
            }
            continueReference(from: start)
            return true
        }

        /// After a reference or a closed argument list: `.name`, `(` or `[`.
        mutating func continueReference(from start: Int) {
            while true {
                if peek() == ".", let next = peek(1), next.isIdentifierStart {
                    index += 2
                    while let next = peek(), next.isIdentifierPart, next != "-" { index += 1 }
                    continue
                }
                break
            }
            emit(from: start, .reference)
            if state.mode == .text, let next = peek(), next == "(" || next == "[" {
                let open = index
                index += 1
                emit(from: open, .punctuation)
                state.mode = .code
                state.depth = 1
                state.fromReference = true
            }
        }

        mutating func code() {
            let start = index
            let character = line[index]
            switch character {
            case "\"", "'":
                index += 1
                emit(from: start, .string)
                state.mode = .string(character)
            case "$":
                if !reference() { index += 1 }
            case "(", "[", "{":
                index += 1
                state.depth += 1
                emit(from: start, .punctuation)
            case ")", "]", "}":
                index += 1
                state.depth -= 1
                emit(from: start, .punctuation)
                if state.depth <= 0 {
                    state.mode = .text
                    state.depth = 0
                    if state.fromReference {
                        state.fromReference = false
                        continueReference(from: index)
                    }
                }
            case "#" where starts(with: "##"):
                index = line.count
                emit(from: start, .comment)
            default:
                if character.isDigit || (character == "-" && (peek(1)?.isDigit ?? false)) {
                    index += 1
                    while let next = peek(), next.isDigit || next == "." { index += 1 }
                    emit(from: start, .number)
                } else if character.isIdentifierStart {
                    while let next = peek(), next.isIdentifierPart, next != "-" { index += 1 }
                    let word = String(line[start..<index])
                    emit(from: start, keywords.contains(word) ? .keyword : .plain)
                } else {
                    index += 1
                    while "=!<>&|".contains(character), let next = peek(), "=!<>&|".contains(next) { index += 1 }
                    if !character.isWhitespace { emit(from: start, .punctuation) }
                }
            }
        }

        /// Inside a string literal; a doubled quote is an escaped quote.
        mutating func string(_ quote: Character) {
            let start = index
            while index < line.count {
                if line[index] == quote {
                    if peek(1) == quote {
                        index += 2
                        continue
                    }
                    index += 1
                    state.mode = .code
                    break
                }
                index += 1
            }
            emit(from: start, .string)
        }
    }
}
