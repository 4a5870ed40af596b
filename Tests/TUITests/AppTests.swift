import Testing
@testable import TUI

func makeApp(template: String = "Hello $name", request: String = "{\"name\": \"x\"}",
             templatePath: String? = "/tmp/t.vtl", size: Size = Size(width: 100, height: 30)) -> AppState {
    var state = AppState(template: OpenDocument(path: templatePath, text: template),
                         request: OpenDocument(path: "/tmp/r.json", text: request), size: size, colorMode: .none)
    state.settle(state.start())
    return state
}

@Suite struct AppTests {
    @Test func typingAsksForARenderWithoutWaitingForIt() {
        var state = makeApp()
        let effects = state.type("!")
        #expect(effects.renders == 1)
        #expect(state.isRendering)
        #expect(state.template.text == "!Hello $name")
        state.settle(effects)
        #expect(!state.isRendering)
        #expect(state.output.text == "!Hello $name")
    }

    @Test func staleRendersAreIgnored() {
        var state = makeApp()
        let first = state.type("a")
        let second = state.type("b")
        state.settle(second)
        state.settle(first)
        #expect(state.output.text == "abHello $name")
    }

    @Test func jsonOutputIsPrettyPrintedAndToggles() {
        var state = makeApp(template: #"{"a":[1,2]}"#)
        #expect(state.output.text == "{\n  \"a\": [\n    1,\n    2\n  ]\n}")
        #expect(state.outcome?.json == .valid)
        state.press(.function(6))
        #expect(state.output.text == #"{"a":[1,2]}"#)
    }

    @Test func invalidJSONReportsItsPosition() {
        let state = makeApp(template: "{\n  \"a\": 1,\n}")
        #expect(state.outcome?.json == .invalid(line: 3, column: 1, message: "expected a member name in double quotes"))
    }

    @Test func focusKeysAndTabInsertion() {
        var state = makeApp()
        state.press(.function(3))
        #expect(state.focus == .request)
        state.press(Key(.tab, .shift))
        #expect(state.focus == .output)
        state.press(.function(2), Key(.tab))
        #expect(state.template.text == "\tHello $name")
    }

    @Test func clipboardCopiesBetweenPanes() {
        var state = makeApp()
        state.press(Key(.right, [.shift, .control]))
        state.press(.ctrl("c"))
        #expect(state.clipboard == "Hello ")
        state.press(.function(3), Key(.end), .ctrl("v"))
        #expect(state.request.text == "{\"name\": \"x\"}Hello ")
        state.press(.ctrl("z"))
        #expect(state.request.text == "{\"name\": \"x\"}")
        state.press(.ctrl("y"))
        #expect(state.request.text == "{\"name\": \"x\"}Hello ")
    }

    @Test func ctrlEJumpsToTheFirstError() {
        var state = makeApp(template: "ok\n  x #bad")
        state.press(.function(3), .ctrl("e"))
        #expect(state.focus == .template)
        #expect(state.template.cursor == TextPosition(line: 1, column: 4))
        #expect(state.message == "2:5 unknown directive #bad")
    }

    @Test func outputIsReadOnly() {
        var state = makeApp()
        state.press(.function(4))
        let effects = state.type("x")
        #expect(effects.renders == 0)
        #expect(state.message == "the output is read-only")
    }

    @Test func quitWithoutChangesQuitsAndDropsRecovery() {
        var state = makeApp()
        let effects = state.press(.ctrl("q"))
        #expect(effects.quits)
        #expect(state.finished)
    }

    @Test func quitDialogNoQuitsWithoutSaving() {
        var state = makeApp()
        state.type("x")
        let asked = state.press(.ctrl("q"))
        #expect(asked.isEmpty)
        guard case .quitConfirm = state.overlay else { Issue.record("no dialog"); return }
        let effects = state.press(.char("n"))
        #expect(effects.quits)
        #expect(!effects.contains { if case .save = $0 { true } else { false } })
    }

    @Test func quitDialogCancelKeepsEditing() {
        var state = makeApp()
        state.type("x")
        state.press(.ctrl("q"), .char("c"))
        #expect(state.overlay == nil)
        #expect(!state.finished)
        state.type("y")
        #expect(state.template.text == "xyHello $name")
    }

    @Test func quitDialogYesSavesThenQuits() {
        var state = makeApp()
        state.type("x")
        let effects = state.press(.ctrl("q"), .char("y"))
        guard case .save(let pane, let path, let text, let revision)? = effects.first else {
            Issue.record("no save"); return
        }
        #expect(pane == .template && path == "/tmp/t.vtl" && text.text == "xHello $name")
        #expect(!state.finished)
        let after = state.update(.saved(pane, path: path, revision: revision))
        #expect(after.quits)
        #expect(!state.template.isDirty)
    }

    @Test func saveWithoutAPathPrompts() {
        var state = makeApp(templatePath: nil)
        state.type("x")
        state.press(.ctrl("s"))
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.purpose == .saveAs(.template))
        state.type("/tmp/new.vtl")
        let effects = state.press(Key(.enter))
        guard case .save(_, let path, _, _)? = effects.first else { Issue.record("no save"); return }
        #expect(path == "/tmp/new.vtl")
    }

    @Test func openPromptsAndLoads() {
        var state = makeApp()
        state.press(.function(3), .ctrl("o"))
        state.press(.ctrl("a"), Key(.backspace))
        state.type("/x/req.yaml")
        let effects = state.press(Key(.enter))
        guard case .open(.request, let path)? = effects.first else { Issue.record("no open"); return }
        #expect(path == "/x/req.yaml")
        let loaded = state.update(.opened(.request, path: path, text: "a: 1"))
        #expect(loaded.renders == 1)
        #expect(state.request.language == .yaml)
        #expect(!state.request.isDirty)
        #expect(state.request.path == "/x/req.yaml")
    }

    @Test func recoveryIsWrittenWhileDirtyAndDroppedWhenClean() {
        var state = makeApp()
        let clean = state.update(.tick(10))
        #expect(clean.isEmpty)
        state.type("x")
        let first = state.update(.tick(11))
        #expect(first.contains { if case .writeRecovery = $0 { true } else { false } })
        state.type("y")
        let tooSoon = state.update(.tick(11.5))
        #expect(tooSoon.isEmpty)
        let later = state.update(.tick(12.5))
        #expect(later.count == 1)
        state.press(.ctrl("z"))
        let cleanup = state.update(.tick(14))
        guard case .deleteRecovery(nil)? = cleanup.first else { Issue.record("not deleted"); return }
    }

    @Test func recoveryOfferRestoresTheTexts() {
        var state = makeApp()
        let snapshot = RecoverySnapshot(templatePath: "/a.vtl", requestPath: nil, template: "T", request: "b: 2",
                                        savedAt: .init(timeIntervalSince1970: 0))
        _ = state.update(.recoveryFound(path: "/r/session-1.json", snapshot: snapshot))
        let effects = state.press(.char("y"))
        #expect(state.template.text == "T")
        #expect(state.template.isDirty)
        #expect(state.request.language == .yaml)
        guard case .deleteRecovery(path: "/r/session-1.json")? = effects.first else { Issue.record("kept"); return }
        #expect(effects.renders == 1)
    }

    @Test func samplePickerLoadsTheSample() {
        var state = makeApp()
        let sample = Sample(name: "echo", templatePath: "/s/echo/template.vtl", requestPath: "/s/echo/request.json")
        let listing = state.press(.ctrl("p"))
        #expect(listing.contains { if case .listSamples = $0 { true } else { false } })
        _ = state.update(.samplesListed([sample]))
        let effects = state.press(Key(.enter))
        guard case .loadSample(sample)? = effects.first else { Issue.record("no load"); return }
        _ = state.update(.sampleLoaded(sample, template: "S", request: "{}"))
        #expect(state.template.text == "S")
        #expect(state.template.path == "/s/echo/template.vtl")
    }
}

@Suite struct StepModeTests {
    @Test func stepsForwardAndBack() {
        var state = makeApp(template: "one\ntwo\nthree")
        state.press(.function(5))
        #expect(state.step == 0)
        state.press(.function(8), .function(8), .function(8))
        #expect(state.step == 2)
        state.press(.function(7))
        #expect(state.step == 1)
        state.press(Key(.escape))
        #expect(state.step == nil)
    }

    @Test func movingInTheOutputSelectsTheStep() {
        var state = makeApp(template: "one\ntwo\nthree")
        state.press(.function(5), .function(4), Key(.down), Key(.down))
        #expect(state.output.cursor.line == 2)
        #expect(state.step == 2)
        state.press(Key(.up))
        #expect(state.step == 1)
    }

    @Test func enterInTheOutputStepsToTheCharacter() {
        var state = makeApp(template: "one\ntwo\nthree")
        state.press(.function(4), Key(.down), Key(.enter))
        #expect(state.step == 1)
        state.press(Key(.escape), Key(.down), Key(.enter))
        #expect(state.step == 2)
    }

    @Test func editingLeavesStepMode() {
        var state = makeApp(template: "one\ntwo")
        state.press(.function(8))
        #expect(state.step == 0)
        state.type("x")
        #expect(state.step == nil)
    }

    @Test func noTraceNoStepMode() {
        var state = makeApp(template: "")
        state.outcome?.report.trace = []
        state.press(.function(5))
        #expect(state.step == nil)
    }
}

@Suite struct PasteTests {
    @Test func pasteKeepsIndentationAsPasted() {
        var state = makeApp(template: "  x")
        state.press(Key(.end))
        let effects = state.update(.paste("\n  a\n    b"))
        #expect(state.template.text == "  x\n  a\n    b")
        #expect(effects.renders == 1)
        state.press(.ctrl("z"))
        #expect(state.template.text == "  x")
    }

    @Test func pasteIntoAPromptDropsLineBreaks() {
        var state = makeApp()
        state.press(.ctrl("o"), .ctrl("a"), Key(.backspace))
        _ = state.update(.paste("/a/b.vtl\n"))
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.field.buffer.text == "/a/b.vtl")
    }
}

@Suite struct RequestCheckTests {
    @Test func anInvalidJSONRequestIsReportedAndMarked() {
        let state = makeApp(template: "x", request: "{\n  \"a\": 1,\n  \"中\": }")
        #expect(state.outcome?.requestError?.position == TextPosition(line: 2, column: 7))
        #expect(state.outcome?.requestError?.message == "expected a value")
        let screen = render(state)
        #expect(screen.text.contains("Request is not JSON: line 3: expected a value"))
        let row = state.layout.request.row + 3
        let column = 4 + 8
        #expect(screen[row, column].character == "}")
        #expect(screen[row, column].style.underline)
    }

    @Test func yamlRequestsAreNotCheckedAsJSON() {
        var state = AppState(template: OpenDocument(path: nil, text: "x"),
                             request: OpenDocument(path: "r.yaml", text: "a: [1"), size: Size(width: 100, height: 30))
        state.settle(state.start())
        #expect(state.outcome?.requestError == nil)
    }
}

@Suite struct OutputJSONTests {
    @Test func theOutputsJSONErrorIsMarkedInTheOutputPane() {
        let state = makeApp(template: "{\n  \"a\" 1\n}")
        #expect(state.outcome?.json == .invalid(line: 2, column: 7, message: "expected ':'"))
        let screen = render(state)
        let layout = state.layout
        let cell = screen[layout.output.row + 2, layout.output.column + 4 + 6]
        #expect(cell.character == "1")
        #expect(cell.style.underline)
        #expect(screen.text.contains("Output is not JSON: line 2, column 7:"))
    }
}

@Suite struct MouseTests {
    @Test func clickFocusesAndPlacesTheCursor() {
        var state = makeApp(template: "one\n中文 two")
        let body = state.layout.request.body
        _ = state.update(.mouse(Mouse(.press, row: body.row, column: body.column + 6)))
        #expect(state.focus == .request)
        #expect(state.request.cursor == TextPosition(line: 0, column: 2))
        let template = state.layout.template.body
        _ = state.update(.mouse(Mouse(.press, row: template.row + 1, column: template.column + 4 + 3)))
        #expect(state.focus == .template)
        #expect(state.template.cursor == TextPosition(line: 1, column: 1))
        _ = state.update(.mouse(Mouse(.press, row: template.row + 9, column: template.column + 40)))
        #expect(state.template.cursor == TextPosition(line: 1, column: 6))
    }

    @Test func clickInTheOutputPicksTheStep() {
        var state = makeApp(template: "one\ntwo\nthree")
        state.press(.function(5))
        let body = state.layout.output.body
        _ = state.update(.mouse(Mouse(.press, row: body.row + 2, column: body.column + 5)))
        #expect(state.step == 2)
    }

    @Test func wheelScrollsWithoutMovingTheCursor() {
        var state = makeApp(template: (1...100).map(String.init).joined(separator: "\n"))
        let body = state.layout.template.body
        _ = state.update(.mouse(Mouse(.wheelDown, row: body.row, column: body.column)))
        _ = state.update(.mouse(Mouse(.wheelDown, row: body.row, column: body.column)))
        #expect(state.template.scrollTop == 6)
        #expect(state.template.cursor == .zero)
        _ = state.update(.mouse(Mouse(.wheelUp, row: body.row, column: body.column)))
        #expect(state.template.scrollTop == 3)
    }
}
