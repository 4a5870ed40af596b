/// What a `#` in text turned out to be.
enum HashOutcome {
    /// Plain text (the parser moved past it).
    case text
    /// The node to add (none for comments and `#macro`).
    case node(Node?)
    /// `#end`, `#else` or `#elseif`, for the enclosing directive.
    case terminator(BlockTerminator)
}

extension Parser {
    /// Parses what starts with the `#` at `pos`, whose directive name (if any) is `directive`.
    mutating func parseHash(directive: DirectiveName?) throws(Diagnostic) -> HashOutcome {
        let start = pos
        if byte(at: pos + 1) == .hash { // ## line comment, with its line break
            pos += 2
            while pos < end, text.bytes[pos] != .newline, text.bytes[pos] != .carriageReturn { pos += 1 }
            if pos == end, pos > start + 2, text.bytes[pos - 1] == .dollar || text.bytes[pos - 1] == .hash {
                try checkLoneSymbol(at: pos - 1) // Velocity's lexer also trips on a comment ending the template with `$` or `#`.
            }
            if pos < end {
                pos += text.bytes[pos] == .carriageReturn && byte(at: pos + 1) == .newline ? 2 : 1
            }
            return .node(nil)
        }
        if byte(at: pos + 1) == .star { // #* block comment *#
            pos += 2
            while pos < end, !(text.bytes[pos] == .star && byte(at: pos + 1) == .hash) {
                // Inside a comment Velocity's lexer takes `#*` as one unit, so `#*#` does not close it.
                pos += text.bytes[pos] == .hash && byte(at: pos + 1) == .star ? 2 : 1
            }
            // An unclosed comment runs to the end, except that Velocity's lexer fails when nothing
            // (or only `#`) follows `#*`.
            if end - (start + 2) <= 1, byte(at: start + 2) ?? .hash == .hash {
                throw error("#* is missing its closing *#", at: range(start, start + 2))
            }
            pos = min(end, pos + 2)
            return .node(nil)
        }
        if starts(with: "#[[", at: pos) { // #[[ unparsed ]]#
            var j = pos + 3
            while j < end, !starts(with: "]]#", at: j) { j += 1 }
            guard j < end else { throw error("#[[ is missing its closing ]]#", at: range(start, start + 3)) }
            pos = j + 3
            return .node(.text(text.slice(start + 3, j), range(start, pos)))
        }
        guard let directive else {
            pos += 1
            return .text
        }
        pos = directive.end
        let keyword = range(start, directive.end)
        guard let known = directive.keyword else {
            // Not a directive on API Gateway (no macros are registered, #evaluate is
            // disabled): Velocity prints the call as written.
            if hasParenthesis() {
                try skipArguments(of: text.text(directive.nameStart, directive.nameEnd), keyword: keyword, required: true)
            }
            return literalDirective(start: start)
        }
        let name = known.rawValue
        switch known {
        case .end:
            swallowLineEnd()
            return .terminator(.end(keyword))
        case .else:
            swallowLineEnd()
            return .terminator(.otherwise(keyword))
        case .elseif:
            let condition = try parseCondition(of: name, keyword: keyword)
            return .terminator(.elseIf(condition, range(start, pos)))
        case .if:
            return .node(try parseIf(start: start, keyword: keyword))
        case .set:
            guard directive.bracketed || setHasParenthesis() else { return literalDirective(start: start) }
            return .node(try parseSet(start: start))
        case .foreach:
            return .node(try parseForeach(start: start, keyword: keyword))
        case .define:
            return .node(try parseDefine(start: start, keyword: keyword))
        case .macro:
            var nameStart = pos
            while nameStart < end, Characters.isSpace(text.bytes[nameStart]) { nameStart += 1 }
            if byte(at: nameStart) == .lparen {
                nameStart += 1
                while nameStart < end, Characters.isSpace(text.bytes[nameStart]) { nameStart += 1 }
                if byte(at: nameStart) == .rparen { throw error("#macro needs the macro's name first: #macro(name $arg)", at: nameStart) }
            }
            try skipArguments(of: name, keyword: keyword, required: true)
            swallowLineEnd()
            _ = try parseBody(of: name, keyword: keyword)
            return .node(nil)
        case .literal:
            if hasParenthesis() {
                try skipArguments(of: name, keyword: keyword, required: true)
                swallowLineEnd()
            }
            let bodyStart = pos
            let (_, terminator) = try parseBlock()
            guard case .end(let endRange) = terminator else {
                throw unterminated(name, keyword: keyword, terminator: terminator)
            }
            return .node(.text(text.slice(bodyStart, endRange.start), range(bodyStart, endRange.start)))
        case .break:
            var scope: Expression?
            if hasParenthesis() {
                let arguments = try parseDirectiveArguments(of: name)
                switch arguments.first {
                case .value(let expression)?: scope = expression
                case .word(let word, let r)?: scope = .string(word, interpolated: nil, r)
                case nil: break
                }
            }
            return .node(.breakLoop(scope: scope, range(start, pos)))
        case .stop:
            return .node(.stop(keyword))
        case .parse, .include:
            guard hasParenthesis() else { return literalDirective(start: start) }
            // Velocity's generic directive arguments; it fails at run time, on the first one.
            var arguments: [Expression] = []
            for argument in try parseDirectiveArguments(of: name) {
                switch argument {
                case .value(let expression): arguments.append(expression)
                case .word(let word, let r): throw error("#\(name) cannot take the bare word '\(word)': write a string or a reference", at: r)
                }
            }
            return .node(.unsupportedInclude(directive: known, arguments: arguments, range: range(start, pos)))
        }
    }

    /// The source from `start` to `pos`, printed as written.
    func literalDirective(start: Int) -> HashOutcome {
        .node(.text(text.slice(start, pos), range(start, pos)))
    }

    /// Whether optional whitespace and then `(` follow.
    func hasParenthesis() -> Bool {
        var j = pos
        while j < end, Characters.isSpace(text.bytes[j]) { j += 1 }
        return byte(at: j) == .lparen
    }

    /// `#set` is a directive only when spaces and then `(` follow.
    func setHasParenthesis() -> Bool {
        var j = pos
        while j < end, text.bytes[j] == .space { j += 1 }
        return byte(at: j) == .lparen
    }

    /// Moves past `( ... )`, checking strings and nesting, for directives whose
    /// arguments are not evaluated.
    mutating func skipArguments(of name: String, keyword: SourceSpan, required: Bool) throws(Diagnostic) {
        skipSpace()
        guard current == .lparen else {
            if required { throw error("#\(name) needs its arguments in parentheses", at: pos) }
            return
        }
        let open = pos
        var depth = 0
        while pos < end {
            let b = text.bytes[pos]
            if b == .quote || b == .apostrophe {
                _ = try scanStringLiteral()
                continue
            }
            if b == .lparen { depth += 1 }
            if b == .rparen {
                depth -= 1
                if depth == 0 { pos += 1; return }
            }
            pos += 1
        }
        throw error("the arguments of #\(name) are missing their closing ')' (opened at \(place(open)))", at: pos)
    }

    /// `( expression )` after `#if` or `#elseif`, with the line end it swallows.
    mutating func parseCondition(of name: String, keyword: SourceSpan) throws(Diagnostic) -> Expression {
        skipSpace()
        guard current == .lparen else { throw error("#\(name) needs a condition in parentheses, found \(found(pos))", at: pos) }
        pos += 1
        let condition = try parseExpression()
        skipSpace()
        guard current == .rparen else { throw error("expected ')' to close the condition of #\(name), found \(found(pos))", at: pos) }
        pos += 1
        swallowLineEnd()
        return condition
    }

    /// A block up to its `#end` (no `#else` allowed).
    mutating func parseBody(of name: String, keyword: SourceSpan) throws(Diagnostic) -> Block {
        let start = pos
        let (nodes, terminator) = try parseBlock()
        guard case .end = terminator else { throw unterminated(name, keyword: keyword, terminator: terminator) }
        return Block(nodes: nodes, range: range(start, pos))
    }

    func unterminated(_ name: String, keyword: SourceSpan, terminator: BlockTerminator) -> Diagnostic {
        let opened = place(keyword.start)
        switch terminator {
        case .endOfInput, .end:
            return error("#\(name) is missing its #end (opened at \(opened))", at: pos)
        case .otherwise(let r):
            return error("#else cannot appear inside #\(name) (opened at \(opened))", at: r)
        case .elseIf(_, let r):
            return error("#elseif cannot appear inside #\(name) (opened at \(opened))", at: r)
        }
    }

    mutating func parseIf(start: Int, keyword: SourceSpan) throws(Diagnostic) -> Node {
        var branches: [ConditionalBranch] = []
        var condition = try parseCondition(of: "if", keyword: keyword)
        var branchStart = start
        while true {
            let bodyStart = pos
            let (nodes, terminator) = try parseBlock()
            let body = Block(nodes: nodes, range: range(bodyStart, pos))
            switch terminator {
            case .endOfInput:
                throw error("#if is missing its #end (opened at \(place(keyword.start)))", at: pos)
            case .end:
                branches.append(ConditionalBranch(condition: condition, body: body, range: range(branchStart, pos)))
                return .conditional(branches: branches, otherwise: nil, range: range(start, pos))
            case .elseIf(let next, let r):
                branches.append(ConditionalBranch(condition: condition, body: body, range: range(branchStart, r.start)))
                condition = next
                branchStart = r.start
            case .otherwise:
                branches.append(ConditionalBranch(condition: condition, body: body, range: range(branchStart, pos)))
                let elseStart = pos
                let (elseNodes, elseTerminator) = try parseBlock()
                switch elseTerminator {
                case .end:
                    let otherwise = Block(nodes: elseNodes, range: range(elseStart, pos))
                    return .conditional(branches: branches, otherwise: otherwise, range: range(start, pos))
                case .endOfInput:
                    throw error("#if is missing its #end (opened at \(place(keyword.start)))", at: pos)
                case .otherwise(let r):
                    throw error("a second #else in the same #if (opened at \(place(keyword.start)))", at: r)
                case .elseIf(_, let r):
                    throw error("#elseif after #else in the same #if (opened at \(place(keyword.start)))", at: r)
                }
            }
        }
    }

    mutating func parseSet(start: Int) throws(Diagnostic) -> Node {
        skipSpace()
        pos += 1 // (
        skipSpace()
        guard current == .dollar, let target = try parseReference(inText: false) else {
            throw error("#set needs a reference to assign to, found \(found(pos))", at: pos)
        }
        skipSpace()
        guard current == .equals, byte(at: pos + 1) != .equals else {
            throw error("expected '=' after the #set target, found \(found(pos))", at: pos)
        }
        pos += 1
        let value = try parseExpression()
        skipSpace()
        guard current == .rparen else { throw error("expected ')' to close #set, found \(found(pos))", at: pos) }
        pos += 1
        let r = range(start, pos)
        swallowLineEnd()
        return .set(target: target, value: value, range: r)
    }

    /// Velocity's generic directive arguments: `( arg arg, arg )` where each is a
    /// word or a parameter (literal or reference), separated by spaces or commas.
    mutating func parseDirectiveArguments(of name: String) throws(Diagnostic) -> [DirectiveArgument] {
        skipSpace()
        guard current == .lparen else { throw error("#\(name) needs its arguments in parentheses", at: pos) }
        let open = pos
        pos += 1
        var arguments: [DirectiveArgument] = []
        arguments.reserveCapacity(3) // `$item in $list`: one allocation
        while true {
            skipSpace()
            var comma = false
            if current == .comma { // each argument may follow one comma
                comma = true
                pos += 1
                skipSpace()
            }
            guard let b = current else {
                throw error("the arguments of #\(name) are missing their closing ')' (opened at \(place(open)))", at: pos)
            }
            if b == .rparen {
                if comma { throw error("expected an argument after ',' in #\(name), found ')'", at: pos) }
                pos += 1
                swallowLineEnd()
                return arguments
            }
            if Characters.isIdentifierStart(b), parseBooleanLiteral() == nil {
                let start = pos
                while let c = current, Characters.isIdentifierPart(c) { pos += 1 }
                arguments.append(.word(text.text(start, pos), range(start, pos)))
            } else {
                arguments.append(.value(try parseParameter()))
            }
        }
    }

    mutating func parseForeach(start: Int, keyword: SourceSpan) throws(Diagnostic) -> Node {
        let argumentsStart = pos
        let arguments = try parseDirectiveArguments(of: "foreach")
        if arguments.count < 2 { throw error("#foreach needs a loop variable and a list: #foreach($item in $list)", at: argumentsStart) }
        if case .word(_, let r) = arguments[0] { throw error("the #foreach loop variable must be a reference such as $item", at: r) }
        let body = try parseBody(of: "foreach", keyword: keyword)
        var variable: Int?
        var iterable: Expression?
        if arguments.count == 3, case .word("in", _) = arguments[1], case .value(let collection) = arguments[2] {
            switch arguments[0] {
            case .value(.reference(let reference)) where reference.modifiers.isEmpty: variable = reference.slot
            case .value(.string(let name, _, _)): variable = variables.number(of: name)
            default: break
            }
            iterable = collection
        }
        return .foreach(variable: variable, iterable: iterable, body: body, range: range(start, pos))
    }

    mutating func parseDefine(start: Int, keyword: SourceSpan) throws(Diagnostic) -> Node {
        let argumentsStart = pos
        let arguments = try parseDirectiveArguments(of: "define")
        if arguments.count != 1 { throw error("#define needs the name of the block: #define($name)", at: argumentsStart) }
        if case .word(_, let r) = arguments[0] { throw error("the #define name must be a reference such as $block", at: r) }
        let body = try parseBody(of: "define", keyword: keyword)
        var name: Int?
        if case .value(.reference(let reference)) = arguments[0], reference.modifiers.isEmpty { name = reference.slot }
        return .define(name: name, body: body, range: range(start, pos))
    }
}
