/// The languages the editors highlight.
public enum Language: String, Sendable, CaseIterable {
    case vtl, json, yaml, plain

    /// The language a request file is written in, from its name and then its content.
    public static func request(path: String?, text: String) -> Language {
        if let path {
            let lower = path.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
            if lower.hasSuffix(".json") { return .json }
        }
        let first = text.first(where: { !$0.isWhitespace })
        return first == nil || first == "{" || first == "[" ? .json : .yaml
    }
}

/// What a highlighted span is.
public enum TokenKind: Sendable, Hashable {
    case plain, directive, reference, string, comment, number, keyword, key, punctuation, escape
}

/// A highlighted span of one line, in columns (grapheme clusters).
public struct Token: Sendable, Hashable {
    public var columns: Range<Int>
    public var kind: TokenKind

    public init(_ columns: Range<Int>, _ kind: TokenKind) {
        self.columns = columns
        self.kind = kind
    }
}

/// The lexer state at a line start (multi-line comments, strings and argument lists).
public struct LexState: Sendable, Hashable {
    public enum Mode: Sendable, Hashable { case text, blockComment, unparsed, code, string(Character) }
    public var mode: Mode = .text
    /// Open brackets inside a directive's or a method call's arguments.
    public var depth = 0
    /// Whether the argument list belongs to a reference (`$a.b(...)`), which may continue with `.c`.
    public var fromReference = false

    public init() {}
}

/// Tokenizes one line given the state at its start.
public enum Highlighter {
    public static func tokens(_ line: [Character], language: Language, state: LexState) -> (tokens: [Token], end: LexState) {
        switch language {
        case .vtl: return VTLHighlighter.tokens(line, state: state)
        case .json: return (JSONHighlighter.tokens(line), state)
        case .yaml: return (YAMLHighlighter.tokens(line), state)
        case .plain: return ([], state)
        }
    }
}

extension Character {
    var isIdentifierStart: Bool { isLetter || self == "_" }
    var isIdentifierPart: Bool { isLetter || isNumber || self == "_" || self == "-" }
    var isDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
