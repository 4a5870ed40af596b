import Testing
@testable import REPL

/// What the REPL prints on a terminal: its own colours, and control characters from
/// values in caret notation.
@Suite struct PrintableTests {
    @Test func coloursSurviveAndControlsFromValuesAreShown() {
        let style = Style(colour: true, prompts: true)
        let text = style.error("bad \u{1B}]2;x\u{07}") + " \u{1B}[2J\n"
        #expect(style.printable(text, terminal: true) == "\u{1B}[31mbad ^[]2;x^G\u{1B}[0m ^[[2J\n")
    }

    @Test func aPipeGetsTheTextExactly() {
        #expect(Style.plain.printable("a\u{1B}[2Jb\n", terminal: false) == "a\u{1B}[2Jb\n")
    }

    @Test func urlDecodedEscapesAreShownOnATerminal() {
        let output = transcript(["$util.urlDecode('%1B]2;title%07')"])
        #expect(output.hasPrefix("\u{1B}]2;title\u{07}"))
        #expect(Style.plain.printable(output, terminal: true).hasPrefix("^[]2;title^G"))
    }
}
