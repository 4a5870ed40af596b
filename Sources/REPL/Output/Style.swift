import Playground

/// How the REPL decorates what it prints: ANSI colours on a terminal, plain
/// text in a pipe.
public struct Style: Sendable {
    /// Whether to use ANSI colours.
    public var colour: Bool
    /// Whether to show prompts (a terminal) or not (a pipe or a script).
    public var prompts: Bool

    public init(colour: Bool, prompts: Bool) {
        self.colour = colour
        self.prompts = prompts
    }

    /// Plain text without prompts: pipes, scripts and tests.
    public static let plain = Style(colour: false, prompts: false)
    /// A terminal: prompts and colours.
    public static let terminal = Style(colour: true, prompts: true)

    func error(_ text: String) -> String { paint(text, "31") }
    func warning(_ text: String) -> String { paint(text, "33") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func bold(_ text: String) -> String { paint(text, "1") }

    /// Colours are marked with two Unicode noncharacters rather than ESC, so that
    /// `printable(_:)` can tell them from control characters in what is printed.
    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\(Self.colourStart)\(code)\(Self.colourEnd)" + text + "\(Self.colourStart)0\(Self.colourEnd)" : text
    }

    private static let colourStart = Unicode.Scalar(UInt32(0xFDD0))!
    private static let colourEnd = Unicode.Scalar(UInt32(0xFDD1))!

    /// What the REPL wrote, ready for its output: colours as ANSI sequences and, when
    /// `terminal`, control characters from templates and values in caret notation
    /// (`^[`), so they cannot retitle or clear the terminal.
    public func printable(_ text: String, terminal: Bool) -> String {
        let shown = terminal ? TerminalText.visible(text) : text
        guard colour else { return shown }
        var result = String.UnicodeScalarView()
        for scalar in shown.unicodeScalars {
            switch scalar {
            case Self.colourStart: result.append(contentsOf: "\u{1B}[".unicodeScalars)
            case Self.colourEnd: result.append("m")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
