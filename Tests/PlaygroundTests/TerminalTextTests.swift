import Playground
import Testing

/// Control characters shown the way the playground shows them, for the REPL and the CLI.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("retitle", "\u{1B}]2;title\u{07}", "^[]2;title^G"),
        ("clear screen", "a\u{1B}[2Jb", "a^[[2Jb"),
        ("line feed and tab kept", "a\n\tb", "a\n\tb"),
        ("carriage return", "a\r\nb", "a^M\nb"),
        ("NUL and DEL", "\u{0}\u{7F}", "^@^?"),
        ("C1 CSI", "\u{9B}2J", "M-^[2J"),
        ("plain text untouched", "café ✓ 日本", "café ✓ 日本"),
    ])
    func controlsAreShownInCaretNotation(_ name: String, _ text: String, _ shown: String) {
        #expect(TerminalText.visible(text) == shown, "\(name)")
    }
}
