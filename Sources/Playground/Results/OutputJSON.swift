/// Checks whether rendered output is strict JSON (RFC 8259), as a backend
/// expecting JSON would parse it.
public enum OutputJSON {
    /// `.valid`, `.empty`, or the first problem with its line and column in the output.
    public static func check(_ output: String) -> JSONCheck {
        if output.allSatisfy(\.isWhitespace) { return .empty }
        var validator = Validator(Array(output.unicodeScalars))
        do throws(Problem) {
            validator.skipSpace()
            try validator.value(depth: 0)
            validator.skipSpace()
            if validator.i < validator.chars.count { throw validator.error("unexpected text after the JSON value") }
            return .valid
        } catch {
            return .invalid(reason: error.reason, line: error.line, column: error.column)
        }
    }

    struct Problem: Error {
        var reason: String
        var line: Int
        var column: Int
    }

    private struct Validator {
        let chars: [Unicode.Scalar]
        var i = 0

        init(_ chars: [Unicode.Scalar]) { self.chars = chars }

        func error(_ reason: String) -> Problem {
            var line = 1
            var column = 1
            for c in chars.prefix(i) {
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return Problem(reason: reason, line: line, column: column)
        }

        mutating func skipSpace() {
            while i < chars.count, [" ", "\t", "\n", "\r"].contains(chars[i]) { i += 1 }
        }

        mutating func expect(_ word: String) throws(Problem) {
            for c in word.unicodeScalars {
                guard i < chars.count, chars[i] == c else { throw error("expected \(word)") }
                i += 1
            }
        }

        mutating func value(depth: Int) throws(Problem) {
            guard depth < 512 else { throw error("nested too deeply") }
            guard i < chars.count else { throw error("unexpected end of the output: a value is missing") }
            switch chars[i] {
            case "{":
                i += 1
                skipSpace()
                if i < chars.count, chars[i] == "}" { i += 1; return }
                while true {
                    skipSpace()
                    guard i < chars.count, chars[i] == "\"" else { throw error("expected a string key in double quotes") }
                    try string()
                    skipSpace()
                    guard i < chars.count, chars[i] == ":" else { throw error("expected ':' after the key") }
                    i += 1
                    skipSpace()
                    try value(depth: depth + 1)
                    skipSpace()
                    guard i < chars.count else { throw error("unexpected end of the output: '}' is missing") }
                    if chars[i] == "," { i += 1; continue }
                    if chars[i] == "}" { i += 1; return }
                    throw error("expected ',' or '}'")
                }
            case "[":
                i += 1
                skipSpace()
                if i < chars.count, chars[i] == "]" { i += 1; return }
                while true {
                    skipSpace()
                    try value(depth: depth + 1)
                    skipSpace()
                    guard i < chars.count else { throw error("unexpected end of the output: ']' is missing") }
                    if chars[i] == "," { i += 1; continue }
                    if chars[i] == "]" { i += 1; return }
                    throw error("expected ',' or ']'")
                }
            case "\"": try string()
            case "t": try expect("true")
            case "f": try expect("false")
            case "n": try expect("null")
            case "-", "0"..."9": try number()
            default: throw error("unexpected character '\(chars[i])'")
            }
        }

        mutating func string() throws(Problem) {
            i += 1
            while i < chars.count {
                let c = chars[i]
                if c == "\"" { i += 1; return }
                if c.value < 0x20 { throw error("control character in a string (escape it)") }
                if c == "\\" {
                    i += 1
                    guard i < chars.count else { break }
                    switch chars[i] {
                    case "\"", "\\", "/", "b", "f", "n", "r", "t": i += 1
                    case "u":
                        i += 1
                        for _ in 0..<4 {
                            guard i < chars.count, chars[i].properties.isASCIIHexDigit else { throw error("expected four hex digits after \\u") }
                            i += 1
                        }
                    default:
                        i -= 1
                        throw error("invalid escape \\\(chars[i + 1]) in a string")
                    }
                    continue
                }
                i += 1
            }
            throw error("unterminated string")
        }

        mutating func number() throws(Problem) {
            if chars[i] == "-" { i += 1 }
            func digits() -> Int {
                let start = i
                while i < chars.count, ("0"..."9").contains(chars[i]) { i += 1 }
                return i - start
            }
            guard i < chars.count, ("0"..."9").contains(chars[i]) else { throw error("expected a digit") }
            if chars[i] == "0" { i += 1 } else { _ = digits() }
            if i < chars.count, chars[i] == "." {
                i += 1
                guard digits() > 0 else { throw error("expected a digit after '.'") }
            }
            if i < chars.count, chars[i] == "e" || chars[i] == "E" {
                i += 1
                if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
                guard digits() > 0 else { throw error("expected a digit in the exponent") }
            }
        }
    }
}
