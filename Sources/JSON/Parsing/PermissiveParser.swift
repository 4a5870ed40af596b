import OrderedCollections

/// The JSON parser API Gateway applies to request bodies: json-smart 2.2 in
/// `JSONParser.MODE_PERMISSIVE`, reproduced rule for rule.
///
/// What permissive mode accepts (each checked against the real library):
/// - trailing and repeated commas (`[1,,2,]`, `{,"a":1,}`);
/// - single-quoted strings, and unquoted keys and values read up to the next stop
///   character and trimmed (`{a b: c d}` is `{"a b":"c d"}`, `[1 2]` is `["1 2"]`);
/// - `NaN` (a Java `Float`); `Infinity`, `0x10`, `.5`, `+1` are strings; leading zeros (`007` is 7);
/// - anything after the first complete value (`{"a":1} xyz`); comments are not special;
/// - duplicate keys: the last value wins, at the first key's place;
/// - in a string without backslashes control characters are kept; in one with a backslash
///   they, DEL and unknown escapes (`\q`) are dropped; `\xHH` is an escape;
/// - a byte 0x1A ends the input, as json-smart's end-of-input marker.
/// Integers become `int`, `long` or `bigInteger` by size; other numbers `double`, or
/// `bigDecimal` when their text is longer than 18 characters. More than 400 levels of
/// nesting are rejected (the CVE-2023-1370 limit), so parsing never recurses deeper.
/// Lone surrogate escapes (`\uD800`) become U+FFFD (Swift strings hold only scalars).
public enum PermissiveJSON {
    /// json-smart's `MAX_DEPTH`: the deepest accepted nesting of objects and arrays.
    public static let maximumDepth = 400

    /// Parses `text`; throws the first error json-smart would report.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { parse(bytes: $0) }
        return try result.get()
    }

    /// Parses UTF-8 bytes.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
        var parser = PermissiveParser(input: bytes)
        do {
            parser.read()
            return .success(try parser.readMain(stop: Stops.none))
        } catch {
            return .failure(error.resolved(in: bytes))
        }
    }
}

/// Characters that end an unquoted token, by context (json-smart's stop tables).
struct Stops: OptionSet {
    let rawValue: UInt8
    static let none = Stops([])
    static let key = Stops(rawValue: 1)
    static let value = Stops(rawValue: 2)
    static let array = Stops(rawValue: 4)
    static let all = Stops(rawValue: 8)

    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        table[Int(UInt8(ascii: ":"))] = key.rawValue | all.rawValue
        table[Int(UInt8(ascii: ","))] = value.rawValue | array.rawValue | all.rawValue
        table[Int(UInt8(ascii: "}"))] = value.rawValue | all.rawValue
        table[Int(UInt8(ascii: "]"))] = array.rawValue | all.rawValue
        return table
    }()
}

/// An error found while parsing, before its location is resolved.
struct PendingError: Error {
    enum Kind {
        case character, token(String), endOfInput(detail: String), unicode, depth, numberFormat(String)
    }
    let kind: Kind
    /// Byte offset json-smart reports.
    let javaOffset: Int
    /// Byte offset to show the user.
    let offset: Int
    /// Byte offset of the character the message names.
    var characterOffset: Int? = nil

    func resolved(in bytes: UnsafeBufferPointer<UInt8>) -> JSONParseError {
        let location = JSONLocation(offset: offset, in: bytes)
        let javaPosition = javaOffset >= bytes.count
            ? JSONLocation(offset: bytes.count, in: bytes).utf16Offset + (javaOffset - bytes.count)
            : JSONLocation(offset: javaOffset, in: bytes).utf16Offset
        let shown = Self.character(at: characterOffset ?? javaOffset, in: bytes)
        switch kind {
        case .character:
            return JSONParseError(reason: "unexpected character '\(shown)'", location: location,
                                  javaMessage: "Unexpected character (\(shown)) at position \(javaPosition).")
        case .token(let token):
            return JSONParseError(reason: "unexpected '\(token)'", location: location,
                                  javaMessage: "Unexpected token \(token) at position \(javaPosition).")
        case .endOfInput(let detail):
            return JSONParseError(reason: "unexpected end of input", location: location,
                                  javaMessage: "Unexpected End Of File position \(javaPosition): \(detail)")
        case .unicode:
            return JSONParseError(reason: "invalid unicode escape: '\(shown)' is not a hex digit", location: location,
                                  javaMessage: "Unexpected unicode escape sequence \(shown) at position \(javaPosition).")
        case .depth:
            return JSONParseError(reason: "nesting deeper than \(PermissiveJSON.maximumDepth) levels", location: location,
                                  javaMessage: "Malicious payload, having non natural depths, parsing stoped on \(shown) at position \(javaPosition).")
        case .numberFormat(let text):
            return JSONParseError(reason: "invalid number '\(text)'", location: location,
                                  javaMessage: "For input string: \"\(text)\"")
        }
    }

    /// The character starting at byte `offset`, as Java would print it (EOI is U+001A).
    static func character(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset >= 0, offset < bytes.count else { return "\u{1A}" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }
}

private let endOfInput: UInt8 = 0x1A
private let quote = UInt8(ascii: "\"")
private let apostrophe = UInt8(ascii: "'")
private let backslash = UInt8(ascii: "\\")

/// json-smart's `JSONParserString` over UTF-8 bytes: `c` is the current byte, or 0x1A
/// (json-smart's EOI) past the end.
struct PermissiveParser {
    let input: UnsafeBufferPointer<UInt8>
    var pos = -1
    var c: UInt8 = 0
    var depth = 0
    var scratch: [UInt8] = []

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
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

    mutating func readMain(stop: Stops) throws(PendingError) -> JSONValue {
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
                return .string(try readString())
            case UInt8(ascii: "n"):
                let text = readUnquoted(stop: stop)
                return text == "null" ? .null : .string(text)
            case UInt8(ascii: "f"):
                let text = readUnquoted(stop: stop)
                return text == "false" ? .bool(false) : .string(text)
            case UInt8(ascii: "t"):
                let text = readUnquoted(stop: stop)
                return text == "true" ? .bool(true) : .string(text)
            case UInt8(ascii: "N"):
                let text = readUnquoted(stop: stop)
                return text == "NaN" ? .double(.nan) : .string(text)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                return try readNumber(stop: stop)
            default:
                return .string(readUnquoted(stop: stop))
            }
        }
    }

    mutating func readObject() throws(PendingError) -> JSONValue {
        depth += 1
        if depth > PermissiveJSON.maximumDepth { throw error(.depth, at: pos) }
        let depthBefore = depth - 1
        defer { depth = depthBefore }
        var members = OrderedDictionary<String, JSONValue>()
        while true {
            read()
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ","):
                continue
            case UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "{"):
                throw error(.character, at: pos)
            case UInt8(ascii: "}"):
                read()
                return .object(members)
            default:
                let key: String
                if c == quote || c == apostrophe {
                    key = try readString()
                } else {
                    key = readUnquoted(stop: .key)
                }
                skipSpace()
                if c != UInt8(ascii: ":") {
                    if c == endOfInput { throw error(.endOfInput(detail: "null"), at: pos - 1) }
                    throw PendingError(kind: .character, javaOffset: pos - 1, offset: pos, characterOffset: pos)
                }
                read()
                if c == endOfInput && pos >= input.count { throw error(.endOfInput(detail: "EOF"), at: pos - 1) }
                members[key] = try readMain(stop: .value)
                skipSpace()
                if c == UInt8(ascii: "}") {
                    read()
                    return .object(members)
                }
                if c == endOfInput { throw error(.endOfInput(detail: "null"), at: pos - 1) }
                if c != UInt8(ascii: ",") {
                    throw PendingError(kind: .token(PendingError.character(at: pos, in: input)), javaOffset: pos - 1, offset: pos)
                }
            }
        }
    }

    mutating func readArray() throws(PendingError) -> JSONValue {
        depth += 1
        if depth > PermissiveJSON.maximumDepth { throw error(.depth, at: pos) }
        let depthBefore = depth - 1
        defer { depth = depthBefore }
        var elements: [JSONValue] = []
        read()
        while true {
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: ","):
                read()
            case UInt8(ascii: "]"):
                read()
                return .array(elements)
            case UInt8(ascii: ":"), UInt8(ascii: "}"):
                throw error(.character, at: pos)
            case endOfInput:
                throw error(.endOfInput(detail: "EOF"), at: pos - 1)
            default:
                elements.append(try readMain(stop: .array))
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

    /// The text from `start` to the current position, trimmed like Java's `String.trim()`.
    func trimmedString(from start: Int) -> String {
        var lower = start
        var upper = min(pos, input.count)
        while lower < upper && input[lower] <= 0x20 { lower += 1 }
        while upper > lower && input[upper - 1] <= 0x20 { upper -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: input[lower..<upper]), as: UTF8.self)
    }

    mutating func readUnquoted(stop: Stops) -> String {
        let start = pos
        skipUnquoted(stop: stop)
        return trimmedString(from: start)
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

    mutating func readNumber(stop: Stops) throws(PendingError) -> JSONValue {
        let start = pos
        read()
        skipDigits()
        if c != UInt8(ascii: ".") && c != UInt8(ascii: "e") && c != UInt8(ascii: "E") {
            if continuesAsText(stop: stop) { return .string(trimmedString(from: start)) }
            return integer(trimmedString(from: start))
        }
        if c == UInt8(ascii: ".") {
            read()
            skipDigits()
        }
        if c != UInt8(ascii: "e") && c != UInt8(ascii: "E") {
            if continuesAsText(stop: stop) { return .string(trimmedString(from: start)) }
            return try decimal(trimmedString(from: start), at: start)
        }
        read()
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
            read()
            skipDigits()
            if continuesAsText(stop: stop) { return .string(trimmedString(from: start)) }
            return try decimal(trimmedString(from: start), at: start)
        }
        skipUnquoted(stop: stop)
        return .string(trimmedString(from: start))
    }

    /// json-smart's `parseNumber`: `int` when it fits, else `long`, else `bigInteger`.
    func integer(_ text: String) -> JSONValue {
        let negative = text.utf8.first == UInt8(ascii: "-")
        let limit = negative ? 20 : 19
        let length = text.utf8.count
        if length <= limit, let value = Int64(text == "-" ? "0" : text) {
            if let small = Int32(exactly: value) { return .int(small) }
            return .long(value)
        }
        if length < limit { return .int(0) }
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
    mutating func readString() throws(PendingError) -> String {
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
            let text = String(decoding: UnsafeBufferPointer(rebasing: input[bodyStart..<index]), as: UTF8.self)
            pos = index
            read()
            return text
        }
        // json-smart first looks for any later delimiter, escaped or not.
        var closing = index
        while closing < input.count && input[closing] != delimiter { closing += 1 }
        if closing >= input.count { throw PendingError(kind: .endOfInput(detail: "null"), javaOffset: input.count, offset: input.count) }
        return try readEscapedString(delimiter: delimiter)
    }

    /// json-smart's `readString2`: escapes decoded, control characters and DEL dropped.
    mutating func readEscapedString(delimiter: UInt8) throws(PendingError) -> String {
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
                return String(decoding: scratch, as: UTF8.self)
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
