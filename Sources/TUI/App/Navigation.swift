/// Jumps: to the first error, and through the render's trace (step mode).
extension AppState {
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
}
