/// Byte classes of Velocity 1.7's lexer.
enum Characters {
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// First character of a reference or member name: a letter or `_`.
    static func isIdentifierStart(_ b: UInt8) -> Bool { isLetter(b) || b == 0x5F }
    /// Later characters of a reference or member name: letters, digits, `_` and `-`.
    static func isIdentifierPart(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F || b == 0x2D }
    /// Characters of a directive name after `#`: letters, digits and `_`.
    static func isDirectiveNamePart(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F }
    /// Whitespace inside directive arguments and method arguments.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}

extension UInt8 {
    static let dollar = UInt8(ascii: "$"), hash = UInt8(ascii: "#"), backslash = UInt8(ascii: "\\")
    static let lparen = UInt8(ascii: "("), rparen = UInt8(ascii: ")"), lbracket = UInt8(ascii: "[")
    static let rbracket = UInt8(ascii: "]"), lbrace = UInt8(ascii: "{"), rbrace = UInt8(ascii: "}")
    static let dot = UInt8(ascii: "."), comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")
    static let bang = UInt8(ascii: "!"), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    static let star = UInt8(ascii: "*"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), minus = UInt8(ascii: "-")
    static let equals = UInt8(ascii: "=")
    static let plus = UInt8(ascii: "+")
}
