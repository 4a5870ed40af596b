/// Strict JSON (RFC 8259) checking for the output pane: is the rendered text valid
/// JSON, and if not, where is the first error. Iterative, so any nesting depth is fine.
public enum StrictJSON {
    /// The first error in `text`, or nil when it is exactly one valid JSON value
    /// surrounded by optional whitespace.
    public static func firstError(in text: String) -> JSONParseError? {
        var text = text
        return text.withUTF8 { bytes in
            var validator = StrictValidator(input: bytes)
            guard let (offset, reason) = validator.run() else { return nil }
            return JSONParseError(reason: reason, location: JSONLocation(offset: offset, in: bytes), javaMessage: reason)
        }
    }

    /// Whether `text` is valid strict JSON.
    public static func isValid(_ text: String) -> Bool { firstError(in: text) == nil }
}

private struct StrictValidator {
    enum Container { case object, array }
    /// What may come next.
    enum Expect { case value, valueOrClose, key, keyOrClose, colon, commaOrClose }

    let input: UnsafeBufferPointer<UInt8>
    var pos = 0
    var stack: [Container] = []

    init(input: UnsafeBufferPointer<UInt8>) { self.input = input }

    /// Nil when valid, else the byte offset and reason of the first error.
    mutating func run() -> (Int, String)? {
        var expect = Expect.value
        while true {
            skipWhitespace()
            guard pos < input.count else {
                if stack.isEmpty && expect == .commaOrClose { return nil }
                return (pos, expect == .value && stack.isEmpty ? "expected a JSON value, found the end of the text" : "unexpected end of the text")
            }
            let c = input[pos]
            switch expect {
            case .value, .valueOrClose:
                if c == UInt8(ascii: "]") && expect == .valueOrClose {
                    pos += 1
                    stack.removeLast()
                    expect = .commaOrClose
                } else if c == UInt8(ascii: "{") {
                    pos += 1
                    stack.append(.object)
                    expect = .keyOrClose
                } else if c == UInt8(ascii: "[") {
                    pos += 1
                    stack.append(.array)
                    expect = .valueOrClose
                } else {
                    if let error = scalar() { return error }
                    expect = .commaOrClose
                }
            case .key, .keyOrClose:
                if c == UInt8(ascii: "}") && expect == .keyOrClose {
                    pos += 1
                    stack.removeLast()
                    expect = .commaOrClose
                } else if c == UInt8(ascii: "\"") {
                    if let error = string() { return error }
                    expect = .colon
                } else if c == UInt8(ascii: "}") {
                    return (pos, "trailing comma before '}'")
                } else {
                    return (pos, "expected a string key in double quotes, found \(describe(at: pos))")
                }
            case .colon:
                guard c == UInt8(ascii: ":") else { return (pos, "expected ':' after the key, found \(describe(at: pos))") }
                pos += 1
                expect = .value
            case .commaOrClose:
                guard let container = stack.last else {
                    return (pos, "unexpected \(describe(at: pos)) after the JSON value")
                }
                let closer = container == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if c == UInt8(ascii: ",") {
                    pos += 1
                    expect = container == .object ? .key : .value
                    if container == .array {
                        skipWhitespace()
                        if pos < input.count && input[pos] == UInt8(ascii: "]") { return (pos, "trailing comma before ']'") }
                    }
                } else if c == closer {
                    pos += 1
                    stack.removeLast()
                } else {
                    return (pos, "expected ',' or '\(Character(Unicode.Scalar(closer)))', found \(describe(at: pos))")
                }
            }
        }
    }

    mutating func skipWhitespace() {
        while pos < input.count {
            switch input[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    func describe(at offset: Int) -> String {
        guard offset < input.count else { return "the end of the text" }
        var end = offset + 1
        while end < input.count, input[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: UnsafeBufferPointer(rebasing: input[offset..<end]), as: UTF8.self)
        if let scalar = character.unicodeScalars.first, scalar.value < 0x20 {
            return "control character U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(4))"
        }
        return "'\(character)'"
    }

    mutating func scalar() -> (Int, String)? {
        let c = input[pos]
        if c == UInt8(ascii: "\"") { return string() }
        if c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) { return number() }
        for literal in ["true", "false", "null"] where input[pos...].starts(with: literal.utf8) {
            pos += literal.utf8.count
            return nil
        }
        if c == UInt8(ascii: "'") { return (pos, "strings must use double quotes") }
        return (pos, "expected a JSON value, found \(describe(at: pos))")
    }

    mutating func string() -> (Int, String)? {
        let start = pos
        pos += 1
        while pos < input.count {
            let c = input[pos]
            if c == UInt8(ascii: "\"") { pos += 1; return nil }
            if c < 0x20 { return (pos, "\(describe(at: pos)) must be escaped in a string") }
            if c == UInt8(ascii: "\\") {
                guard pos + 1 < input.count else { break }
                let escape = input[pos + 1]
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    pos += 2
                case UInt8(ascii: "u"):
                    for offset in 2..<6 {
                        guard pos + offset < input.count, isHex(input[pos + offset]) else {
                            return (pos, "invalid \\u escape: expected 4 hex digits")
                        }
                    }
                    pos += 6
                default:
                    return (pos, "invalid escape '\\\(describe(at: pos + 1).dropFirst().dropLast())'")
                }
                continue
            }
            pos += 1
        }
        return (start, "unterminated string")
    }

    func isHex(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
            || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
    }

    func isDigit(_ offset: Int) -> Bool {
        offset < input.count && input[offset] >= UInt8(ascii: "0") && input[offset] <= UInt8(ascii: "9")
    }

    mutating func number() -> (Int, String)? {
        if input[pos] == UInt8(ascii: "-") { pos += 1 }
        guard isDigit(pos) else { return (pos, "expected a digit, found \(describe(at: pos))") }
        if input[pos] == UInt8(ascii: "0") {
            pos += 1
            if isDigit(pos) { return (pos - 1, "numbers cannot have leading zeros") }
        } else {
            while isDigit(pos) { pos += 1 }
        }
        if pos < input.count && input[pos] == UInt8(ascii: ".") {
            pos += 1
            guard isDigit(pos) else { return (pos, "expected a digit after '.', found \(describe(at: pos))") }
            while isDigit(pos) { pos += 1 }
        }
        if pos < input.count && (input[pos] == UInt8(ascii: "e") || input[pos] == UInt8(ascii: "E")) {
            pos += 1
            if pos < input.count && (input[pos] == UInt8(ascii: "+") || input[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard isDigit(pos) else { return (pos, "expected a digit in the exponent, found \(describe(at: pos))") }
            while isDigit(pos) { pos += 1 }
        }
        return nil
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
