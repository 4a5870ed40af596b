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
