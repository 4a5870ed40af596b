/// A small JSON validator and pretty-printer for the output pane: reports the
/// first error with its 1-based line and column, and re-indents valid JSON
/// keeping key order and number spelling.
public enum JSONFormatter {
    /// The outcome of checking a text.
    public enum Result: Sendable, Equatable {
        case valid(pretty: String)
        case invalid(line: Int, column: Int, message: String)
    }

    public static func check(_ text: String, indent: Int = 2) -> Result {
        var parser = Parser(bytes: Array(text.utf8), indent: indent)
        do {
            parser.skipSpace()
            try parser.value(depth: 0)
            parser.skipSpace()
            if parser.index < parser.bytes.count { throw parser.failure("unexpected text after the JSON value") }
            return .valid(pretty: String(decoding: parser.out, as: UTF8.self))
        } catch let error as Failure {
            let (line, column) = parser.location(of: error.offset)
            return .invalid(line: line, column: column, message: error.message)
        } catch {
            return .invalid(line: 1, column: 1, message: "\(error)")
        }
    }

    struct Failure: Error {
        var offset: Int
        var message: String
    }

    struct Parser {
        let bytes: [UInt8]
        let indent: Int
        var index = 0
        var out: [UInt8] = []
        static let maxDepth = 512

        init(bytes: [UInt8], indent: Int) {
            self.bytes = bytes
            self.indent = indent
            out.reserveCapacity(bytes.count * 2)
        }

        func failure(_ message: String) -> Failure { Failure(offset: index, message: message) }

        func location(of offset: Int) -> (Int, Int) {
            var line = 1, column = 1
            var at = 0
            while at < min(offset, bytes.count) {
                if bytes[at] == 0x0A { line += 1; column = 1 }
                else if bytes[at] & 0xC0 != 0x80 { column += 1 }
                at += 1
            }
            return (line, column)
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func newline(_ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * indent))
        }

        mutating func value(depth: Int) throws {
            guard depth < Parser.maxDepth else { throw failure("nested too deeply") }
            guard index < bytes.count else { throw failure("expected a value, found the end of the text") }
            switch bytes[index] {
            case UInt8(ascii: "{"): try container(close: UInt8(ascii: "}"), depth: depth, members: true)
            case UInt8(ascii: "["): try container(close: UInt8(ascii: "]"), depth: depth, members: false)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default:
                for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
                    out.append(contentsOf: word.utf8)
                    index += word.utf8.count
                    return
                }
                throw failure("expected a value")
            }
        }

        mutating func container(close: UInt8, depth: Int, members: Bool) throws {
            out.append(bytes[index])
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == close {
                out.append(close)
                index += 1
                return
            }
            while true {
                newline(depth + 1)
                if members {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        throw failure("expected a member name in double quotes")
                    }
                    try string()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                    index += 1
                    out.append(contentsOf: ": ".utf8)
                    skipSpace()
                }
                try value(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw failure("unterminated \(members ? "object" : "array")") }
                if bytes[index] == UInt8(ascii: ",") {
                    out.append(bytes[index])
                    index += 1
                    skipSpace()
                    continue
                }
                if bytes[index] == close {
                    newline(depth)
                    out.append(close)
                    index += 1
                    return
                }
                throw failure("expected ',' or '\(Character(UnicodeScalar(close)))'")
            }
        }

        mutating func string() throws {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    out.append(contentsOf: bytes[start..<index])
                    return
                }
                if byte < 0x20 { throw failure("control character in a string") }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    if escape == UInt8(ascii: "u") {
                        let hex = bytes[(index + 1)..<min(index + 5, bytes.count)]
                        guard hex.count == 4, hex.allSatisfy({ Character(UnicodeScalar($0)).isHexDigit }) else {
                            throw failure("invalid \\u escape")
                        }
                        index += 4
                    } else if !"\"\\/bfnrt".utf8.contains(escape) {
                        throw failure("invalid escape")
                    }
                }
                index += 1
            }
            index = start
            throw failure("unterminated string")
        }

        mutating func number() throws {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if digits() == 0 {
                throw failure("expected a digit")
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw failure("expected a digit after '.'") }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw failure("expected a digit in the exponent") }
            }
            out.append(contentsOf: bytes[start..<index])
        }

        mutating func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
    }
}
