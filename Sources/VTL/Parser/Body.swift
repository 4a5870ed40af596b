/// What ended a block: the end of the input or a directive keyword that belongs to
/// the enclosing directive.
enum BlockTerminator {
    case endOfInput
    case end(SourceSpan)
    case otherwise(SourceSpan)
    case elseIf(Expression, SourceSpan)
}

extension Parser {
    /// Parses text, references and directives up to the end of input or a
    /// `#end`/`#else`/`#elseif`, which is consumed and returned.
    mutating func parseBlock() throws(Diagnostic) -> ([Node], BlockTerminator) {
        try enter(at: pos)
        defer { nesting -= 1 }
        var nodes: [Node] = []
        nodes.reserveCapacity(8) // most bodies are short: one allocation instead of growing 1, 2, 4, 8
        var textStart = pos

        func flush(_ parser: Parser, upTo offset: Int) {
            if offset > textStart {
                nodes.append(.text(parser.text.slice(textStart, offset), parser.range(textStart, offset)))
            }
        }

        var tokenEnd = pos
        /// Backslashes right after a `$` or `#` that is text do not escape a following `$`.
        var rawBackslashesAt = -1
        while pos < end {
            if textStart == pos { tokenEnd = pos }
            let b = text.bytes[pos]
            switch b {
            case .dollar:
                let start = pos
                if let reference = try parseReference(inText: true) {
                    flush(self, upTo: start)
                    nodes.append(.reference(reference, escapePrefix: nil))
                    if let brace = try parseBraceAfterReference(reference) { nodes.append(brace) }
                    textStart = pos
                    if case .property? = reference.modifiers.last, starts(with: "##", at: pos) {
                        pos += 2 // `##` right after a property is text, not a comment.
                    }
                } else {
                    try checkLoneSymbol(at: pos)
                    let hashAt = byte(at: pos + 1) == .bang ? pos + 2 : pos + 1
                    if byte(at: hashAt) == .hash, let outcome = try dollarBeforeHash(hashAt: hashAt) {
                        flush(self, upTo: start)
                        nodes.append(contentsOf: outcome)
                        textStart = pos
                        tokenEnd = pos
                        continue
                    }
                    if byte(at: pos + 1) == .bang, let next = byte(at: pos + 2), next != .dollar, next != .lbrace {
                        // Velocity drops the `!` of a `$!` that starts no reference.
                        flush(self, upTo: pos + 1)
                        pos += 2
                        textStart = pos
                    } else {
                        pos += 1
                    }
                    tokenEnd = pos
                    rawBackslashesAt = pos
                }
            case .backslash:
                let start = pos
                var j = pos
                while j < end, text.bytes[j] == .backslash { j += 1 }
                if start == rawBackslashesAt, byte(at: j) == .dollar {
                    pos = j
                    tokenEnd = pos
                    continue
                }
                let count = j - start
                let prefix = String(repeating: "\\", count: count / 2)
                if byte(at: j) == .dollar {
                    pos = j
                    if let reference = try parseReference(inText: true) {
                        flush(self, upTo: start)
                        if count % 2 == 1 {
                            nodes.append(.reference(reference, escapePrefix: prefix))
                        } else {
                            if !prefix.isEmpty { nodes.append(.text(ArraySlice(prefix.utf8), range(start, j))) }
                            nodes.append(.reference(reference, escapePrefix: nil))
                        }
                        textStart = pos
                    } else {
                        pos = j
                        tokenEnd = pos
                    }
                } else if byte(at: j) == .hash, let name = directiveName(at: j), name.keyword != nil {
                    flush(self, upTo: start)
                    if count % 2 == 1 {
                        nodes.append(.text(ArraySlice(prefix.utf8) + text.slice(j, name.end), range(start, name.end)))
                        pos = name.end
                        textStart = pos
                    } else {
                        if !prefix.isEmpty { nodes.append(.text(ArraySlice(prefix.utf8), range(start, j))) }
                        pos = j
                        textStart = pos
                    }
                } else {
                    pos = j
                    tokenEnd = pos
                }
            case .hash:
                var start = pos
                let directive = directiveName(at: pos)
                if let directive, isSetDirective(directive) {
                    // Velocity's `#set` token includes the spaces and tabs before it, unless
                    // they belong to a run of plain text.
                    var k = pos
                    while k > tokenEnd, text.bytes[k - 1] == .space || text.bytes[k - 1] == .tab { k -= 1 }
                    if k == tokenEnd {
                        start = k
                        // A lone `$` or `#` right before those spaces goes with them.
                        if k < pos, rawBackslashesAt == k, k > 0, text.bytes[k - 1] == .dollar || text.bytes[k - 1] == .hash {
                            start = k - 1
                        }
                    }
                }
                try checkLoneSymbol(at: pos)
                switch try parseHash(directive: directive) {
                case .text:
                    tokenEnd = pos
                    rawBackslashesAt = pos
                case .node(let produced):
                    flush(self, upTo: start)
                    if let produced { nodes.append(produced) }
                    textStart = pos
                case .terminator(let terminator):
                    flush(self, upTo: start)
                    return (nodes, terminator)
                }
            default:
                pos += 1
            }
        }
        flush(self, upTo: pos)
        return (nodes, .endOfInput)
    }

    /// A `$` or `$!` right before a `#` (Velocity's lexer is then still in reference mode):
    /// before `#set`, `#if`, `#else`, `#elseif`, `#end` or `#*` the `$` disappears; before
    /// another directive name the whole call prints as written. Nil: ordinary text.
    mutating func dollarBeforeHash(hashAt: Int) throws(Diagnostic) -> [Node]? {
        let start = pos
        if byte(at: hashAt + 1) == .star {
            pos = hashAt
            return []
        }
        guard let directive = directiveName(at: hashAt) else { return nil }
        switch directive.keyword {
        case .set?, .if?, .elseif?, .else?, .end?:
            pos = hashAt
            return []
        default:
            pos = directive.end
            if hasParenthesis() {
                try skipArguments(of: text.text(directive.nameStart, directive.nameEnd), keyword: range(start, pos), required: true)
            }
            return [.text(text.slice(start, pos), range(start, pos))]
        }
    }

    /// Velocity's lexer fails on a `$`, `$!` or `#` that ends the template.
    func checkLoneSymbol(at offset: Int) throws(Diagnostic) {
        if isStringBody { return }
        var j = offset + 1
        if text.bytes[offset] == .dollar, byte(at: j) == .bang { j += 1 }
        guard j >= end else { return }
        let symbol = text.text(offset, j)
        throw error("'\(symbol)' at the end of the template starts nothing (write \\\(symbol) or remove it)", at: offset)
    }

    /// Whether `directive` (`#set` or `#{set}`) is followed by spaces and `(`.
    func isSetDirective(_ directive: DirectiveName) -> Bool {
        guard directive.keyword == .set else { return false }
        var j = directive.end
        while j < end, text.bytes[j] == .space { j += 1 }
        return byte(at: j) == .lparen
    }

    /// A directive name after the `#` at `offset`: `#name` or `#{name}`.
    func directiveName(at offset: Int) -> DirectiveName? {
        var j = offset + 1
        let bracketed = byte(at: j) == .lbrace
        if bracketed { j += 1 }
        guard let first = byte(at: j), Characters.isIdentifierStart(first) else { return nil }
        let nameStart = j
        while j < end, Characters.isDirectiveNamePart(text.bytes[j]) { j += 1 }
        let nameEnd = j
        if bracketed {
            guard byte(at: j) == .rbrace else { return nil }
            j += 1
        }
        return DirectiveName(keyword: DirectiveKeyword(text.bytes, from: nameStart, to: nameEnd),
                             nameStart: nameStart, nameEnd: nameEnd, bracketed: bracketed, end: j)
    }
}
