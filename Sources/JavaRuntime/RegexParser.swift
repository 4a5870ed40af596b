/// Parses Java regex syntax into `RegexNode`s, reporting errors with Java's
/// `PatternSyntaxException` wording (`Unclosed group near index 1`).
struct RegexParser {
    struct Flags {
        var ignoreCase = false, unicodeCase = false, multiline = false, dotAll = false, comments = false, unixLines = false
    }

    private let source: String
    private let chars: [Unicode.Scalar]
    private var i = 0
    private var flags = Flags()
    private(set) var groupCount = 0
    private(set) var groupNames: [String: Int] = [:]
    /// Loops numbered so far.
    private(set) var loopCount = 0
    /// Whether the pattern has back references (which disable the loop memo).
    private(set) var hasBackReferences = false

    /// Groups and classes open around the current position.
    private var nesting = 0

    init(_ source: String, ignoreCase: Bool) {
        self.source = source
        self.chars = Array(source.unicodeScalars)
        self.flags.ignoreCase = ignoreCase
    }

    /// Enters a group or class; refuses nesting deeper than `JavaPattern.maxNesting`.
    private mutating func enter() throws(JavaRegexError) {
        nesting += 1
        if nesting > JavaPattern.maxNesting {
            throw error("vtlplay refuses patterns nested more than \(JavaPattern.maxNesting) deep (limit JavaPattern.maxNesting)", at: i)
        }
    }

    static func syntaxError(_ description: String, _ pattern: String, index: Int) -> JavaRegexError {
        var message = description
        if index >= 0 { message += " near index \(index)" }
        message += "\n" + pattern
        if index >= 0 && index < pattern.unicodeScalars.count { message += "\n" + String(repeating: " ", count: index) + "^" }
        return JavaRegexError("java.util.regex.PatternSyntaxException", message)
    }

    private func error(_ description: String, at index: Int) -> JavaRegexError {
        Self.syntaxError(description, source, index: index)
    }

    private var peek: Unicode.Scalar? { i < chars.count ? chars[i] : nil }

    mutating func parse() throws(JavaRegexError) -> RegexNode {
        if chars.count > JavaPattern.maxPatternLength {
            throw error("vtlplay refuses patterns longer than \(JavaPattern.maxPatternLength) characters (limit JavaPattern.maxPatternLength)", at: -1)
        }
        let node = try alternation()
        if i < chars.count { throw error("Unmatched closing ')'", at: max(0, i - 1)) }
        return node
    }

    private mutating func alternation() throws(JavaRegexError) -> RegexNode {
        var branches = [try sequence()]
        while peek == "|" {
            i += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func skipComments() {
        guard flags.comments else { return }
        while let c = peek {
            if c.properties.isWhitespace { i += 1 } else if c == "#" {
                while let d = peek, d != "\n" { i += 1 }
            } else { return }
        }
    }

    private mutating func sequence() throws(JavaRegexError) -> RegexNode {
        var items: [RegexNode] = []
        while true {
            skipComments()
            guard let c = peek, c != "|", c != ")" else { break }
            let atom: RegexNode?
            switch c {
            case "(": atom = try group()
            case "[":
                i += 1
                atom = .char(try characterClass())
            case "\\": atom = try escapeOutsideClass()
            case ".":
                i += 1
                let unix = flags.unixLines
                atom = .char(flags.dotAll ? CharPredicate { _ in true }
                    : CharPredicate { unix ? $0 != 0x0A : !CharPredicate.lineTerminators.contains($0) })
            case "^":
                i += 1
                atom = .anchor(.lineStart(multiline: flags.multiline, unixLines: flags.unixLines))
            case "$":
                i += 1
                atom = .anchor(.lineEnd(multiline: flags.multiline, unixLines: flags.unixLines))
            case "*", "+", "?":
                throw error("Dangling meta character '\(c)'", at: i)
            case "{":
                // Java quantifies an empty atom when a valid `{n}` starts a sequence.
                guard quantifierBounds(at: i) != nil else { throw error("Illegal repetition", at: i + 1) }
                atom = .empty
            default:
                i += 1
                atom = literal(c.value)
            }
            guard let node = atom else { continue }
            items.append(try quantified(node))
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private func literal(_ c: UInt32) -> RegexNode {
        let exact = CharPredicate { $0 == c }
        return .char(flags.ignoreCase ? exact.ignoringCase(unicode: flags.unicodeCase) : exact)
    }

    /// `{n}`, `{n,}`, `{n,m}` at `start`: the bounds and the index after `}`.
    private func quantifierBounds(at start: Int) -> (min: Int, max: Int?, end: Int)? {
        var j = start + 1
        func number() -> Int? {
            var value: Int?
            while j < chars.count, ("0"..."9").contains(chars[j]) {
                value = min((value ?? 0) * 10 + Int(chars[j].value - 48), Int(Int32.max))
                j += 1
            }
            return value
        }
        guard let low = number(), j < chars.count else { return nil }
        var high: Int? = low
        if chars[j] == "," {
            j += 1
            high = number()
        }
        guard j < chars.count, chars[j] == "}" else { return nil }
        return (low, high, j + 1)
    }

    private mutating func quantified(_ node: RegexNode) throws(JavaRegexError) -> RegexNode {
        skipComments()
        guard let c = peek else { return node }
        let min: Int, max: Int?
        switch c {
        case "*": (min, max) = (0, nil); i += 1
        case "+": (min, max) = (1, nil); i += 1
        case "?": (min, max) = (0, 1); i += 1
        case "{":
            guard let bounds = quantifierBounds(at: i) else { throw error("Illegal repetition", at: i + 1) }
            if let high = bounds.max, high < bounds.min { throw error("Illegal repetition range", at: bounds.end - 1) }
            (min, max) = (bounds.min, bounds.max)
            i = bounds.end
        default: return node
        }
        var mode = RepetitionMode.greedy
        if peek == "?" { mode = .lazy; i += 1 } else if peek == "+" { mode = .possessive; i += 1 }
        loopCount += 1
        return .repetition(node, min: min, max: max, mode: mode, id: loopCount)
    }

    /// After `(`: a group, or nil for a bare flag group `(?i)` (whose flags last to the end of the enclosing group).
    private mutating func group() throws(JavaRegexError) -> RegexNode? {
        try enter()
        defer { nesting -= 1 }
        i += 1
        var index: Int?
        var kind = "capture"
        if peek == "?" {
            i += 1
            guard let c = peek else { throw error("Unknown inline modifier", at: i) }
            switch c {
            case ":": kind = "plain"; i += 1
            case "=": kind = "ahead"; i += 1
            case "!": kind = "notAhead"; i += 1
            case ">": kind = "atomic"; i += 1
            case "<":
                i += 1
                if peek == "=" || peek == "!" {
                    kind = peek == "=" ? "behind" : "notBehind"
                    i += 1
                } else {
                    guard let first = peek, first.isASCII, first.properties.isAlphabetic else {
                        throw error("capturing group name does not start with a Latin letter", at: i)
                    }
                    var name = ""
                    while let d = peek, d.isASCII, d.properties.isAlphabetic || ("0"..."9").contains(d) {
                        name.unicodeScalars.append(d)
                        i += 1
                    }
                    guard peek == ">" else { throw error("named capturing group is missing trailing '>'", at: i) }
                    i += 1
                    if groupNames[name] != nil { throw error("Named capturing group <\(name)> is already defined", at: i - 1) }
                    groupCount += 1
                    groupNames[name] = groupCount
                    index = groupCount
                }
            default:
                var enable = true
                var updated = flags
                while let d = peek, d != ")", d != ":" {
                    switch d {
                    case "i": updated.ignoreCase = enable
                    case "u": updated.unicodeCase = enable
                    case "m": updated.multiline = enable
                    case "s": updated.dotAll = enable
                    case "x": updated.comments = enable
                    case "d": updated.unixLines = enable
                    case "U": updated.unicodeCase = enable
                    case "-": enable = false
                    default: throw error("Unknown inline modifier", at: i)
                    }
                    i += 1
                }
                guard let end = peek else { throw error("Unknown inline modifier", at: i) }
                i += 1
                if end == ")" {
                    flags = updated
                    return nil
                }
                let saved = flags
                flags = updated
                let body = try alternation()
                flags = saved
                guard peek == ")" else { throw error("Unclosed group", at: chars.count) }
                i += 1
                return .group(body, index: nil)
            }
        } else {
            groupCount += 1
            index = groupCount
        }
        let saved = flags
        let body = try alternation()
        flags = saved
        guard peek == ")" else { throw error("Unclosed group", at: chars.count) }
        i += 1
        switch kind {
        case "ahead": return .lookahead(body, negative: false)
        case "notAhead": return .lookahead(body, negative: true)
        case "atomic": return .atomic(body)
        case "behind", "notBehind":
            // Java 17 accepts unbounded look-behind (`(?<=a+)`); every start is then tried.
            let bounds = Self.lengthBounds(body) ?? (0, nil)
            return .lookbehind(body, negative: kind == "notBehind", minLength: bounds.min, maxLength: bounds.max ?? Int.max)
        default: return .group(body, index: index)
        }
    }

    /// The least and greatest number of UTF-16 units a node can match (nil max: unbounded).
    static func lengthBounds(_ node: RegexNode) -> (min: Int, max: Int?)? {
        switch node {
        case .empty, .anchor, .lookahead, .lookbehind: return (0, 0)
        case .char: return (1, 2)
        case .backReference: return (0, nil)
        case .group(let body, _), .atomic(let body): return lengthBounds(body)
        case .sequence(let items):
            var low = 0
            var high: Int? = 0
            for item in items {
                guard let b = lengthBounds(item) else { return nil }
                low = saturating(low, b.min, +)
                high = high.flatMap { h in b.max.map { saturating(h, $0, +) } }
            }
            return (low, high)
        case .alternation(let branches):
            let bounds = branches.compactMap(lengthBounds)
            let low = bounds.map(\.min).min() ?? 0
            let highs = bounds.map(\.max)
            return (low, highs.contains { $0 == nil } ? nil : highs.compactMap { $0 }.max() ?? 0)
        case .repetition(let body, let min, let max, _, _):
            guard let b = lengthBounds(body) else { return nil }
            return (saturating(b.min, min, *), max.flatMap { m in b.max.map { saturating($0, m, *) } })
        }
    }

    /// `a op b` for non-negative lengths, capped at `Int.max / 4` instead of overflowing.
    private static func saturating(_ a: Int, _ b: Int, _ op: (Int, Int) -> Int) -> Int {
        let cap = Int.max / 4
        if a >= cap || b >= cap { return cap }
        if a != 0 && b > cap / a { return cap }
        return min(op(a, b), cap)
    }

    private enum Escape {
        case codePoint(UInt32)
        case predicate(CharPredicate)
        case node(RegexNode)
        case quoted([UInt32])
    }

    private mutating func escapeOutsideClass() throws(JavaRegexError) -> RegexNode {
        switch try escape(inClass: false) {
        case .codePoint(let c): return literal(c)
        case .predicate(let p): return .char(flags.ignoreCase ? p.ignoringCase(unicode: flags.unicodeCase) : p)
        case .node(let n): return n
        case .quoted(let cs):
            let nodes = cs.map(literal)
            return nodes.count == 1 ? nodes[0] : .group(.sequence(nodes), index: nil)
        }
    }

    /// After a backslash at `i`.
    private mutating func escape(inClass: Bool) throws(JavaRegexError) -> Escape {
        i += 1
        guard let c = peek else { throw error("Unexpected internal error", at: chars.count) }
        i += 1
        switch c {
        case "t": return .codePoint(9)
        case "n": return .codePoint(10)
        case "r": return .codePoint(13)
        case "f": return .codePoint(12)
        case "a": return .codePoint(7)
        case "e": return .codePoint(27)
        case "c":
            guard let x = peek else { throw error("Illegal control escape sequence", at: i) }
            i += 1
            return .codePoint(x.value ^ 64)
        case "0":
            var value: UInt32 = 0
            var digits = 0
            while let d = peek, digits < 3, ("0"..."7").contains(d), value * 8 + d.value - 48 <= 0o377 {
                value = value * 8 + d.value - 48
                i += 1
                digits += 1
            }
            guard digits > 0 else { throw error("Illegal octal escape sequence", at: i) }
            return .codePoint(value)
        case "x":
            if peek == "{" {
                guard let close = chars[i...].firstIndex(of: "}"), let v = UInt32(String(String.UnicodeScalarView(chars[(i + 1)..<close])), radix: 16),
                      v <= 0x10FFFF else { throw error("Unclosed hexadecimal escape sequence", at: i) }
                i = close + 1
                return .codePoint(v)
            }
            return .codePoint(try hex(2))
        case "u": return .codePoint(try hex(4))
        case "d": return .predicate(.digit)
        case "D": return .predicate(CharPredicate.digit.negated())
        case "w": return .predicate(.word)
        case "W": return .predicate(CharPredicate.word.negated())
        case "s": return .predicate(.space)
        case "S": return .predicate(CharPredicate.space.negated())
        case "h": return .predicate(.horizontalSpace)
        case "H": return .predicate(CharPredicate.horizontalSpace.negated())
        case "v": return .predicate(.verticalSpace)
        case "V": return .predicate(CharPredicate.verticalSpace.negated())
        case "p", "P":
            var name: String
            if peek == "{" {
                guard let close = chars[i...].firstIndex(of: "}") else { throw error("Unclosed character family", at: chars.count) }
                name = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
                i = close + 1
            } else {
                guard let letter = peek else { throw error("Illegal character family", at: i) }
                name = String(letter)
                i += 1
            }
            guard let p = CharPredicate.property(name) else { throw error("Unknown character property name {\(name)}", at: i - 1) }
            return .predicate(c == "P" ? p.negated() : p)
        case "Q":
            var quoted: [UInt32] = []
            while i < chars.count {
                if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "E" { i += 2; break }
                quoted.append(chars[i].value)
                i += 1
            }
            return .quoted(quoted)
        case "E": return .quoted([])
        default: break
        }
        if inClass {
            if c.isASCII && (c.properties.isAlphabetic || ("1"..."9").contains(c)) {
                throw error("Illegal/unsupported escape sequence", at: i - 1)
            }
            return .codePoint(c.value)
        }
        switch c {
        case "b": return .node(.anchor(.wordBoundary(negated: false)))
        case "B": return .node(.anchor(.wordBoundary(negated: true)))
        case "A": return .node(.anchor(.inputStart))
        case "G": return .node(.anchor(.previousMatchEnd))
        case "Z": return .node(.anchor(.inputEndBeforeTerminator))
        case "z": return .node(.anchor(.inputEnd))
        case "R": return .node(.anchor(.lineBreak))
        case "X":
            let mark = CharPredicate.property("M")!
            return .node(.sequence([.char(CharPredicate { _ in true }), .repetition(.char(mark), min: 0, max: nil, mode: .possessive, id: 0)]))
        case "k":
            guard peek == "<", let close = chars[i...].firstIndex(of: ">") else { throw error("\\k is not followed by '<' for named capturing group", at: i) }
            let name = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
            i = close + 1
            guard let number = groupNames[name] else { throw error("named capturing group <\(name)> does not exist", at: i - 1) }
            hasBackReferences = true
            return .node(.backReference(number, ignoreCase: flags.ignoreCase))
        case "1"..."9":
            var number = Int(c.value - 48)
            while let d = peek, ("0"..."9").contains(d), number * 10 + Int(d.value - 48) <= groupCount {
                number = number * 10 + Int(d.value - 48)
                i += 1
            }
            hasBackReferences = true
            return .node(.backReference(number, ignoreCase: flags.ignoreCase))
        default:
            if c.isASCII && c.properties.isAlphabetic { throw error("Illegal/unsupported escape sequence", at: i - 1) }
            return .codePoint(c.value)
        }
    }

    private mutating func hex(_ count: Int) throws(JavaRegexError) -> UInt32 {
        guard i + count <= chars.count, let v = UInt32(String(String.UnicodeScalarView(chars[i..<(i + count)])), radix: 16) else {
            throw error(count == 2 ? "Illegal hexadecimal escape sequence" : "Illegal Unicode escape sequence", at: i)
        }
        i += count
        return v
    }

    /// After `[`: the class's members, with nested classes, ranges and `&&`.
    private mutating func characterClass() throws(JavaRegexError) -> CharPredicate {
        try enter()
        defer { nesting -= 1 }
        var negate = false
        if peek == "^" { negate = true; i += 1 }
        var union: CharPredicate?
        var intersected: CharPredicate?
        var first = true
        func add(_ p: CharPredicate) { union = union.map { $0.union(p) } ?? p }
        while true {
            if flags.comments { skipComments() }
            guard let c = peek else { throw error("Unclosed character class", at: chars.count - 1) }
            if c == "]" && !first {
                i += 1
                break
            }
            first = false
            if c == "[" {
                i += 1
                add(try characterClass())
                continue
            }
            if c == "&", i + 1 < chars.count, chars[i + 1] == "&" {
                i += 2
                let left = union ?? CharPredicate { _ in true }
                intersected = intersected.map { $0.intersection(left) } ?? left
                union = nil
                continue
            }
            let low: UInt32
            if c == "\\" {
                switch try escape(inClass: true) {
                case .codePoint(let v): low = v
                case .predicate(let p): add(p); continue
                case .quoted(let cs): add(CharPredicate { cs.contains($0) }); continue
                case .node: continue
                }
            } else {
                low = c.value
                i += 1
            }
            if peek == "-", i + 1 < chars.count, chars[i + 1] != "]" {
                i += 1
                var high: UInt32
                if peek == "\\" {
                    guard case .codePoint(let v) = try escape(inClass: true) else { throw error("Illegal character range", at: i - 1) }
                    high = v
                } else if let h = peek, h != "[" {
                    high = h.value
                    i += 1
                } else { throw error("Illegal character range", at: i) }
                if high < low { throw error("Illegal character range", at: i - 1) }
                let range = low...high
                add(CharPredicate { range.contains($0) })
            } else {
                add(CharPredicate { $0 == low })
            }
        }
        var result = union ?? CharPredicate { _ in false }
        if let left = intersected { result = left.intersection(result) }
        if flags.ignoreCase { result = result.ignoringCase(unicode: flags.unicodeCase) }
        return negate ? result.negated() : result
    }
}
