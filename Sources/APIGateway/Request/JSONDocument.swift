import VTL

/// Reads a harness JSON document (request, invocation, batch line) strictly
/// (RFC 8259) into a `DocumentNode`, keeping key order and every value's position.
/// Numbers get json-smart's Java types: `Integer`, `Long`, `BigInteger` by size, else `Double`.
/// Works on the text's UTF-8 bytes; columns count characters (Unicode scalars).
struct JSONDocument {
    static func parse(_ text: String, file: String) throws(DocumentError) -> DocumentNode {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(DocumentError) -> DocumentNode in
                var parser = JSONDocument(bytes: bytes, file: file)
                parser.skipWhitespace()
                let node = try parser.value(depth: 0)
                parser.skipWhitespace()
                if parser.index < bytes.count { throw parser.error("unexpected text after the JSON value") }
                return node
            }
        }
        return try result.get()
    }

    /// Deeper nesting is refused rather than risking the stack.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var index = 0
    var line = 1
    var column = 1
    /// The content of the last string read with escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    func error(_ reason: String) -> DocumentError {
        DocumentError(file: file, line: line, column: column, reason: "invalid JSON: " + reason)
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The character at the current position (for messages).
    var currentCharacter: String? {
        guard index < bytes.count else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }

    mutating func advance() {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        index += 1
    }

    /// Advances over `count` bytes that hold no line break.
    mutating func advance(inLine count: Int) {
        for byte in UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]) where byte & 0xC0 != 0x80 { column += 1 }
        index += count
    }

    mutating func skipWhitespace() {
        while let c = current, c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
            advance()
        }
    }

    mutating func expect(_ byte: UInt8) throws(DocumentError) {
        guard current == byte else {
            let expected = Character(Unicode.Scalar(byte))
            throw error(currentCharacter.map { "expected '\(expected)', found '\($0)'" } ?? "expected '\(expected)', found the end")
        }
        advance()
    }

    mutating func value(depth: Int) throws(DocumentError) -> DocumentNode {
        guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        let (startLine, startColumn) = (line, column)
        func node(_ kind: DocumentNode.Kind) -> DocumentNode { DocumentNode(kind, line: startLine, column: startColumn) }
        guard let c = current else { throw error("unexpected end of input") }
        switch c {
        case UInt8(ascii: "{"):
            advance()
            var pairs: [(key: String, value: DocumentNode)] = []
            var keys: Set<String> = []
            skipWhitespace()
            if current == UInt8(ascii: "}") { advance(); return node(.object(pairs)) }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let keyLine = line, keyColumn = column
                let key = try string()
                if !keys.insert(key).inserted {
                    throw DocumentError(file: file, line: keyLine, column: keyColumn, reason: "duplicate key '\(key)'")
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                var member = try value(depth: depth + 1)
                member.keyPosition = (keyLine, keyColumn)
                pairs.append((key, member))
                skipWhitespace()
                if current == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "}"))
                return node(.object(pairs))
            }
        case UInt8(ascii: "["):
            advance()
            var items: [DocumentNode] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") { advance(); return node(.array(items)) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                if current == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "]"))
                return node(.array(items))
            }
        case UInt8(ascii: "\""): return node(.string(try string()))
        case UInt8(ascii: "t"): try literal("true"); return node(.bool(true))
        case UInt8(ascii: "f"): try literal("false"); return node(.bool(false))
        case UInt8(ascii: "n"): try literal("null"); return node(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return node(.number(try number()))
        default: throw error("unexpected character '\(currentCharacter ?? "")'")
        }
    }

    mutating func literal(_ word: StaticString) throws(DocumentError) {
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for letter in letters {
            guard current == letter else { throw error("expected '\(word)'") }
            advance()
        }
    }

    mutating func number() throws(DocumentError) -> Value {
        let start = index
        var isInteger = true
        while let c = current, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isInteger = false }
            advance()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger {
            if let i = Int32(text) { return .int(i) }
            if let l = Int64(text) { return .long(l) }
            if let b = BigInteger(text) { return .bigInteger(b) }
        } else if let d = Double(text), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index - 1]) {
            return .double(d)
        }
        throw error("malformed number '\(text)'")
    }

    /// A string (`current` is its opening quote); runs of plain characters are copied at once.
    mutating func string() throws(DocumentError) -> String {
        advance()
        // The common case: no escapes.
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            advance(inLine: end - index + 1)
            return text
        }
        scratch.removeAll(keepingCapacity: true)
        var pendingHigh: UInt32?
        func flushHigh(_ scratch: inout [UInt8]) {
            if pendingHigh != nil { Self.append(0xFFFD, to: &scratch); pendingHigh = nil }
        }
        while true {
            guard let c = current else { throw error("unterminated string") }
            switch c {
            case UInt8(ascii: "\""):
                advance()
                flushHigh(&scratch)
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeLine = line, escapeColumn = column
                advance()
                guard let escape = current else { throw error("unterminated string") }
                let escapeText = currentCharacter ?? ""
                advance()
                if escape == UInt8(ascii: "u") {
                    var value: UInt32 = 0
                    for _ in 0..<4 {
                        guard let digit = current, let hex = Self.hexValue(digit) else { throw error("malformed \\u escape") }
                        value = value * 16 + hex
                        advance()
                    }
                    switch value {
                    case 0xD800...0xDBFF:
                        flushHigh(&scratch)
                        pendingHigh = value
                    case 0xDC00...0xDFFF:
                        if let high = pendingHigh {
                            Self.append(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00), to: &scratch)
                            pendingHigh = nil
                        } else {
                            Self.append(0xFFFD, to: &scratch)
                        }
                    default:
                        flushHigh(&scratch)
                        Self.append(value, to: &scratch)
                    }
                    continue
                }
                flushHigh(&scratch)
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                default:
                    throw DocumentError(file: file, line: escapeLine, column: escapeColumn, reason: "invalid JSON: unknown escape '\\\(escapeText)'")
                }
            default:
                guard c >= 0x20 else { throw error("control character U+\(String(c, radix: 16, uppercase: true)) in a string (write it as an escape)") }
                flushHigh(&scratch)
                var end = index + 1
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                    end += 1
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                advance(inLine: end - index)
            }
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Appends a scalar's UTF-8 (a value that is no scalar appends nothing).
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}
