/// Rewrites a Java regex into the syntax of Swift's `Regex`, reporting the
/// common syntax errors with Java's `PatternSyntaxException` wording.
///
/// Rewritten: `\Q…\E` quoting, POSIX classes (`\p{Alpha}` is ASCII in Java),
/// `\p{javaLowerCase}`-style properties, `\cX`, octal `\0nn`, a leading `]` in a
/// class, non-multiline `$` (Java also matches before a final line terminator),
/// and the flags Swift lacks (`d`, `u`, `U` are dropped).
struct JavaRegexTranslator {
    struct Translation {
        var pattern: String
        var groupCount: Int
        var groupNames: [String: Int]
    }

    private let source: String
    private let chars: [Unicode.Scalar]
    private var i = 0
    private var out = ""
    private var groupCount = 0
    private var groupNames: [String: Int] = [:]
    private let multiline: Bool

    init(_ source: String) {
        self.source = source
        self.chars = Array(source.unicodeScalars)
        // A `(?m)` anywhere makes `$` line-based; then Swift's own `$` is right.
        self.multiline = source.contains(/\(\?[a-zA-Z]*m/)
    }

    static func syntaxError(_ description: String, _ pattern: String, index: Int) -> HostError {
        var message = "java.util.regex.PatternSyntaxException: " + description
        if index >= 0 { message += " near index \(index)" }
        message += "\n" + pattern
        if index >= 0 && index < pattern.unicodeScalars.count { message += "\n" + String(repeating: " ", count: index) + "^" }
        return HostError(message)
    }

    private func error(_ description: String, at index: Int) -> HostError {
        Self.syntaxError(description, source, index: index)
    }

    mutating func translate() throws(HostError) -> Translation {
        var openGroups: [Int] = []
        var canQuantify = false
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\":
                canQuantify = try escape(inClass: false)
            case "[":
                try characterClass()
                canQuantify = true
            case "(":
                if try group() { openGroups.append(i) }
                canQuantify = false
            case ")":
                guard !openGroups.isEmpty else { throw error("Unmatched closing ')'", at: max(0, i - 1)) }
                openGroups.removeLast()
                out += ")"
                i += 1
                canQuantify = true
            case "*", "+", "?":
                guard canQuantify else { throw error("Dangling meta character '\(c)'", at: i) }
                out.unicodeScalars.append(c)
                i += 1
                if i < chars.count, chars[i] == "?" || chars[i] == "+" { out.unicodeScalars.append(chars[i]); i += 1 }
                canQuantify = false
            case "{":
                guard let end = quantifierEnd(from: i) else { throw error("Illegal repetition", at: i + 1) }
                // Java quantifies an empty atom where nothing precedes.
                if !canQuantify { out += "(?:)" }
                out += String(String.UnicodeScalarView(chars[i...end]))
                i = end + 1
                if i < chars.count, chars[i] == "?" || chars[i] == "+" { out.unicodeScalars.append(chars[i]); i += 1 }
                canQuantify = false
            case "$":
                out += multiline ? "$" : #"(?=(?:\r\n|[\n\r\u{85}\u{2028}\u{2029}])?\z)"#
                i += 1
                canQuantify = false
            case "|":
                out += "|"
                i += 1
                canQuantify = false
            case "^":
                // Java's multiline `^` never matches at the very end, even after a newline.
                out += multiline ? "^(?!\\z)" : "^"
                i += 1
                canQuantify = false
            default:
                out.unicodeScalars.append(c)
                i += 1
                canQuantify = true
            }
        }
        if !openGroups.isEmpty { throw error("Unclosed group", at: chars.count) }
        return Translation(pattern: out, groupCount: groupCount, groupNames: groupNames)
    }

    /// The index of the `}` closing a valid `{n}`, `{n,}` or `{n,m}` starting at `start`.
    private func quantifierEnd(from start: Int) -> Int? {
        var j = start + 1
        var digits = 0
        while j < chars.count, ("0"..."9").contains(chars[j]) { j += 1; digits += 1 }
        guard digits > 0, j < chars.count else { return nil }
        if chars[j] == "," {
            j += 1
            while j < chars.count, ("0"..."9").contains(chars[j]) { j += 1 }
        }
        return j < chars.count && chars[j] == "}" ? j : nil
    }

    /// `(`, `(?:`, `(?=`, `(?!`, `(?>`, `(?<name>`, `(?flags)`, `(?flags:`;
    /// false for a bare `(?flags)`, which leaves no group open.
    private mutating func group() throws(HostError) -> Bool {
        let start = i
        i += 1
        guard i < chars.count, chars[i] == "?" else {
            groupCount += 1
            out += "("
            return true
        }
        i += 1
        guard i < chars.count else { throw error("Unknown inline modifier", at: i) }
        switch chars[i] {
        case ":", "=", "!", ">":
            out += "(?" + String(chars[i])
            i += 1
        case "<":
            if i + 1 < chars.count, chars[i + 1] == "=" || chars[i + 1] == "!" {
                throw HostError("java.util.regex.PatternSyntaxException: lookbehind (?<= or (?<!) is not supported by vtlplay near index \(start)\n" + source)
            }
            var j = i + 1
            var name = ""
            while j < chars.count, chars[j].isASCII, chars[j].properties.isAlphabetic || ("0"..."9").contains(chars[j]) {
                name.unicodeScalars.append(chars[j])
                j += 1
            }
            guard !name.isEmpty, j < chars.count, chars[j] == ">", !("0"..."9").contains(name.unicodeScalars.first!) else {
                throw error("capturing group name does not start with a Latin letter", at: i + 1)
            }
            if groupNames[name] != nil { throw error("Named capturing group <\(name)> is already defined", at: j) }
            groupCount += 1
            groupNames[name] = groupCount
            out += "(?<" + name + ">"
            i = j + 1
        default:
            var flags = ""
            while i < chars.count, chars[i] != ")", chars[i] != ":" {
                let f = chars[i]
                guard "idmsuxU-".unicodeScalars.contains(f) else { throw error("Unknown inline modifier", at: i) }
                if f != "d" && f != "u" && f != "U" { flags.unicodeScalars.append(f) }
                i += 1
            }
            guard i < chars.count else { throw error("Unknown inline modifier", at: i) }
            if flags.hasSuffix("-") { flags.removeLast() }
            i += 1
            if chars[i - 1] == ")" {
                if !flags.isEmpty { out += "(?" + flags + ")" }
                return false
            }
            out += "(?" + flags + ":"
        }
        return true
    }

    /// An escape at `i` (the backslash); returns whether the result can take a quantifier.
    private mutating func escape(inClass: Bool) throws(HostError) -> Bool {
        let start = i
        i += 1
        guard i < chars.count else { throw error("Unexpected internal error", at: chars.count) }
        let c = chars[i]
        i += 1
        switch c {
        case "Q":
            var quoted = ""
            while i < chars.count {
                if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "E" { i += 2; break }
                quoted += Self.literal(chars[i])
                i += 1
            }
            out += inClass ? quoted : "(?:" + quoted + ")"
            return true
        case "E": return true
        case "p", "P":
            var name: String
            if i < chars.count, chars[i] == "{" {
                guard let close = chars[i...].firstIndex(of: "}") else { throw error("Unclosed character family", at: chars.count) }
                name = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
                i = close + 1
            } else {
                guard i < chars.count else { throw error("Illegal character family", at: i) }
                name = String(chars[i])
                i += 1
            }
            guard let set = Self.property(name) else { throw error("Unknown character property name {\(name)}", at: i - 1) }
            out += c == "P" ? "[^" + set + "]" : "[" + set + "]"
            return true
        case "c":
            guard i < chars.count else { throw error("Illegal control escape sequence", at: i) }
            out += "\\x{" + String(chars[i].value ^ 64, radix: 16) + "}"
            i += 1
            return true
        case "0":
            var value: UInt32 = 0
            var digits = 0
            while i < chars.count, digits < 3, ("0"..."7").contains(chars[i]), value * 8 + (chars[i].value - 48) <= 0o377 {
                value = value * 8 + (chars[i].value - 48)
                i += 1
                digits += 1
            }
            guard digits > 0 else { throw error("Illegal octal escape sequence", at: i) }
            out += "\\x{" + String(value, radix: 16) + "}"
            return true
        case "b", "B", "A", "G", "Z", "z":
            if inClass { throw error("Illegal/unsupported escape sequence", at: i - 1) }
            out += "\\" + String(c)
            return false
        case "t", "n", "r", "f", "a", "e", "d", "D", "s", "S", "w", "W", "h", "H", "v", "V", "R", "X", "x", "u", "k", "N",
             "1", "2", "3", "4", "5", "6", "7", "8", "9":
            out += "\\" + String(c)
            return true
        default:
            if c.properties.isAlphabetic && c.isASCII { throw error("Illegal/unsupported escape sequence", at: start + 1) }
            out += Self.literal(c)
            return true
        }
    }

    /// A character class `[...]`, with nested classes and `&&`.
    private mutating func characterClass() throws(HostError) {
        let start = i
        out += "["
        i += 1
        if i < chars.count, chars[i] == "^" { out += "^"; i += 1 }
        if i < chars.count, chars[i] == "]" { out += "\\]"; i += 1 }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "]":
                out += "]"
                i += 1
                return
            case "[":
                try characterClass()
            case "\\":
                _ = try escape(inClass: true)
            case "&" where i + 1 < chars.count && chars[i + 1] == "&":
                out += "&&"
                i += 2
            case "~", ":":
                // Swift reads `~~` and `[:` as operators; Java does not.
                out += "\\" + String(c)
                i += 1
            case "-":
                out += out.hasSuffix("-") ? "\\-" : "-"
                i += 1
            default:
                out += Self.literal(c)
                i += 1
            }
        }
        throw error("Unclosed character class", at: max(start, chars.count - 1))
    }

    /// A character as a literal in Swift's syntax.
    private static func literal(_ c: Unicode.Scalar) -> String {
        if c.isASCII && !(c.properties.isAlphabetic || ("0"..."9").contains(c) || c == " ") { return "\\" + String(c) }
        return String(c)
    }

    /// The members (for use inside `[...]`) of a Java `\p{...}` class.
    private static func property(_ name: String) -> String? {
        switch name {
        case "Lower": return "a-z"
        case "Upper": return "A-Z"
        case "ASCII": return "\\x{0}-\\x{7F}"
        case "Alpha": return "a-zA-Z"
        case "Digit": return "0-9"
        case "Alnum": return "a-zA-Z0-9"
        case "Punct": return #"!-\/:-@\[-`{-~"#
        case "Graph": return #"!-~"#
        case "Print": return #" -~"#
        case "Blank": return #" \t"#
        case "Cntrl": return "\\x{0}-\\x{1F}\\x{7F}"
        case "XDigit": return "0-9a-fA-F"
        case "Space": return #" \t\n\x{B}\f\r"#
        case "javaLowerCase": return "\\p{Lowercase}"
        case "javaUpperCase": return "\\p{Uppercase}"
        case "javaWhitespace": return #"\t\n\x{B}\f\r\x{1C}-\x{20}\x{1680}\x{2000}-\x{2006}\x{2008}-\x{200A}\x{2028}\x{2029}\x{205F}\x{3000}"#
        case "javaLetter": return "\\p{L}"
        case "javaDigit": return "\\p{Nd}"
        case "javaLetterOrDigit": return "\\p{L}\\p{Nd}"
        case "L", "IsL", "IsLetter", "Letter": return "\\p{L}"
        case "IsAlphabetic", "Alphabetic": return "\\p{Alphabetic}"
        case "IsDigit", "Nd", "IsNd": return "\\p{Nd}"
        case "IsWhite_Space", "IsWhiteSpace": return "\\p{White_Space}"
        case "IsPunctuation", "P", "IsP": return "\\p{P}"
        case "IsUppercase", "IsLowercase": return "\\p{" + name.dropFirst(2) + "}"
        default:
            let categories: Set<String> = ["Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
                                           "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Co", "Cs", "Cn"]
            let bare = name.hasPrefix("Is") ? String(name.dropFirst(2)) : name
            if categories.contains(bare) { return "\\p{" + bare + "}" }
            let scripts: Set<String> = ["Latin", "Greek", "Cyrillic", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul", "Thai", "Common"]
            if name.hasPrefix("Is"), scripts.contains(bare) { return "\\p{sc=" + bare + "}" }
            return nil
        }
    }
}
