/// Key handling: overlays first, then app-wide keys, then the focused editor.
extension AppState {
    mutating func handle(_ key: Key) -> [Effect] {
        if overlay != nil { return handleOverlay(key) }
        message = nil
        if let effects = handleGlobal(key) { return effects }
        handleEditing(key)
        return []
    }

    private mutating func handleGlobal(_ key: Key) -> [Effect]? {
        switch (key.code, key.modifiers) {
        case (.function(1), _):
            overlay = .help(scroll: 0)
        case (.character("q"), .control):
            if template.isDirty || request.isDirty { overlay = .quitConfirm } else { return quit() }
        case (.character("s"), .control):
            let pane = documentPane
            guard let path = editor(pane).path else {
                overlay = .prompt(Prompt(purpose: .saveAs(pane), text: ""))
                return []
            }
            return [saveEffect(pane, path: path)]
        case (.character("o"), .control):
            overlay = .prompt(Prompt(purpose: .open(documentPane), text: editor(documentPane).path ?? ""))
        case (.character("p"), .control):
            return [.listSamples]
        case (.character("e"), .control):
            goToFirstDiagnostic()
        case (.function(2), _): focus = .template
        case (.function(3), _): focus = .request
        case (.function(4), _): focus = .output
        case (.tab, .shift):
            focus = Pane.allCases[(Pane.allCases.firstIndex(of: focus)! + 1) % Pane.allCases.count]
        case (.function(5), _):
            if step != nil { leaveStepMode() } else { enterStepMode(at: 0) }
        case (.function(6), _):
            prettyOutput.toggle()
            showOutput()
            message = prettyOutput ? "output: pretty-printed when JSON" : "output: raw"
        case (.function(7), _): goToStep((step ?? 1) - 1)
        case (.function(8), _): goToStep(step.map { $0 + 1 } ?? 0)
        case (.function(9), _): overlay = .variables(scroll: 0)
        case (.escape, _):
            if step != nil { leaveStepMode() } else { withEditor(focus) { $0.anchor = nil } }
        case (.enter, _) where focus == .output:
            stepToOutputCursor()
        default:
            return nil
        }
        return []
    }

    private mutating func handleEditing(_ key: Key) {
        let pane = focus
        let page = max(1, layout.rect(of: pane).body.height - 1)
        var clipboard = self.clipboard
        var note: String?
        withEditor(pane) { editor in
            note = AppState.edit(&editor, key, page: page, clipboard: &clipboard)
        }
        self.clipboard = clipboard
        if let note { message = note }
        if pane == .output, step != nil, let index = step(producing: output.cursor), index != step {
            step = index
            if let span = outcome?.stepTemplateRanges[index] {
                let viewport = layout.viewport(of: .template, lineCount: template.buffer.lineCount)
                template.reveal(span.lower, rows: viewport.rows, columns: viewport.columns)
            }
        }
    }

    /// Applies an editing key to an editor; returns a note for the status bar.
    static func edit(_ editor: inout EditorState, _ key: Key, page: Int, clipboard: inout String) -> String? {
        let shift = key.modifiers.contains(.shift)
        let word = key.modifiers.contains(.control) || key.modifiers.contains(.alt)
        switch key.code {
        case .left: editor.move(word ? .wordLeft : .left, selecting: shift)
        case .right: editor.move(word ? .wordRight : .right, selecting: shift)
        case .up: editor.move(.up, selecting: shift)
        case .down: editor.move(.down, selecting: shift)
        case .home: editor.move(key.modifiers.contains(.control) ? .documentStart : .lineStart, selecting: shift)
        case .end: editor.move(key.modifiers.contains(.control) ? .documentEnd : .lineEnd, selecting: shift)
        case .pageUp: editor.move(.pageUp, selecting: shift, pageHeight: page)
        case .pageDown: editor.move(.pageDown, selecting: shift, pageHeight: page)
        case .character(let character) where key.modifiers.contains(.control):
            switch character {
            case "a": editor.selectAll()
            case "c":
                guard let text = editor.selectedText else { return "nothing selected" }
                clipboard = text
                return "copied \(text.count) characters"
            case "x":
                guard !editor.readOnly else { return "the output is read-only" }
                guard let text = editor.cut() else { return "nothing selected" }
                clipboard = text
            case "v":
                guard !editor.readOnly else { return "the output is read-only" }
                editor.paste(clipboard)
            case "z":
                if !editor.undo() { return editor.readOnly ? "the output is read-only" : "nothing to undo" }
            case "y":
                if !editor.redo() { return editor.readOnly ? "the output is read-only" : "nothing to redo" }
            default: return nil
            }
        case .character(let character) where !key.modifiers.contains(.alt):
            guard !editor.readOnly else { return "the output is read-only" }
            editor.insert(String(character))
        case .tab where key.modifiers.isEmpty:
            guard !editor.readOnly else { return nil }
            editor.insert("\t")
        case .enter:
            guard !editor.readOnly else { return nil }
            editor.newline()
        case .backspace:
            guard !editor.readOnly else { return "the output is read-only" }
            editor.backspace()
        case .delete:
            guard !editor.readOnly else { return "the output is read-only" }
            editor.deleteForward()
        default:
            return nil
        }
        return nil
    }
}

extension EditorState {
    /// Scrolls so `position` is visible, without moving the cursor.
    mutating func reveal(_ position: TextPosition, rows: Int, columns: Int) {
        let cursor = self.cursor
        self.cursor = buffer.clamp(position)
        scrollToCursor(rows: rows, columns: columns)
        self.cursor = cursor
    }
}
