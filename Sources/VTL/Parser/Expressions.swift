extension Parser {
    /// A full expression, as in `#if(...)`, `#set(... = ...)` and `#foreach(... in ...)`.
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        try parseBinary(level: 0)
    }

    /// Binary operators by precedence (Velocity 1.7's grammar): each left-associative
    /// chain of one precedence level counts one nesting level per operator, as the
    /// evaluation recurses once per operator of a chain.
    private mutating func parseBinary(level minimum: Int) throws(Diagnostic) -> Expression {
        var left = try parseUnary()
        var chainLevel = -1
        var chainLength = 0
        defer { nesting -= chainLength }
        while true {
            skipSpace()
            let operatorStart = pos
            guard let (op, level, length) = binaryOperator(), level >= minimum else { return left }
            pos += length
            if level != chainLevel { // a looser operator ends the tighter chain before it
                nesting -= chainLength
                chainLength = 0
                chainLevel = level
            }
            chainLength += 1
            try enter(at: operatorStart)
            let right = try parseBinary(level: level + 1)
            left = .binary(op, left, right, SourceSpan(start: left.range.start, end: right.range.end))
        }
    }

    /// The binary operator at `pos` with its precedence level (0 loosest: `||`, then
    /// `&&`, equality, comparison, `+ -`, `* / %`) and length; nil when none starts here.
    private func binaryOperator() -> (BinaryOperator, level: Int, length: Int)? {
        guard let b = current else { return nil }
        let next = byte(at: pos + 1)
        /// A word operator must not run into an identifier (`order` is not `or`).
        func word(_ second: UInt8, _ op: BinaryOperator, _ level: Int, third: UInt8? = nil) -> (BinaryOperator, level: Int, length: Int)? {
            guard next == second else { return nil }
            let length = third == nil ? 2 : 3
            if let third, byte(at: pos + 2) != third { return nil }
            if let after = byte(at: pos + length), Characters.isIdentifierPart(after) { return nil }
            return (op, level, length)
        }
        switch b {
        case UInt8(ascii: "|"): return next == UInt8(ascii: "|") ? (.or, 0, 2) : nil
        case UInt8(ascii: "&"): return next == UInt8(ascii: "&") ? (.and, 1, 2) : nil
        case .equals: return next == .equals ? (.equal, 2, 2) : nil
        case .bang: return next == .equals ? (.notEqual, 2, 2) : nil
        case UInt8(ascii: "<"): return next == .equals ? (.lessOrEqual, 3, 2) : (.less, 3, 1)
        case UInt8(ascii: ">"): return next == .equals ? (.greaterOrEqual, 3, 2) : (.greater, 3, 1)
        case .plus: return (.add, 4, 1)
        // `-1` is a negative literal in Velocity's lexer, never an operator.
        case .minus: return next.map(Characters.isDigit) == true ? nil : (.subtract, 4, 1)
        case .star: return (.multiply, 5, 1)
        case UInt8(ascii: "/"): return (.divide, 5, 1)
        case UInt8(ascii: "%"): return (.modulo, 5, 1)
        case UInt8(ascii: "o"): return word(UInt8(ascii: "r"), .or, 0)
        case UInt8(ascii: "a"): return word(UInt8(ascii: "n"), .and, 1, third: UInt8(ascii: "d"))
        case UInt8(ascii: "e"): return word(UInt8(ascii: "q"), .equal, 2)
        case UInt8(ascii: "n"): return word(UInt8(ascii: "e"), .notEqual, 2)
        case UInt8(ascii: "l"): return word(UInt8(ascii: "e"), .lessOrEqual, 3) ?? word(UInt8(ascii: "t"), .less, 3)
        case UInt8(ascii: "g"): return word(UInt8(ascii: "e"), .greaterOrEqual, 3) ?? word(UInt8(ascii: "t"), .greater, 3)
        default: return nil
        }
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        skipSpace()
        let start = pos
        try enter(at: start)
        defer { nesting -= 1 }
        if current == .bang, byte(at: pos + 1) != .equals {
            pos += 1
            let operand = try parseUnary()
            return .not(operand, SourceSpan(start: range(start, start).start, end: operand.range.end))
        }
        if starts(with: "not", at: pos), !(byte(at: pos + 3).map(Characters.isIdentifierPart) ?? false) {
            pos += 3
            let operand = try parseUnary()
            return .not(operand, SourceSpan(start: range(start, start).start, end: operand.range.end))
        }
        return try parsePrimary(parameterOnly: false)
    }

    /// A method argument, list element or map entry: a literal or a reference, never an operator expression.
    mutating func parseParameter() throws(Diagnostic) -> Expression {
        skipSpace()
        return try parsePrimary(parameterOnly: true)
    }

    mutating func parsePrimary(parameterOnly: Bool) throws(Diagnostic) -> Expression {
        skipSpace()
        let start = pos
        try enter(at: start)
        defer { nesting -= 1 }
        guard let b = current else { throw error("expected a value, found the end of the template", at: pos) }
        switch b {
        case .lparen where !parameterOnly:
            pos += 1
            let inner = try parseExpression()
            skipSpace()
            guard current == .rparen else { throw error("expected ')' to close '(', found \(found(pos))", at: pos) }
            pos += 1
            return .parenthesized(inner, range(start, pos))
        case .quote, .apostrophe:
            return try parseStringLiteral()
        case .dollar:
            guard let reference = try parseReference(inText: false) else {
                throw error("expected a reference name after '$'", at: start)
            }
            return .reference(reference)
        case .lbracket:
            return try parseListOrRange()
        case .lbrace:
            return try parseMap()
        default:
            if Characters.isDigit(b) || ((b == .minus || b == .dot) && (byte(at: pos + 1).map(Characters.isDigit) ?? false))
                || (b == .minus && byte(at: pos + 1) == .dot && (byte(at: pos + 2).map(Characters.isDigit) ?? false)) {
                return try parseNumber()
            }
            if let literal = parseBooleanLiteral() { return literal }
            throw error("expected a value (a reference, string, number, true, false, list or map), found \(found(pos))", at: pos)
        }
    }

    mutating func parseBooleanLiteral() -> Expression? {
        let value: Bool
        let length: Int
        if starts(with: "true", at: pos) {
            (value, length) = (true, 4)
        } else if starts(with: "false", at: pos) {
            (value, length) = (false, 5)
        } else {
            return nil
        }
        if let next = byte(at: pos + length), Characters.isIdentifierPart(next) { return nil }
        let start = pos
        pos += length
        return .bool(value, range(start, pos))
    }

    private mutating func parseNumber() throws(Diagnostic) -> Expression {
        let start = pos
        if current == .minus { pos += 1 }
        while let b = current, Characters.isDigit(b) { pos += 1 }
        var isDecimal = false
        if current == .dot, byte(at: pos + 1) != .dot {
            isDecimal = true
            pos += 1
            while let b = current, Characters.isDigit(b) { pos += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            var j = pos + 1
            if byte(at: j) == .plus || byte(at: j) == .minus { j += 1 }
            if let b = byte(at: j), Characters.isDigit(b) {
                isDecimal = true
                pos = j
                while let b = current, Characters.isDigit(b) { pos += 1 }
            }
        }
        let literal = text.text(start, pos)
        let r = range(start, pos)
        if isDecimal {
            var normalized = literal
            if normalized.hasPrefix(".") { normalized = "0" + normalized }
            if normalized.hasPrefix("-.") { normalized = "-0" + normalized.dropFirst() }
            normalized = normalized.replacingDotBeforeExponent()
            guard let value = Double(normalized) else { throw error("invalid number \(literal)", at: r) }
            return .double(value, r)
        }
        if let value = Int32(literal) { return .integer(.int(value), r) }
        if let value = Int64(literal) { return .integer(.long(value), r) }
        return .integer(.big(literal), r)
    }

    private mutating func parseListOrRange() throws(Diagnostic) -> Expression {
        let start = pos
        pos += 1
        if current == .rbracket { // `[]` only: Velocity rejects `[ ]`
            pos += 1
            return .list([], range(start, pos))
        }
        let first = try parseParameter()
        skipSpace()
        if starts(with: "..", at: pos) {
            guard first.isRangeBound else { throw error("a range bound must be an integer or a reference", at: first.range) }
            pos += 2
            skipSpace()
            let second = try parseParameter()
            guard second.isRangeBound else { throw error("a range bound must be an integer or a reference", at: second.range) }
            skipSpace()
            guard current == .rbracket else { throw error("expected ']' to close the range, found \(found(pos))", at: pos) }
            pos += 1
            return .range(first, second, range(start, pos))
        }
        var items = [first]
        while true {
            skipSpace()
            if current == .rbracket {
                pos += 1
                return .list(items, range(start, pos))
            }
            guard current == .comma else { throw error("expected ',' or ']' in the list, found \(found(pos))", at: pos) }
            pos += 1
            items.append(try parseParameter())
        }
    }

    private mutating func parseMap() throws(Diagnostic) -> Expression {
        let start = pos
        pos += 1
        skipSpace()
        var entries: [(Expression, Expression)] = []
        if current == .rbrace {
            pos += 1
            return .map(entries, range(start, pos))
        }
        while true {
            let key = try parseParameter()
            skipSpace()
            guard current == .colon else { throw error("expected ':' after the map key, found \(found(pos))", at: pos) }
            pos += 1
            let value = try parseParameter()
            entries.append((key, value))
            skipSpace()
            if current == .rbrace {
                pos += 1
                return .map(entries, range(start, pos))
            }
            guard current == .comma else { throw error("expected ',' or '}' in the map, found \(found(pos))", at: pos) }
            pos += 1
        }
    }

    /// Moves past a quoted string literal (`''`/`""` double a quote) and returns the
    /// byte range of its body.
    mutating func scanStringLiteral() throws(Diagnostic) -> (body: Range<Int>, quote: UInt8, doubled: Bool) {
        let start = pos
        let quote = text.bytes[pos]
        pos += 1
        var doubled = false
        while pos < end {
            if text.bytes[pos] == quote {
                if byte(at: pos + 1) == quote {
                    doubled = true
                    pos += 2
                    continue
                }
                pos += 1
                return ((start + 1)..<(pos - 1), quote, doubled)
            }
            pos += 1
        }
        throw error("unclosed string literal", at: range(start, start + 1))
    }

    private mutating func parseStringLiteral() throws(Diagnostic) -> Expression {
        let start = pos
        let (body, quote, doubled) = try scanStringLiteral()
        let r = range(start, pos)
        var value = text.text(body.lowerBound, body.upperBound)
        var rewritten = doubled
        if quote == .quote, text.slice(body.lowerBound, body.upperBound).contains(.backslash) {
            guard let decoded = value.decodingUnicodeEscapes() else {
                throw error("invalid \\u escape in a string literal (Velocity needs four hexadecimal digits)", at: r)
            }
            rewritten = rewritten || decoded != value
            value = decoded
        }
        if doubled {
            value = value.undoublingQuotes(quote == .quote ? "\"" : "'")
        }
        guard quote == .quote, text.slice(body.lowerBound, body.upperBound).contains(where: { $0 == .dollar || $0 == .hash }) else {
            return .string(value, interpolated: nil, r)
        }
        var inner: Parser
        if rewritten {
            inner = Parser(text: SourceText(value), templateName: templateName, from: 0, to: value.utf8.count,
                           fixedPosition: position(start))
        } else {
            inner = Parser(text: text, templateName: templateName, from: body.lowerBound, to: body.upperBound,
                           fixedPosition: fixedPosition)
        }
        inner.nesting = nesting
        inner.variables = variables
        inner.memberNames = memberNames
        let block = try inner.parseTemplate()
        variables = inner.variables
        memberNames = inner.memberNames
        return .string(value, interpolated: block, r)
    }
}

extension Expression {
    var isRangeBound: Bool {
        switch self {
        case .reference, .integer: return true
        default: return false
        }
    }
}

extension String {
    /// `1.e5` and `1.` are not valid for Swift's parser; `1.0e5` and `1.0` are.
    func replacingDotBeforeExponent() -> String {
        var result = ""
        var previous: Character = " "
        for c in self {
            if previous == ".", c == "e" || c == "E" { result.append("0") }
            result.append(c)
            previous = c
        }
        if previous == "." { result.append("0") }
        return result
    }

    /// Velocity's `\\uXXXX` decoding of double-quoted literals (before interpolation, on UTF-16
    /// units, as `Integer.parseInt(hex, 16)`: a sign is accepted); a surrogate left without its
    /// pair becomes `?`, as Java's UTF-8 encoder writes it. Nil when an escape is not four digits.
    func decodingUnicodeEscapes() -> String? {
        let units = Array(utf16)
        guard units.count >= 2 else { return self }
        var decoded: [UInt16] = []
        var k = 0
        while k < units.count {
            guard units[k] == 0x5C, k + 1 < units.count, units[k + 1] == 0x75 else {
                decoded.append(units[k])
                k += 1
                continue
            }
            guard k + 6 <= units.count, let value = Self.javaHex(units[(k + 2)..<(k + 6)]) else { return nil }
            decoded.append(value)
            k += 6
        }
        return String.fromJavaUTF16(decoded)
    }

    /// Java chars as text: a lone surrogate becomes `?` (what Java's UTF-8 encoder writes).
    static func fromJavaUTF16(_ units: [UInt16]) -> String {
        var result = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar)
            case .error: result.append("?")
            case .emptyInput: return String(result)
            }
        }
    }

    private static func javaHex(_ digits: ArraySlice<UInt16>) -> UInt16? {
        var rest = digits[...]
        let negative = rest.first == 0x2D
        if rest.first == 0x2D || rest.first == 0x2B { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return nil }
        var value: Int32 = 0
        for unit in rest {
            guard unit < 0x80, let digit = Int32(String(UnicodeScalar(UInt8(unit))), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        return UInt16(truncatingIfNeeded: negative ? -value : value)
    }

    /// Replaces each doubled `quote` with a single one.
    func undoublingQuotes(_ quote: Character) -> String {
        var result = ""
        var previous: Character? = nil
        for c in self {
            if c == quote, previous == quote { previous = nil; continue }
            result.append(c)
            previous = c
        }
        return result
    }
}
