import Testing
@testable import TUI

@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var screen = Screen(size: Size(width: 5, height: 1))
        let used = screen.write("a中😀", row: 0, column: 0)
        #expect(used == 5)
        #expect(screen.lines == ["a中😀"])
        #expect(screen[0, 2].isContinuation)
        screen.put("x", width: 1, row: 0, column: 2, style: .plain)
        #expect(screen.lines == ["a x😀"])
        var narrow = Screen(size: Size(width: 3, height: 1))
        narrow.write("ab中", row: 0, column: 0)
        #expect(narrow.lines == ["ab"])
    }

    @Test func controlCharactersShowAsCaretNotation() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.write("a\u{1}b", row: 0, column: 0)
        #expect(screen.lines == ["a^Ab"])
    }

    @Test func colorsDegrade() {
        #expect(ColorMode.detect(colors: 256, noColor: false) == .full)
        #expect(ColorMode.detect(colors: 8, noColor: false) == .basic)
        #expect(ColorMode.detect(colors: 256, noColor: true) == .none)
        #expect(ColorMode.detect(colors: 2, noColor: false) == .none)
        #expect(Color.indexed(196).basic == .red)
        #expect(Color.indexed(231).basic == .white)
        for role in Role.allCases {
            let style = Theme(mode: .none).style(role)
            #expect(style.foreground == nil && style.background == nil)
        }
    }
}

@Suite struct KeyTests {
    @Test func terminalCharacters() {
        #expect(Key.terminal(character: 19) == .ctrl("s"))
        #expect(Key.terminal(character: 13) == Key(.enter))
        #expect(Key.terminal(character: 127) == Key(.backspace))
        #expect(Key.terminal(character: 9) == Key(.tab))
        #expect(Key.terminal(character: 0x4E2D) == .char("中"))
        #expect(Key.terminal(character: 0xD800) == nil)
        #expect(Key.terminal(character: 28) == nil)
    }

    @Test func xtermModifierParameters() {
        #expect(Key.xtermModifiers(2) == .shift)
        #expect(Key.xtermModifiers(3) == .alt)
        #expect(Key.xtermModifiers(5) == .control)
        #expect(Key.xtermModifiers(6) == [.control, .shift])
        #expect(Key.xtermModifiers(8) == [.control, .alt, .shift])
    }
}

@Suite struct EditorViewTests {
    /// A 30x6 screen with one editor pane filling it.
    func draw(_ editor: EditorState, focused: Bool = true) -> [String] {
        var screen = Screen(size: Size(width: 30, height: 6))
        EditorView(editor: editor, rect: Rect(row: 0, column: 0, width: 30, height: 6), theme: Theme(mode: .none),
                   title: "T", focused: focused).draw(on: &screen)
        return screen.lines
    }

    @Test func horizontalScrollCutsWideCharactersAndTabsAtTheEdge() {
        var e = editor("中文字abcdefghijklmnopqrstuvwxyz0123456789\n\tx")
        e.scrollLeft = 1
        #expect(draw(e) == [
            " T                Ln 1, Col 1",
            "  1  文字abcdefghijklmnopqrstu",
            "  2    x",
            "",
            "",
            "",
        ])
        e.place(at: TextPosition(line: 0, column: 30))
        e.scrollToCursor(rows: 5, columns: 26)
        #expect(draw(e)[1] == "  1 ghijklmnopqrstuvwxyz012345")
    }

    @Test func verticalScrollAndLineNumbers() {
        var e = editor((1...20).map { "line \($0)" }.joined(separator: "\n"))
        e.place(at: TextPosition(line: 15, column: 0))
        e.scrollToCursor(rows: 5, columns: 26)
        #expect(draw(e) == [
            " T               Ln 16, Col 1",
            " 12 line 12",
            " 13 line 13",
            " 14 line 14",
            " 15 line 15",
            " 16 line 16",
        ])
    }
}

@Suite struct RequestDiagnosticTests {
    struct BadRequest: LiveRenderer {
        func render(_ input: RenderInput, isCancelled: @Sendable () -> Bool) -> RenderReport {
            RenderReport(output: "", status: 400, errorMessage: "Could not parse request body", diagnostics: [
                RenderReport.Diagnostic(severity: .error, message: "bad JSON", source: .request, line: 1, column: 7, range: 6..<7),
            ], warnings: ["body is not JSON"])
        }
    }

    @Test func requestErrorsAreMarkedInTheRequestPane() {
        var state = AppState(template: OpenDocument(path: nil, text: "x"),
                             request: OpenDocument(path: nil, text: "{\"a\": }"), size: Size(width: 100, height: 30),
                             colorMode: .none)
        for case .render(let request) in state.start() {
            _ = state.update(.rendered(RenderJob.run(request, renderer: BadRequest(), isCancelled: { false })!))
        }
        let screen = render(state)
        let row = state.layout.request.row + 1
        #expect(screen[row, 4 + 6].character == "}")
        #expect(screen[row, 4 + 6].style.underline)
        let text = screen.text
        #expect(text.contains("✗ request 1:7 error: bad JSON"))
        #expect(text.contains("! body is not JSON"))
        #expect(text.contains("Status 400"))
        #expect(text.contains("API Gateway answers: Could not parse request body"))
    }
}

@Suite struct SmallTerminalTests {
    @Test func aTooSmallTerminalSaysSo() {
        let state = makeApp(size: Size(width: 20, height: 4))
        #expect(render(state).lines == ["Terminal too small:", "20x4 (need 40x12)", "", ""])
    }
}
