/// The syntax tree of a Java regex (`java.util.regex.Pattern`), with the
/// pattern's flags already applied to each node.
indirect enum RegexNode: Sendable {
    case empty
    /// One code point matched by a predicate (literals, `.`, classes, `\d`...).
    case char(CharPredicate)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// A capturing group (`index` >= 1) or a non-capturing one (nil).
    case group(RegexNode, index: Int?)
    /// `id` numbers the pattern's loops (for the matcher's memo of failed iterations).
    case repetition(RegexNode, min: Int, max: Int?, mode: RepetitionMode, id: Int)
    case backReference(Int, ignoreCase: Bool)
    case lookahead(RegexNode, negative: Bool)
    /// `(?<=…)` / `(?<!…)`, with the bounds of the lengths the body can match (in UTF-16 units).
    case lookbehind(RegexNode, negative: Bool, minLength: Int, maxLength: Int)
    case atomic(RegexNode)
    case anchor(Anchor)
}

enum RepetitionMode: Sendable { case greedy, lazy, possessive }

enum Anchor: Sendable {
    /// `^`: input start, or (multiline) after a line terminator but never at the very end.
    case lineStart(multiline: Bool, unixLines: Bool)
    /// `$`: input end or before a final line terminator; (multiline) before any.
    case lineEnd(multiline: Bool, unixLines: Bool)
    case inputStart, inputEnd, inputEndBeforeTerminator, previousMatchEnd
    case wordBoundary(negated: Bool)
    /// `\R`: `\r\n` or one vertical whitespace character (matched as a unit).
    case lineBreak
}

/// A set of code points.
struct CharPredicate: Sendable {
    let test: @Sendable (UInt32) -> Bool

    init(_ test: @escaping @Sendable (UInt32) -> Bool) { self.test = test }

    static func ranges(_ ranges: [ClosedRange<UInt32>]) -> CharPredicate {
        CharPredicate { c in ranges.contains { $0.contains(c) } }
    }

    func negated() -> CharPredicate { CharPredicate { !self.test($0) } }
    func union(_ other: CharPredicate) -> CharPredicate { CharPredicate { self.test($0) || other.test($0) } }
    func intersection(_ other: CharPredicate) -> CharPredicate { CharPredicate { self.test($0) && other.test($0) } }

    /// The predicate under `CASE_INSENSITIVE` (ASCII folding) or with `UNICODE_CASE` too.
    func ignoringCase(unicode: Bool) -> CharPredicate {
        CharPredicate { c in
            if self.test(c) { return true }
            if unicode {
                guard let s = Unicode.Scalar(c) else { return false }
                let variants = [s.properties.uppercaseMapping, s.properties.lowercaseMapping, s.properties.titlecaseMapping]
                return variants.contains { v in v.unicodeScalars.count == 1 && self.test(v.unicodeScalars.first!.value) }
            }
            if (0x41...0x5A).contains(c) { return self.test(c + 32) }
            if (0x61...0x7A).contains(c) { return self.test(c - 32) }
            return false
        }
    }

    static let lineTerminators: [UInt32] = [0x0A, 0x0D, 0x85, 0x2028, 0x2029]
    static let digit = CharPredicate.ranges([0x30...0x39])
    static let word = CharPredicate.ranges([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    static let space = CharPredicate.ranges([0x20...0x20, 0x09...0x0D])
    static let horizontalSpace = CharPredicate.ranges([0x20...0x20, 0x09...0x09, 0xA0...0xA0, 0x1680...0x1680, 0x180E...0x180E,
                                                       0x2000...0x200A, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000])
    static let verticalSpace = CharPredicate.ranges([0x0A...0x0D, 0x85...0x85, 0x2028...0x2029])

    /// `Character.isLetterOrDigit(c) || c == '_'`, Java's word test for `\b`.
    static func isBoundaryWord(_ c: UInt32) -> Bool {
        if c == 0x5F { return true }
        guard let s = Unicode.Scalar(c) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: return true
        default: return false
        }
    }

    /// `\p{name}` as Java 17 understands it (POSIX names are ASCII-only).
    static func property(_ name: String) -> CharPredicate? {
        switch name {
        case "Lower": return ranges([0x61...0x7A])
        case "Upper": return ranges([0x41...0x5A])
        case "ASCII": return ranges([0...0x7F])
        case "Alpha": return ranges([0x41...0x5A, 0x61...0x7A])
        case "Digit": return digit
        case "Alnum": return ranges([0x30...0x39, 0x41...0x5A, 0x61...0x7A])
        case "Punct": return ranges([0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E])
        case "Graph": return ranges([0x21...0x7E])
        case "Print": return ranges([0x20...0x7E])
        case "Blank": return ranges([0x20...0x20, 0x09...0x09])
        case "Cntrl": return ranges([0...0x1F, 0x7F...0x7F])
        case "XDigit": return ranges([0x30...0x39, 0x41...0x46, 0x61...0x66])
        case "Space": return space
        case "javaLowerCase", "IsLowercase", "Lowercase": return scalar { $0.properties.isLowercase }
        case "javaUpperCase", "IsUppercase", "Uppercase": return scalar { $0.properties.isUppercase }
        case "javaWhitespace": return CharPredicate { isJavaWhitespace($0) }
        case "javaLetter", "javaAlphabetic": return scalar { $0.properties.isAlphabetic }
        case "javaDigit": return category([.decimalNumber])
        case "javaLetterOrDigit": return CharPredicate { isBoundaryWord($0) && $0 != 0x5F }
        case "IsAlphabetic", "Alphabetic": return scalar { $0.properties.isAlphabetic }
        case "IsWhite_Space", "IsWhiteSpace", "IsWhitespace": return scalar { $0.properties.isWhitespace }
        case "IsDigit": return category([.decimalNumber])
        case "IsLetter": return property("L")
        case "IsPunctuation": return property("P")
        case "IsLatin": return scalar { $0.properties.generalCategory.isLetter && latin($0.value) }
        default: break
        }
        if name.hasPrefix("In"), let block = block(String(name.dropFirst(2))) { return ranges([block]) }
        let bare = name.hasPrefix("Is") ? String(name.dropFirst(2)) : name
        let categories: [String: [Unicode.GeneralCategory]] = [
            "L": [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter],
            "Lu": [.uppercaseLetter], "Ll": [.lowercaseLetter], "Lt": [.titlecaseLetter], "Lm": [.modifierLetter], "Lo": [.otherLetter],
            "M": [.nonspacingMark, .spacingMark, .enclosingMark], "Mn": [.nonspacingMark], "Mc": [.spacingMark], "Me": [.enclosingMark],
            "N": [.decimalNumber, .letterNumber, .otherNumber], "Nd": [.decimalNumber], "Nl": [.letterNumber], "No": [.otherNumber],
            "P": [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation],
            "Pc": [.connectorPunctuation], "Pd": [.dashPunctuation], "Ps": [.openPunctuation], "Pe": [.closePunctuation],
            "Pi": [.initialPunctuation], "Pf": [.finalPunctuation], "Po": [.otherPunctuation],
            "S": [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol], "Sm": [.mathSymbol], "Sc": [.currencySymbol],
            "Sk": [.modifierSymbol], "So": [.otherSymbol],
            "Z": [.spaceSeparator, .lineSeparator, .paragraphSeparator], "Zs": [.spaceSeparator], "Zl": [.lineSeparator], "Zp": [.paragraphSeparator],
            "C": [.control, .format, .privateUse, .surrogate, .unassigned], "Cc": [.control], "Cf": [.format], "Co": [.privateUse],
            "Cs": [.surrogate], "Cn": [.unassigned],
        ]
        if let wanted = categories[bare] { return category(wanted) }
        return nil
    }

    /// Common Unicode blocks for `\p{InGreek}` (Java ignores case, spaces, `-` and `_` in block names).
    private static func block(_ name: String) -> ClosedRange<UInt32>? {
        let key = name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" }
        let blocks: [String: ClosedRange<UInt32>] = [
            "basiclatin": 0x0...0x7F, "latin1supplement": 0x80...0xFF, "latinextendeda": 0x100...0x17F,
            "latinextendedb": 0x180...0x24F, "ipaextensions": 0x250...0x2AF, "greek": 0x370...0x3FF, "greekandcoptic": 0x370...0x3FF,
            "cyrillic": 0x400...0x4FF, "armenian": 0x530...0x58F, "hebrew": 0x590...0x5FF, "arabic": 0x600...0x6FF,
            "devanagari": 0x900...0x97F, "thai": 0xE00...0xE7F, "hangulsyllables": 0xAC00...0xD7AF,
            "generalpunctuation": 0x2000...0x206F, "currencysymbols": 0x20A0...0x20CF, "arrows": 0x2190...0x21FF,
            "mathematicaloperators": 0x2200...0x22FF, "boxdrawing": 0x2500...0x257F, "geometricshapes": 0x25A0...0x25FF,
            "miscellaneoussymbols": 0x2600...0x26FF, "dingbats": 0x2700...0x27BF, "cjksymbolsandpunctuation": 0x3000...0x303F,
            "hiragana": 0x3040...0x309F, "katakana": 0x30A0...0x30FF, "cjkunifiedideographs": 0x4E00...0x9FFF,
            "privateusearea": 0xE000...0xF8FF, "halfwidthandfullwidthforms": 0xFF00...0xFFEF, "specials": 0xFFF0...0xFFFF,
            "emoticons": 0x1F600...0x1F64F, "miscellaneoussymbolsandpictographs": 0x1F300...0x1F5FF,
        ]
        return blocks[key]
    }

    /// `Character.isWhitespace`.
    private static func isJavaWhitespace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09...0x0D, 0x1C...0x20, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static func scalar(_ test: @escaping @Sendable (Unicode.Scalar) -> Bool) -> CharPredicate {
        CharPredicate { c in Unicode.Scalar(c).map(test) ?? false }
    }

    private static func category(_ wanted: [Unicode.GeneralCategory]) -> CharPredicate {
        CharPredicate { c in
            guard let s = Unicode.Scalar(c) else { return wanted.contains(.surrogate) }
            return wanted.contains(s.properties.generalCategory)
        }
    }

    private static func latin(_ c: UInt32) -> Bool {
        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || (0xAA...0x24F).contains(c) && c != 0xD7 && c != 0xF7
            || (0x1E00...0x1EFF).contains(c) || (0xFF21...0xFF5A).contains(c)
    }
}

private extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
