import Testing
@testable import TUI

/// Compares the rendered screen with the expected rows (trailing spaces trimmed).
func expectScreen(_ state: AppState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = render(state).lines
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(actual.count == wanted.count, sourceLocation: sourceLocation)
    let differing = zip(actual, wanted).enumerated().filter { $0.element.0 != $0.element.1 }
    for (row, (line, want)) in differing.prefix(3) {
        Issue.record("row \(row):\n  got  |\(line)|\n  want |\(want)|", sourceLocation: sourceLocation)
    }
    if !differing.isEmpty {
        let dump = actual.map { "<\($0)>" }.joined(separator: "\n")
        Issue.record("whole screen:\n\(dump)", sourceLocation: sourceLocation)
    }
}

/// Whole screens as text at 100x30.
@Suite struct SnapshotTests {
    static let template = """
    {
      "greeting": "Hello",
      "wide": "中文 😀",
    \t"tab": #bad
    }
    """

    @Test func mainScreen() {
        var state = makeApp(template: SnapshotTests.template)
        state.press(Key(.down), Key(.end))
        expectScreen(state, """
         vtlplay  │  status 500  │  not JSON  │  1 error
         Template  t.vtl                    Ln 2, Col 23 │ Output                               Ln 1, Col 1
          1 {                                            │  1 {
          2   "greeting": "Hello",                       │  2   "greeting": "Hello",
          3   "wide": "中文 😀",                         │  3   "wide": "中文 😀",
          4     "tab": #bad                              │  4     "tab": #bad
          5 }                                            │  5 }
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
         Request (JSON)  r.json              Ln 1, Col 1 │
          1 {"name": "x"}                                │
                                                         │
                                                         │ Info
                                                         │ Status 500 · rendered in 1.5 ms
                                                         │ Output is not JSON: line 4, column 9: expected a
                                                         │ value
                                                         │ ✗ 4:9 error: unknown directive #bad
                                                         │
                                                         │
                                                         │
                                                         │
         F1 Help ^S Save ^O Open ^Q Quit F2-4 Pane F5 Step F9 Vars      t.vtl + r.json · rendered in 1.5 ms
        """)
    }

    @Test func errorSpanAndSelectionAreStyled() {
        var state = makeApp(template: SnapshotTests.template)
        state.press(Key(.right, .shift))
        let screen = render(state)
        let row = 2 + 3, errorColumn = 4 + 11
        #expect(screen[row, errorColumn].character == "#")
        #expect(screen[row, errorColumn].style.underline)
        #expect(!screen[row, errorColumn - 1].style.underline)
        #expect(screen[2, 4].style.reverse)
        #expect(!screen[2, 5].style.reverse)
    }

    @Test func stepMode() {
        var state = makeApp(template: "{\n  \"a\": 1\n}")
        state.press(.function(5), .function(8))
        expectScreen(state, """
         vtlplay  │  status 200  │  JSON ok  │  STEP 2/3
         Template  t.vtl                     Ln 1, Col 1 │ Output  raw, stepping                Ln 1, Col 1
          1 {                                            │  1 {
          2   "a": 1                                     │  2   "a": 1
          3 }                                            │  3 }
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
         Request (JSON)  r.json              Ln 1, Col 1 │
          1 {"name": "x"}                                │
                                                         │
                                                         │ Step 2 of 3
                                                         │ line 2
                                                         │ wrote 8 bytes
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
         F7 Back F8 Next F5/Esc Stop F4 Output cursor F1 Help           t.vtl + r.json · rendered in 1.5 ms
        """)
    }

    @Test func quitDialog() {
        var state = makeApp(template: "x")
        state.type("y")
        state.press(.ctrl("q"))
        expectScreen(state, """
         vtlplay  │  status 200  │  not JSON
         Template  t.vtl *                   Ln 1, Col 2 │ Output  …                            Ln 1, Col 1
          1 yx                                           │  1 x
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                                         │
                                      ┌─ Quit ───────────────────────────────┐
                                      │ Unsaved changes: /tmp/t.vtl          │
                                      │                                      │
                                      │ Save? (y/n/cancel)                   │
                                      └──────────────────────────────────────┘
         Request (JSON)  r.json              Ln 1, Col 1 │
          1 {"name": "x"}                                │
                                                         │
                                                         │ Info
                                                         │ Status 200 · rendered in 1.5 ms
                                                         │ Output is not JSON: line 1, column 1: expected a
                                                         │ value
                                                         │ No errors or warnings
                                                         │
                                                         │
                                                         │
                                                         │
         F1 Help ^S Save ^O Open ^Q Quit F2-4 Pane F5 Step F9 Vars ^P Samples  t.vtl* + r.json · rendering…
        """)
    }

    @Test func help() {
        var state = makeApp(template: "x")
        state.press(.function(1))
        expectScreen(state, """
         vtlplay  │  status 200  │  not JSON
         Template  t.vtl                     Ln 1, Col 1 │ Output                               Ln 1, Col 1
          1 x ┌─ Help: keys (Esc closes) ───────────────────────────────────────────────────────────┐
              │ Files and app                                                                       │
              │   F1                        help (Esc closes)                                       │
              │   Ctrl-O                    open a file into the template or request pane           │
              │   Ctrl-S                    save the template or request (asks for a path if new)   │
              │   Ctrl-P                    pick a sample (template.vtl + request.json)             │
              │   Ctrl-Q                    quit; with unsaved changes asks save? (y/n/cancel)      │
              │                                                                                     │
              │ Panes                                                                               │
              │   F2 / F3 / F4              focus the template / request / output pane              │
              │   Shift-Tab                 focus the next pane                                     │
              │   Ctrl-E                    go to the first error                                   │
              │   F6                        output: pretty-printed JSON or raw                      │
              │   F9                        variables after the render                              │
              │   mouse                     click focuses and places the cursor; the wheel scrolls  │
         Reque│                                                                                     │
          1 {"│ Step through the render                                                             │
              │   F5                        step mode on / off                                      │
              │   F7 / F8                   previous / next step                                    │
              │   Enter in output           step mode from the character under the cursor           │
              │   arrows in output          in step mode: jump to the step that wrote the character │cted a
              │   Esc                       leave step mode, drop the selection                     │
              │                                                                                     │
              │ Editing                                                                             │
              │   arrows, Home, End         move (Home toggles indentation / line start)            │
              └─────────────────────────────────────────────────────────────────────────────────────┘
                                                         │
         F1 Help ^S Save ^O Open ^Q Quit F2-4 Pane F5 Step F9 Vars      t.vtl + r.json · rendered in 1.5 ms
        """)
    }
}

@Suite struct OverlaySnapshotTests {
    @Test func openPromptShowsTheFieldAboveTheHint() {
        var state = makeApp(template: "x", templatePath: nil)
        state.press(.ctrl("o"))
        state.type("/some/dir/template.vtl")
        let lines = render(state).lines
        let field = lines.firstIndex { $0.contains("/some/dir/template.vtl") }
        let hint = lines.firstIndex { $0.contains("Enter confirms, Esc cancels") }
        #expect(field != nil && hint == field.map { $0 + 1 })
        #expect(lines.contains { $0.contains("Open into the template pane:") })
    }

    @Test func samplePickerHighlightsTheSelection() throws {
        var state = makeApp()
        let samples = ["alpha", "beta", "gamma"].map {
            Sample(name: $0, templatePath: "/s/\($0)/template.vtl", requestPath: "/s/\($0)/request.json")
        }
        _ = state.update(.samplesListed(samples))
        state.press(Key(.down))
        let screen = render(state)
        let row = try #require(screen.lines.firstIndex { $0.contains("│ beta") }, "\(screen.text)")
        let column = try #require(Array(screen.lines[row]).firstIndex(of: "b"))
        #expect(screen[row, column].style.reverse)
        #expect(screen.lines[row - 1].contains("│ alpha"))
        #expect(screen.lines[row + 2].contains("└─"))
    }

    @Test func longMessagesPushKeyHintsAside() {
        var state = makeApp()
        state.message = "cannot read /a/very/long/path/that/does/not/exist/anywhere/template.vtl: no such file"
        let status = render(state).lines.last!
        #expect(status.hasSuffix("template.vtl: no such file"))
        #expect(status.hasPrefix(" F1 Help"))
    }
}
