import VTL

/// Reads a harness JSON document (request, invocation, batch line) strictly
/// (RFC 8259) into a `DocumentNode`, keeping key order and every value's position.
/// Numbers get json-smart's Java types: `Integer`, `Long`, `BigInteger` by size, else `Double`.
struct JSONDocument {
    static func parse(_ text: String, file: String) throws(DocumentError) -> DocumentNode {
        var parser = JSONDocument(scalars: Array(text.unicodeScalars), file: file)
        parser.skipWhitespace()
        let node = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.index < parser.scalars.count { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    /// Deeper nesting is refused rather than risking the stack.
    static let maximumDepth = 512

    let scalars: [Unicode.Scalar]
    let file: String
    var index = 0
    var line = 1
    var column = 1

    init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    func error(_ reason: String) -> DocumentError {
        DocumentError(file: file, line: line, column: column, reason: "invalid JSON: " + reason)
    }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    mutating func skipWhitespace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
    }

    mutating func expect(_ scalar: Unicode.Scalar) throws(DocumentError) {
        guard current == scalar else { throw error(current.map { "expected '\(scalar)', found '\($0)'" } ?? "expected '\(scalar)', found the end") }
        advance()
    }

    mutating func value(depth: Int) throws(DocumentError) -> DocumentNode {
        guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        let (startLine, startColumn) = (line, column)
        func node(_ kind: DocumentNode.Kind) -> DocumentNode { DocumentNode(kind, line: startLine, column: startColumn) }
        switch current {
        case nil: throw error("unexpected end of input")
        case "{":
            advance()
            var pairs: [(key: String, value: DocumentNode)] = []
            skipWhitespace()
            if current == "}" { advance(); return node(.object(pairs)) }
            while true {
                skipWhitespace()
                guard current == "\"" else { throw error("expected a string key") }
                let keyLine = line, keyColumn = column
                let key = try string()
                if pairs.contains(where: { $0.key == key }) {
                    throw DocumentError(file: file, line: keyLine, column: keyColumn, reason: "duplicate key '\(key)'")
                }
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                var member = try value(depth: depth + 1)
                member.keyPosition = (keyLine, keyColumn)
                pairs.append((key, member))
                skipWhitespace()
                if current == "," { advance(); continue }
                try expect("}")
                return node(.object(pairs))
            }
        case "[":
            advance()
            var items: [DocumentNode] = []
            skipWhitespace()
            if current == "]" { advance(); return node(.array(items)) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                if current == "," { advance(); continue }
                try expect("]")
                return node(.array(items))
            }
        case "\"": return node(.string(try string()))
        case "t": try literal("true"); return node(.bool(true))
        case "f": try literal("false"); return node(.bool(false))
        case "n": try literal("null"); return node(.null)
        case let c? where c == "-" || ("0"..."9").contains(c): return node(.number(try number()))
        case let c?: throw error("unexpected character '\(c)'")
        }
    }

    mutating func literal(_ word: String) throws(DocumentError) {
        for scalar in word.unicodeScalars {
            guard current == scalar else { throw error("expected '\(word)'") }
            advance()
        }
    }

    mutating func number() throws(DocumentError) -> Value {
        var text = ""
        var isInteger = true
        while let c = current, c == "-" || c == "+" || c == "." || c == "e" || c == "E" || ("0"..."9").contains(c) {
            if c == "." || c == "e" || c == "E" { isInteger = false }
            text.unicodeScalars.append(c)
            advance()
        }
        if isInteger {
            if let i = Int32(text) { return .int(i) }
            if let l = Int64(text) { return .long(l) }
            if let b = BigInteger(text) { return .bigInteger(b) }
        } else if let d = Double(text), text.last.map({ ("0"..."9").contains($0) }) == true {
            return .double(d)
        }
        throw error("malformed number '\(text)'")
    }

    mutating func string() throws(DocumentError) -> String {
        advance()
        var out = String.UnicodeScalarView()
        var pendingHigh: UInt32?
        func flushHigh() {
            if pendingHigh != nil { out.append("\u{FFFD}"); pendingHigh = nil }
        }
        while true {
            guard let c = current else { throw error("unterminated string") }
            switch c {
            case "\"":
                advance()
                flushHigh()
                return String(out)
            case "\\":
                let escapeLine = line, escapeColumn = column
                advance()
                guard let escape = current else { throw error("unterminated string") }
                advance()
                if escape == "u" {
                    var value: UInt32 = 0
                    for _ in 0..<4 {
                        guard let digit = current, let hex = UInt32(String(digit), radix: 16) else { throw error("malformed \\u escape") }
                        value = value * 16 + hex
                        advance()
                    }
                    switch value {
                    case 0xD800...0xDBFF:
                        flushHigh()
                        pendingHigh = value
                    case 0xDC00...0xDFFF:
                        if let high = pendingHigh, let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)) {
                            out.append(scalar)
                            pendingHigh = nil
                        } else {
                            flushHigh()
                            out.append("\u{FFFD}")
                        }
                    default:
                        flushHigh()
                        out.append(Unicode.Scalar(value)!)
                    }
                    continue
                }
                flushHigh()
                switch escape {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                default:
                    throw DocumentError(file: file, line: escapeLine, column: escapeColumn, reason: "invalid JSON: unknown escape '\\\(escape)'")
                }
            default:
                guard c.value >= 0x20 else { throw error("control character U+\(String(c.value, radix: 16, uppercase: true)) in a string (write it as an escape)") }
                flushHigh()
                out.append(c)
                advance()
            }
        }
    }
}
