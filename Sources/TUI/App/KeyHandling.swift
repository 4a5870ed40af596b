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

    /// Moves the cursor to the first error (or warning) of the last render.
    mutating func goToFirstDiagnostic() {
        guard let outcome, !outcome.report.diagnostics.isEmpty else {
            message = "no errors"
            return
        }
        let diagnostics = outcome.report.diagnostics
        let index = diagnostics.firstIndex { $0.severity == .error } ?? 0
        let diagnostic = diagnostics[index]
        let pane: Pane = diagnostic.source == .template ? .template : .request
        let position = outcome.diagnosticRanges[index]?.lower
            ?? TextPosition(line: diagnostic.line - 1, column: diagnostic.column - 1)
        focus = pane
        withEditor(pane) { $0.place(at: position) }
        message = "\(diagnostic.line):\(diagnostic.column) \(diagnostic.message)"
    }

    // MARK: Step mode

    var traceCount: Int { outcome?.report.trace.count ?? 0 }

    mutating func enterStepMode(at index: Int) {
        guard traceCount > 0 else {
            message = isRendering ? "rendering, try again" : "the render has no trace steps"
            return
        }
        step = 0
        showOutput()
        goToStep(index)
    }

    mutating func leaveStepMode() {
        step = nil
        showOutput()
        message = "step mode off"
    }

    /// Shows step `index`: its template span and the output written so far.
    mutating func goToStep(_ index: Int) {
        guard let outcome, traceCount > 0 else { return enterStepMode(at: 0) }
        if step == nil {
            step = 0
            showOutput()
        }
        let index = min(max(index, 0), traceCount - 1)
        step = index
        let layout = self.layout
        if let span = outcome.stepTemplateRanges[index] {
            let viewport = layout.viewport(of: .template, lineCount: template.buffer.lineCount)
            template.reveal(span.lower, rows: viewport.rows, columns: viewport.columns)
        }
        let produced = outcome.stepOutputRanges[index]
        let viewport = layout.viewport(of: .output, lineCount: output.buffer.lineCount)
        output.reveal(produced.upper, rows: viewport.rows, columns: viewport.columns)
    }

    /// Enter in the output pane: step mode at the step that wrote the character under the cursor.
    mutating func stepToOutputCursor() {
        let showsRaw = step != nil || !prettyOutput || outcome?.pretty == nil
        guard showsRaw else {
            enterStepMode(at: 0)
            message = "stepping shows the raw output: move the cursor there to pick a step"
            return
        }
        guard let index = step(producing: output.cursor) else {
            message = "no step wrote this character"
            return
        }
        goToStep(index)
    }

    /// The step that wrote the output character at `position`: the narrowest span containing it.
    func step(producing position: TextPosition) -> Int? {
        guard let outcome else { return nil }
        var best: (index: Int, size: Int)?
        for (index, range) in outcome.stepOutputRanges.enumerated() where range.contains(position) {
            let size = (range.upper.line - range.lower.line) * 100_000 + range.upper.column - range.lower.column
            if best == nil || size <= best!.size { best = (index, size) }
        }
        return best?.index
    }

    // MARK: Editing

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
