extension Parser {
    /// Parses `$name`, `$!name`, `${name}`, `$!{name}` with `.property`, `.method(...)`
    /// and `[index]` modifiers, starting at the `$` at `pos`. Returns nil, without
    /// moving, when the `$` does not start a reference (it is then text).
    mutating func parseReference(inText: Bool, bareBrace: Bool = false) throws(Diagnostic) -> Reference? {
        let start = pos
        var j = bareBrace ? pos : pos + 1
        if !bareBrace, byte(at: j) == .bang { j += 1 }
        let formal = byte(at: j) == .lbrace
        if formal { j += 1 }
        guard let first = byte(at: j), Characters.isIdentifierStart(first) else { return nil }
        let rootStart = j
        while j < end, Characters.isIdentifierPart(text.bytes[j]) { j += 1 }
        let slot = variables.number(of: text.bytes, from: rootStart, to: j)
        pos = j
        var modifiers: [Modifier] = []
        while pos < end {
            let b = text.bytes[pos]
            if b == .dot, let next = byte(at: pos + 1), Characters.isIdentifierStart(next) {
                let memberStart = pos
                var k = pos + 1
                while k < end, Characters.isIdentifierPart(text.bytes[k]) { k += 1 }
                let number = memberNames.number(of: text.bytes, from: pos + 1, to: k)
                let name = memberNames.names[number]
                if byte(at: k) == .lparen, !(inText && k + 1 >= end) {
                    pos = k + 1
                    let arguments = try parseArguments(closing: .rparen, ofMethod: name)
                    if modifiers.isEmpty { modifiers.reserveCapacity(4) }
                    modifiers.append(.method(name, arguments, range(memberStart, pos)))
                } else {
                    pos = k
                    if modifiers.isEmpty { modifiers.reserveCapacity(4) }
                    modifiers.append(.property(name, range(memberStart, pos)))
                }
            } else if b == .lbracket {
                let indexStart = pos
                pos += 1
                skipSpace()
                let index = try parseIndexParameter()
                skipSpace()
                guard current == .rbracket else { throw error("expected ']' to close the index, found \(found(pos))", at: pos) }
                pos += 1
                modifiers.append(.index(index, range(indexStart, pos)))
            } else {
                break
            }
        }
        if formal {
            guard current == .rbrace else {
                throw error("expected '}' to close '${', found \(found(pos))", at: pos)
            }
            pos += 1
        }
        return Reference(slot: slot, modifiers: modifiers, literal: text.slice(start, pos),
                         range: range(start, pos))
    }

    /// After an informal reference, Velocity reads `{name}` (or `{$name}`) as a
    /// reference it never prints, after a literal `{`: `$a{b}c` prints `$a`, `{`, `c`.
    mutating func parseBraceAfterReference(_ previous: Reference) throws(Diagnostic) -> Node? {
        guard !previous.isWritten(startingWith: "${"), !previous.isWritten(startingWith: "$!{"), current == .lbrace,
              let next = byte(at: pos + 1), Characters.isIdentifierStart(next) || next == .dollar else { return nil }
        let start = pos
        let brace = Node.text(text.slice(pos, pos + 1), range(pos, pos + 1))
        if next != .dollar {
            guard try parseReference(inText: true, bareBrace: true) != nil else { return nil }
            return brace
        }
        pos += 1
        guard try parseReference(inText: true) != nil else {
            pos = start
            return nil
        }
        guard current == .rbrace else { throw error("expected '}' to close '{', found \(found(pos))", at: pos) }
        pos += 1
        return brace
    }

    /// Comma-separated parameters up to `closing`, after the opening bracket (`()` but not `( )` when empty).
    mutating func parseArguments(closing: UInt8, ofMethod name: String) throws(Diagnostic) -> [Expression] {
        var arguments: [Expression] = []
        if current == closing {
            pos += 1
            return arguments
        }
        while true {
            skipSpace()
            if let word = parseBareWord() {
                arguments.append(word)
            } else {
                arguments.append(try parseParameter())
            }
            skipSpace()
            if current == .comma {
                pos += 1
                continue
            }
            guard current == closing else {
                throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))' in the arguments of \(name)(, found \(found(pos))", at: pos)
            }
            pos += 1
            return arguments
        }
    }

    /// A bare word (not `true`/`false`) as a method argument: Velocity 1.7 passes Java null.
    mutating func parseBareWord() -> Expression? {
        guard let first = current, Characters.isIdentifierStart(first) else { return nil }
        var j = pos + 1
        while j < end, Characters.isIdentifierPart(text.bytes[j]) { j += 1 }
        let word = text.text(pos, j)
        guard word != "true", word != "false" else { return nil }
        defer { pos = j }
        return .null(range(pos, j))
    }

    /// An index inside `[...]`: a string, integer, boolean or reference.
    mutating func parseIndexParameter() throws(Diagnostic) -> Expression {
        let start = pos
        switch current {
        case .quote, .apostrophe, .dollar:
            return try parsePrimary(parameterOnly: true)
        case let b? where Characters.isDigit(b) || b == .minus:
            let value = try parsePrimary(parameterOnly: true)
            if case .double = value { throw error("an index must be an integer, a string or a reference", at: start) }
            return value
        default:
            if let literal = parseBooleanLiteral() { return literal }
            throw error("expected an index (an integer, a string or a reference), found \(found(pos))", at: pos)
        }
    }
}
