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

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
