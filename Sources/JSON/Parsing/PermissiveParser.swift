private let endOfInput: UInt8 = 0x1A
private let quote = UInt8(ascii: "\"")
private let apostrophe = UInt8(ascii: "'")
private let backslash = UInt8(ascii: "\\")

/// json-smart's `JSONParserString` over UTF-8 bytes: `c` is the current byte, or 0x1A
/// (json-smart's EOI) past the end. What it reads goes to a sink, which builds a tree
/// or writes JSON text directly.
struct PermissiveParser<Sink: PermissiveSink> {
    let input: UnsafeBufferPointer<UInt8>
    var sink: Sink
    var pos = -1
    var c: UInt8 = 0
    var depth = 0
    /// The content of the last string read with escapes.
    var scratch: [UInt8] = []

    init(input: UnsafeBufferPointer<UInt8>, sink: Sink) {
        self.input = input
        self.sink = sink
    }

    @inline(__always) mutating func read() {
        pos += 1
        c = pos < input.count ? input[pos] : endOfInput
    }

    @inline(__always) func isStop(_ byte: UInt8, _ stops: Stops) -> Bool {
        byte == endOfInput || (byte < 126 && Stops.table[Int(byte)] & stops.rawValue != 0)
    }

    func error(_ kind: PendingError.Kind, at javaOffset: Int) -> PendingError {
        let shown: Int
        if case .endOfInput = kind { shown = input.count } else { shown = javaOffset }
        return PendingError(kind: kind, javaOffset: javaOffset, offset: shown)
    }

    // MARK: Values

    @discardableResult
    mutating func readMain(stop: Stops) throws(PendingError) -> Sink.Value {
        while true {
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                read()
            case UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "]"):
                throw error(.character, at: pos)
            case UInt8(ascii: "{"):
                return try readObject()
            case UInt8(ascii: "["):
                return try readArray()
            case quote, apostrophe:
                let text = try readString()
                return stringValue(text)
            case UInt8(ascii: "n"), UInt8(ascii: "f"), UInt8(ascii: "t"), UInt8(ascii: "N"):
                let text = readUnquoted(stop: stop)
                if let literal = literal(text) { return sink.scalar(literal) }
                return stringValue(.input(text))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                return try readNumber(stop: stop)
            default:
                return stringValue(.input(readUnquoted(stop: stop)))
            }
        }
    }

    /// `null`, `true`, `false`, `NaN` read as unquoted text.
    private func literal(_ range: Range<Int>) -> JSONValue? {
        let start = range.lowerBound
        func matches(_ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            let bytes = word.utf8Start
            for offset in 0..<range.count where input[start + offset] != bytes[offset] { return false }
            return true
        }
        switch range.count {
        case 3: return matches("NaN") ? .double(.nan) : nil
        case 4: return matches("null") ? .null : matches("true") ? .bool(true) : nil
        case 5: return matches("false") ? .bool(false) : nil
        default: return nil
        }
    }

    /// Where a string's UTF-8 content is: a range of the input, or `scratch`.
    enum StringBytes {
        case input(Range<Int>)
        case scratch
    }

    private mutating func stringValue(_ text: StringBytes) -> Sink.Value {
        switch text {
        case .input(let range): return sink.string(UnsafeBufferPointer(rebasing: input[range]))
        case .scratch: return scratch.withUnsafeBufferPointer { sink.string($0) }
        }
    }

    private mutating func key(_ text: StringBytes) throws(PendingError) {
        switch text {
        case .input(let range): try sink.key(UnsafeBufferPointer(rebasing: input[range]), at: range.lowerBound)
        case .scratch:
            let offset = pos
            let result = scratch.withUnsafeBufferPointer { bytes in Result { () throws(PendingError) in try sink.key(bytes, at: offset) } }
            try result.get()
        }
    }

    mutating func readObject() throws(PendingError) -> Sink.Value {
        depth += 1
        if depth > PermissiveJSON.maximumDepth { throw error(.depth, at: pos) }
        let depthBefore = depth - 1
        defer { depth = depthBefore }
        sink.beginObject()
        while true {
            read()
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ","):
                continue
            case UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "{"):
                throw error(.character, at: pos)
            case UInt8(ascii: "}"):
                read()
                return sink.endObject()
            default:
                let name: StringBytes = (c == quote || c == apostrophe) ? try readString() : .input(readUnquoted(stop: .key))
                skipSpace()
                if c != UInt8(ascii: ":") {
                    if c == endOfInput { throw error(.endOfInput(detail: "null"), at: pos - 1) }
                    throw PendingError(kind: .character, javaOffset: pos - 1, offset: pos, characterOffset: pos)
                }
                try key(name)
                read()
                if c == endOfInput && pos >= input.count { throw error(.endOfInput(detail: "EOF"), at: pos - 1) }
                let value = try readMain(stop: .value)
                sink.member(value)
                skipSpace()
                if c == UInt8(ascii: "}") {
                    read()
                    return sink.endObject()
                }
                if c == endOfInput { throw error(.endOfInput(detail: "null"), at: pos - 1) }
                if c != UInt8(ascii: ",") {
                    throw PendingError(kind: .token(PendingError.character(at: pos, in: input)), javaOffset: pos - 1, offset: pos)
                }
            }
        }
    }

    mutating func readArray() throws(PendingError) -> Sink.Value {
        depth += 1
        if depth > PermissiveJSON.maximumDepth { throw error(.depth, at: pos) }
        let depthBefore = depth - 1
        defer { depth = depthBefore }
        sink.beginArray()
        read()
        while true {
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: ","):
                read()
            case UInt8(ascii: "]"):
                read()
                return sink.endArray()
            case UInt8(ascii: ":"), UInt8(ascii: "}"):
                throw error(.character, at: pos)
            case endOfInput:
                throw error(.endOfInput(detail: "EOF"), at: pos - 1)
            default:
                let element = try readMain(stop: .array)
                sink.element(element)
            }
        }
    }

    // MARK: Tokens

    mutating func skipSpace() {
        while c <= UInt8(ascii: " ") && c != endOfInput { read() }
    }

    mutating func skipUnquoted(stop: Stops) {
        while !isStop(c, stop) { read() }
    }

    mutating func skipDigits() {
        while c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { read() }
    }

    /// The input from `start` to the current position, trimmed like Java's `String.trim()`.
    func trimmed(from start: Int) -> Range<Int> {
        var lower = start
        var upper = min(pos, input.count)
        while lower < upper && input[lower] <= 0x20 { lower += 1 }
        while upper > lower && input[upper - 1] <= 0x20 { upper -= 1 }
        return lower..<upper
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: input[range]), as: UTF8.self)
    }

    mutating func readUnquoted(stop: Stops) -> Range<Int> {
        let start = pos
        skipUnquoted(stop: stop)
        return trimmed(from: start)
    }

    /// After a number's digits: true (and the rest read) when more text follows before a
    /// stop character, which makes the whole token an unquoted string.
    mutating func continuesAsText(stop: Stops) -> Bool {
        skipSpace()
        if c < 126 && !isStop(c, stop) {
            skipUnquoted(stop: stop)
            return true
        }
        return false
    }

    mutating func readNumber(stop: Stops) throws(PendingError) -> Sink.Value {
        let start = pos
        read()
        skipDigits()
        if c != UInt8(ascii: ".") && c != UInt8(ascii: "e") && c != UInt8(ascii: "E") {
            if continuesAsText(stop: stop) { return stringValue(.input(trimmed(from: start))) }
            return sink.scalar(integer(trimmed(from: start)))
        }
        if c == UInt8(ascii: ".") {
            read()
            skipDigits()
        }
        if c != UInt8(ascii: "e") && c != UInt8(ascii: "E") {
            if continuesAsText(stop: stop) { return stringValue(.input(trimmed(from: start))) }
            return sink.scalar(try decimal(text(trimmed(from: start)), at: start))
        }
        read()
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
            read()
            skipDigits()
            if continuesAsText(stop: stop) { return stringValue(.input(trimmed(from: start))) }
            return sink.scalar(try decimal(text(trimmed(from: start)), at: start))
        }
        skipUnquoted(stop: stop)
        return stringValue(.input(trimmed(from: start)))
    }

    /// json-smart's `parseNumber` of `-?digits`: `int` when it fits, else `long`, else `bigInteger`.
    func integer(_ range: Range<Int>) -> JSONValue {
        let digits = UnsafeBufferPointer(rebasing: input[range])
        if digits.count <= 18 {
            var value: Int64 = 0
            var negative = false
            for byte in digits {
                if byte == UInt8(ascii: "-") { negative = true } else { value = value * 10 + Int64(byte - UInt8(ascii: "0")) }
            }
            if negative { value = -value }
            if let small = Int32(exactly: value) { return .int(small) }
            return .long(value)
        }
        let text = self.text(range)
        let limit = digits.first == UInt8(ascii: "-") ? 20 : 19
        if digits.count <= limit, let value = Int64(text) {
            if let small = Int32(exactly: value) { return .int(small) }
            return .long(value)
        }
        return .bigInteger(Self.normalizedInteger(text))
    }

    static func normalizedInteger(_ text: String) -> String {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : (negative ? "-" : "") + trimmed
    }

    /// json-smart's `extractFloat`: `BigDecimal` for text longer than 18 characters, else `Double`.
    func decimal(_ text: String, at start: Int) throws(PendingError) -> JSONValue {
        if text.utf8.count > 18 {
            guard let canonical = JavaBigDecimal.canonical(text) else {
                throw PendingError(kind: .numberFormat(text), javaOffset: start, offset: start)
            }
            return .bigDecimal(canonical)
        }
        guard Self.isJavaDouble(text), let value = Double(text) else {
            throw PendingError(kind: .numberFormat(text), javaOffset: start, offset: start)
        }
        return .double(value)
    }

    /// Whether `Double.parseDouble` accepts a text made of digits, `-`, `+`, `.`, `e`.
    static func isJavaDouble(_ text: String) -> Bool {
        var mantissaDigits = 0
        var exponentDigits = -1
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if exponentDigits >= 0 { exponentDigits += 1 } else { mantissaDigits += 1 }
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                exponentDigits = 0
            default:
                break
            }
        }
        return mantissaDigits > 0 && exponentDigits != 0
    }

    // MARK: Strings

    /// A quoted string (`c` is the opening quote); leaves `c` after the closing quote.
    mutating func readString() throws(PendingError) -> StringBytes {
        let delimiter = c
        let bodyStart = pos + 1
        var index = bodyStart
        var sawBackslash = false
        while index < input.count {
            let byte = input[index]
            if byte == delimiter { break }
            if byte == backslash { sawBackslash = true; break }
            index += 1
        }
        if !sawBackslash {
            if index >= input.count { throw PendingError(kind: .endOfInput(detail: "null"), javaOffset: input.count, offset: input.count) }
            pos = index
            read()
            return .input(bodyStart..<index)
        }
        // json-smart first looks for any later delimiter, escaped or not.
        var closing = index
        while closing < input.count && input[closing] != delimiter { closing += 1 }
        if closing >= input.count { throw PendingError(kind: .endOfInput(detail: "null"), javaOffset: input.count, offset: input.count) }
        try readEscapedString(delimiter: delimiter)
        return .scratch
    }

    /// json-smart's `readString2` into `scratch`: escapes decoded, control characters and DEL dropped.
    mutating func readEscapedString(delimiter: UInt8) throws(PendingError) {
        scratch.removeAll(keepingCapacity: true)
        var pendingHigh: UInt16? = nil
        func flushHigh(_ scratch: inout [UInt8], _ pendingHigh: inout UInt16?) {
            if pendingHigh != nil { scratch.append(contentsOf: [0xEF, 0xBF, 0xBD]); pendingHigh = nil }
        }
        while true {
            read()
            if c == endOfInput { throw error(.endOfInput(detail: "null"), at: pos - 1) }
            if c == delimiter {
                flushHigh(&scratch, &pendingHigh)
                read()
                return
            }
            if c == backslash {
                read()
                switch c {
                case UInt8(ascii: "u"), UInt8(ascii: "x"):
                    let unit = try readHex(count: c == UInt8(ascii: "u") ? 4 : 2)
                    appendUnit(unit, pendingHigh: &pendingHigh)
                    continue
                default:
                    flushHigh(&scratch, &pendingHigh)
                    switch c {
                    case UInt8(ascii: "t"): scratch.append(0x09)
                    case UInt8(ascii: "n"): scratch.append(0x0A)
                    case UInt8(ascii: "r"): scratch.append(0x0D)
                    case UInt8(ascii: "f"): scratch.append(0x0C)
                    case UInt8(ascii: "b"): scratch.append(0x08)
                    case backslash, UInt8(ascii: "/"), apostrophe, quote: scratch.append(c)
                    default:
                        // An unknown escape drops the escaped character (a whole UTF-8 sequence).
                        while pos + 1 < input.count && input[pos + 1] & 0xC0 == 0x80 { read() }
                    }
                    continue
                }
            }
            flushHigh(&scratch, &pendingHigh)
            if c < 0x20 || c == 0x7F { continue }
            // Copy a run of ordinary bytes at once.
            var end = pos + 1
            while end < input.count {
                let byte = input[end]
                if byte == delimiter || byte == backslash || byte < 0x20 || byte == 0x7F { break }
                end += 1
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[pos..<end]))
            pos = end - 1
        }
    }

    mutating func readHex(count: Int) throws(PendingError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<count {
            read()
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case endOfInput: throw error(.endOfInput(detail: "EOF"), at: pos)
            default: throw error(.unicode, at: pos)
            }
            value = value &* 16 &+ UInt16(digit)
        }
        return value
    }

    /// Appends one UTF-16 code unit from an escape, pairing surrogates.
    mutating func appendUnit(_ unit: UInt16, pendingHigh: inout UInt16?) {
        if let high = pendingHigh {
            pendingHigh = nil
            if unit >= 0xDC00 && unit <= 0xDFFF {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                appendScalar(scalar)
                return
            }
            scratch.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        if unit >= 0xD800 && unit <= 0xDBFF {
            pendingHigh = unit
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
            scratch.append(contentsOf: [0xEF, 0xBF, 0xBD])
        } else {
            appendScalar(UInt32(unit))
        }
    }

    mutating func appendScalar(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return }
        scratch.append(contentsOf: UTF8.encode(scalar)!)
    }
}
