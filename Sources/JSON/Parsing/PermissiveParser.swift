private let endOfInput: UInt8 = 0x1A
private let quote = UInt8(ascii: "\"")
private let apostrophe = UInt8(ascii: "'")
private let backslash = UInt8(ascii: "\\")
/// 10^0 ... 10^22, each exact as a double.
private let powersOfTen: [Double] = (0...22).map { n in (0..<n).reduce(1.0) { value, _ in value * 10 } }

/// json-smart's `JSONParserString` over UTF-8 bytes: `c` is the current byte, or 0x1A
/// (json-smart's EOI) past the end. What it reads goes to a sink, which builds a tree
/// or writes JSON text directly.
struct PermissiveParser<Sink: PermissiveSink & ~Copyable>: ~Copyable {
    let input: UnsafeBufferPointer<UInt8>
    var sink: Sink
    var pos = -1
    var c: UInt8 = 0
    var depth = 0
    /// The content of the last string read with escapes.
    var scratch: [UInt8] = []

    init(input: UnsafeBufferPointer<UInt8>, sink: consuming Sink) {
        self.input = input
        self.sink = sink
    }

    @inline(__always) mutating func read() {
        pos += 1
        c = pos < input.count ? input[pos] : endOfInput
    }

    @inline(__always) func isStop(_ byte: UInt8, _ stops: Stops) -> Bool {
        switch byte {
        case endOfInput: return true
        case UInt8(ascii: ":"): return stops.contains(.key)
        case UInt8(ascii: ","): return !stops.isDisjoint(with: [.value, .array])
        case UInt8(ascii: "}"): return stops.contains(.value)
        case UInt8(ascii: "]"): return stops.contains(.array)
        default: return false
        }
    }

    func error(_ kind: PendingError.Kind, at javaOffset: Int) -> PendingError {
        let shown: Int
        if case .endOfInput = kind { shown = input.count } else { shown = javaOffset }
        return PendingError(kind: kind, javaOffset: javaOffset, offset: shown)
    }

    /// An error json-smart reports at `pos - 1` (one UTF-16 unit before `offset`).
    func error(_ kind: PendingError.Kind, before offset: Int) -> PendingError {
        var error = self.error(kind, at: offset)
        error.javaDelta = -1
        return error
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
                    if c == endOfInput { throw error(.endOfInput(detail: "null"), before: pos) }
                    throw PendingError(kind: .character, javaOffset: pos, javaDelta: -1, offset: pos, characterOffset: pos)
                }
                try key(name)
                read()
                if c == endOfInput && pos >= input.count { throw error(.endOfInput(detail: "EOF"), before: pos) }
                let value = try readMain(stop: .value)
                sink.member(value)
                skipSpace()
                if c == UInt8(ascii: "}") {
                    read()
                    return sink.endObject()
                }
                if c == endOfInput { throw error(.endOfInput(detail: "null"), before: pos) }
                if c != UInt8(ascii: ",") {
                    throw PendingError(kind: .token(PendingError.character(at: pos, in: input)), javaOffset: pos, javaDelta: -1, offset: pos)
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
                throw error(.endOfInput(detail: "EOF"), before: pos)
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
    @inline(__always) func trimmed(from start: Int) -> Range<Int> {
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
            let range = trimmed(from: start)
            if let copied = sink.numberAsWritten(UnsafeBufferPointer(rebasing: input[range])) { return copied }
            return sink.scalar(integer(range))
        }
        if c == UInt8(ascii: ".") {
            read()
            skipDigits()
        }
        if c != UInt8(ascii: "e") && c != UInt8(ascii: "E") {
            if continuesAsText(stop: stop) { return stringValue(.input(trimmed(from: start))) }
            let range = trimmed(from: start)
            if let copied = sink.numberAsWritten(UnsafeBufferPointer(rebasing: input[range])) { return copied }
            return sink.scalar(try decimal(range))
        }
        read()
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
            read()
            skipDigits()
            if continuesAsText(stop: stop) { return stringValue(.input(trimmed(from: start))) }
            let range = trimmed(from: start)
            if let copied = sink.numberAsWritten(UnsafeBufferPointer(rebasing: input[range])) { return copied }
            return sink.scalar(try decimal(range))
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

    /// `decimal(_:at:)` of the input in `range`, short doubles read without making a string.
    func decimal(_ range: Range<Int>) throws(PendingError) -> JSONValue {
        if range.count <= 18, let value = shortDouble(UnsafeBufferPointer(rebasing: input[range])) { return .double(value) }
        return try decimal(text(range), at: range.lowerBound)
    }

    /// `Double.parseDouble` of `-?digits(.digits)?([eE][+-]?digits)?` with at most 15
    /// significant digits and a decimal exponent within ±22 (nil for anything else):
    /// then `m × 10ᵉ` or `m / 10ᵉ` of two exact doubles is the correctly rounded value.
    func shortDouble(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = text.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var mantissaDigits = 0
        var exponent = 0
        var inFraction = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") && !inFraction {
                inFraction = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissaDigits += 1
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    significant += 1
                    mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                }
                if inFraction { exponent -= 1 }
            } else {
                break
            }
            index += 1
        }
        guard mantissaDigits > 0, significant <= 15 else { return nil }
        if index < text.count {
            guard text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") else { return nil }
            index += 1
            var exponentNegative = false
            if index < text.count && (text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-")) {
                exponentNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < text.count else { return nil }
            var written = 0
            while index < text.count {
                let byte = text[index]
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), written < 1000 else { return nil }
                written = written * 10 + Int(byte - UInt8(ascii: "0"))
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard exponent >= -22 && exponent <= 22 else { return nil }
        var value = Double(mantissa)
        if exponent < 0 { value /= powersOfTen[-exponent] } else if exponent > 0 { value *= powersOfTen[exponent] }
        return negative ? -value : value
    }

    /// json-smart's `extractFloat`: `BigDecimal` for text longer than 18 characters, else `Double`.
    func decimal(_ text: String, at start: Int) throws(PendingError) -> JSONValue {
        if text.utf8.count > 18 {
            guard let canonical = JavaBigDecimal.canonical(text) else {
                throw PendingError(kind: .bigDecimalFormat(text, message: JavaBigDecimal.failureMessage(text)), javaOffset: start, offset: start)
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
        if let base = input.baseAddress {
            // Eight bytes at a time up to the first delimiter or backslash.
            while input.count &- index >= 8 {
                let word = ByteWords.load(base + index)
                let found = ByteWords.equal(word, delimiter) | ByteWords.equal(word, backslash)
                if found != 0 {
                    index &+= ByteWords.firstMatch(found)
                    break
                }
                index &+= 8
            }
        }
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
            if c == endOfInput { throw error(.endOfInput(detail: "null"), before: pos) }
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
                    // Dropped characters leave a pending high surrogate waiting (Java's
                    // StringBuilder only sees what is appended).
                    let escaped: UInt8?
                    switch c {
                    case UInt8(ascii: "t"): escaped = 0x09
                    case UInt8(ascii: "n"): escaped = 0x0A
                    case UInt8(ascii: "r"): escaped = 0x0D
                    case UInt8(ascii: "f"): escaped = 0x0C
                    case UInt8(ascii: "b"): escaped = 0x08
                    case backslash, UInt8(ascii: "/"), apostrophe, quote: escaped = c
                    default: escaped = nil
                    }
                    if let escaped {
                        flushHigh(&scratch, &pendingHigh)
                        scratch.append(escaped)
                    } else if c >= 0xF0 {
                        // An unknown escape drops one UTF-16 unit: here the high half of a
                        // character outside the BMP; the lone low half left is U+FFFD.
                        flushHigh(&scratch, &pendingHigh)
                        scratch.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    }
                    while pos + 1 < input.count && input[pos + 1] & 0xC0 == 0x80 { read() }
                    continue
                }
            }
            if c < 0x20 || c == 0x7F { continue }
            flushHigh(&scratch, &pendingHigh)
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
