/// Decides whether VTL typed so far is complete or needs more lines: an open
/// `#if`/`#foreach`/`#macro`/`#define` without its `#end`, an unclosed `#*`
/// comment or `#[[` text, or an unclosed `(` in a directive's arguments.
public enum BlockBalance {
    /// True when `text` ends inside a block, comment or directive arguments.
    public static func needsMoreInput(_ text: String) -> Bool {
        var scanner = Scanner(Array(text.unicodeScalars))
        return scanner.scan()
    }

    private struct Scanner {
        let chars: [Unicode.Scalar]
        var i = 0
        var depth = 0

        init(_ chars: [Unicode.Scalar]) { self.chars = chars }

        func at(_ offset: Int) -> Unicode.Scalar? {
            i + offset < chars.count ? chars[i + offset] : nil
        }

        func startsWith(_ text: String) -> Bool {
            var k = i
            for c in text.unicodeScalars {
                guard k < chars.count, chars[k] == c else { return false }
                k += 1
            }
            return true
        }

        /// Skips to just after `terminator`; false when the text ends first.
        mutating func skip(past terminator: String) -> Bool {
            while i < chars.count {
                if startsWith(terminator) { i += terminator.unicodeScalars.count; return true }
                i += 1
            }
            return false
        }

        mutating func scan() -> Bool {
            while i < chars.count {
                guard chars[i] == "#" else { i += 1; continue }
                if startsWith("##") {
                    while i < chars.count, chars[i] != "\n" { i += 1 }
                } else if startsWith("#*") {
                    i += 2
                    if !skip(past: "*#") { return true }
                } else if startsWith("#[[") {
                    i += 3
                    if !skip(past: "]]#") { return true }
                } else {
                    i += 1
                    if directive() { return true }
                }
            }
            return depth > 0
        }

        /// After a `#`: reads a directive name and its arguments; true when they are unclosed.
        mutating func directive() -> Bool {
            var braced = false
            if at(0) == "{" { braced = true; i += 1 }
            var name = ""
            while let c = at(0), c.properties.isAlphabetic || c == "_" || (!name.isEmpty && c.properties.numericType != nil) {
                name.unicodeScalars.append(c)
                i += 1
            }
            if braced {
                guard at(0) == "}" else { return false }
                i += 1
            }
            switch name {
            case "if", "foreach", "macro", "define": depth += 1
            case "end": depth -= 1; return false
            case "set", "elseif", "include", "parse", "evaluate", "break", "stop", "else": break
            default: return false
            }
            var k = i
            while k < chars.count, chars[k] == " " || chars[k] == "\t" { k += 1 }
            guard k < chars.count, chars[k] == "(" else { return false }
            i = k
            return !arguments()
        }

        /// Skips a parenthesized argument list with its string literals; false when unclosed.
        mutating func arguments() -> Bool {
            var parens = 0
            while i < chars.count {
                let c = chars[i]
                if c == "\"" || c == "'" {
                    i += 1
                    while i < chars.count, chars[i] != c { i += 1 }
                    if i >= chars.count { return false }
                } else if c == "(" {
                    parens += 1
                } else if c == ")" {
                    parens -= 1
                    if parens == 0 { i += 1; return true }
                }
                i += 1
            }
            return false
        }
    }
}
