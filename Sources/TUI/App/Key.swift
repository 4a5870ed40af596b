/// A key press as the adapter decodes it.
public struct Key: Hashable, Sendable, CustomStringConvertible {
    public enum Code: Hashable, Sendable {
        case character(Character)
        case up, down, left, right, home, end, pageUp, pageDown
        case insert, delete, backspace, enter, tab, escape
        case function(Int)
    }

    /// Modifier keys held.
    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let shift = Modifiers(rawValue: 1)
        public static let control = Modifiers(rawValue: 2)
        public static let alt = Modifiers(rawValue: 4)
    }

    public var code: Code
    public var modifiers: Modifiers

    public init(_ code: Code, _ modifiers: Modifiers = []) {
        self.code = code
        self.modifiers = modifiers
    }

    /// A printable character typed without Ctrl or Alt.
    public static func char(_ character: Character) -> Key { Key(.character(character)) }
    /// Ctrl and a letter (lowercase).
    public static func ctrl(_ letter: Character) -> Key { Key(.character(letter), .control) }
    public static func function(_ number: Int) -> Key { Key(.function(number)) }

    /// The key for a character a terminal sends in raw mode (control characters
    /// become Ctrl-letter, DEL and BS Backspace); nil for ones without a meaning.
    public static func terminal(character value: UInt32) -> Key? {
        switch value {
        case 13, 10: return Key(.enter)
        case 9: return Key(.tab)
        case 8, 127: return Key(.backspace)
        case 27: return Key(.escape)
        case 1...26: return Key(.character(Character(Unicode.Scalar(value + 96)!)), .control)
        case 0, 28...31: return nil
        default: return Unicode.Scalar(value).map { Key.char(Character($0)) }
        }
    }

    /// The modifiers of an xterm modifier parameter (`ESC [ 1 ; m X`): m = 1 + shift + 2 alt + 4 ctrl.
    public static func xtermModifiers(_ parameter: Int) -> Modifiers {
        var modifiers: Modifiers = []
        if (parameter - 1) & 1 != 0 { modifiers.insert(.shift) }
        if (parameter - 1) & 2 != 0 { modifiers.insert(.alt) }
        if (parameter - 1) & 4 != 0 { modifiers.insert(.control) }
        return modifiers
    }

    public var description: String {
        var parts: [String] = []
        if modifiers.contains(.control) { parts.append("Ctrl") }
        if modifiers.contains(.alt) { parts.append("Alt") }
        if modifiers.contains(.shift) { parts.append("Shift") }
        switch code {
        case .character(let character): parts.append(character.uppercased())
        case .function(let number): parts.append("F\(number)")
        default: parts.append("\(code)".capitalized)
        }
        return parts.joined(separator: "-")
    }
}
