/// The Elm-style view: the whole screen for a state.
public func render(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size)
    let layout = state.layout
    let theme = state.theme
    guard !layout.isTooSmall else {
        let note = "Terminal too small: \(state.size.width)x\(state.size.height) (need \(Layout.minimum.width)x\(Layout.minimum.height))"
        for (row, piece) in wrap(note, width: state.size.width).enumerated() {
            screen.write(piece, row: row, column: 0)
        }
        return screen
    }
    drawTitleBar(state, on: &screen)
    for pane in Pane.allCases {
        EditorView(editor: state.editor(pane), rect: layout.rect(of: pane), theme: theme, title: paneTitle(state, pane),
                   focused: state.focus == pane && state.overlay == nil, decorations: decorations(state, pane))
            .draw(on: &screen)
    }
    for row in 1..<(state.size.height - 1) {
        screen.put("│", width: 1, row: row, column: layout.separator, style: theme.style(.paneTitle))
    }
    InfoPanel(state: state, rect: layout.info).draw(on: &screen)
    drawStatusBar(state, on: &screen)
    if state.overlay != nil {
        screen.cursor = nil
        OverlayView(state: state).draw(on: &screen)
    }
    return screen
}

private func paneTitle(_ state: AppState, _ pane: Pane) -> String {
    switch pane {
    case .template, .request:
        let editor = state.editor(pane)
        let name = editor.path.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "(new)"
        let label = pane == .template ? "Template" : "Request (\(editor.language.rawValue.uppercased()))"
        return "\(label)  \(name)\(editor.isDirty ? " *" : "")"
    case .output:
        guard let outcome = state.outcome else { return "Output  rendering…" }
        var title = "Output"
        if state.step != nil { title += "  raw, stepping" }
        else if outcome.pretty != nil { title += state.prettyOutput ? "  pretty JSON" : "  raw" }
        if state.isRendering { title += "  …" }
        return title
    }
}

private func decorations(_ state: AppState, _ pane: Pane) -> [Decoration] {
    let editor = state.editor(pane)
    var result: [Decoration] = []
    if let outcome = state.outcome {
        switch pane {
        case .template, .request:
            let source: RenderReport.Diagnostic.Source = pane == .template ? .template : .request
            for (diagnostic, range) in zip(outcome.report.diagnostics, outcome.diagnosticRanges)
            where diagnostic.source == source {
                guard let range else { continue }
                let role: Role = diagnostic.severity == .error ? .errorSpan : .warningSpan
                result.append(Decoration(range: widened(range), role: role))
            }
            if pane == .request, let error = outcome.requestError {
                result.append(Decoration(range: widened(TextRange(error.position, error.position)), role: .errorSpan))
            }
            if pane == .template, let step = state.step, let span = outcome.stepTemplateRanges[step] {
                result.append(Decoration(range: span, role: .stepSpan))
            }
        case .output:
            if state.step == nil, outcome.pretty == nil, case .invalid(let line, let column, _) = outcome.json {
                let position = RenderOutcome.position(line: line, column: column, in: editor.buffer)
                result.append(Decoration(range: widened(TextRange(position, position)), role: .errorSpan))
            }
            if let step = state.step {
                let current = outcome.stepOutputRanges[step]
                result.append(Decoration(range: TextRange(.zero, current.lower), role: .stepOutputDone))
                result.append(Decoration(range: current, role: .stepOutputCurrent))
            }
        }
    }
    if state.focus == pane {
        for partner in editor.partners { result.append(Decoration(range: partner, role: .partner)) }
    }
    if let selection = editor.selection { result.append(Decoration(range: selection, role: .selection)) }
    return result
}

/// An empty error span still marks one character.
private func widened(_ range: TextRange) -> TextRange {
    guard range.isEmpty else { return range }
    return TextRange(range.start, TextPosition(line: range.start.line, column: range.start.column + 1))
}

private func drawTitleBar(_ state: AppState, on screen: inout Screen) {
    let style = state.theme.style(.titleBar)
    screen.fill(row: 0, column: 0, count: state.size.width, style: style)
    var text = " vtlplay"
    if let outcome = state.outcome {
        text += "  │  status \(outcome.report.status.map(String.init) ?? "none")"
        switch outcome.json {
        case .valid: text += "  │  JSON ok"
        case .invalid: text += "  │  not JSON"
        case .empty: text += "  │  empty output"
        }
        let errors = outcome.report.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { text += "  │  \(errors) error\(errors == 1 ? "" : "s")" }
    }
    if let step = state.step { text += "  │  STEP \(step + 1)/\(state.traceCount)" }
    screen.write(text, row: 0, column: 0, style: style)
}

private func drawStatusBar(_ state: AppState, on screen: inout Screen) {
    let row = state.size.height - 1
    let theme = state.theme
    screen.fill(row: row, column: 0, count: state.size.width, style: theme.style(.statusBar))
    var right: String
    var role = Role.statusBar
    if let message = state.message {
        right = message
        role = .message
    } else {
        let names = [state.template, state.request].map { editor in
            (editor.path.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "(new)")
                + (editor.isDirty ? "*" : "")
        }
        right = names.joined(separator: " + ") + " · "
        if state.isRendering {
            right += "rendering…"
        } else if let outcome = state.outcome {
            right += "rendered in \(formatted(outcome.report.elapsed))"
        }
    }
    right = " " + right + " "
    let rightWidth = min(DisplayWidth.of(right), state.size.width)
    // Key hints fill what the message leaves.
    let hints = state.step == nil
        ? [("F1", "Help"), ("^S", "Save"), ("^O", "Open"), ("^Q", "Quit"), ("F2-4", "Pane"), ("F5", "Step"), ("F9", "Vars"), ("^P", "Samples")]
        : [("F7", "Back"), ("F8", "Next"), ("F5/Esc", "Stop"), ("F4", "Output cursor"), ("F1", "Help")]
    var x = 0
    for (key, meaning) in hints {
        let width = DisplayWidth.of(key) + DisplayWidth.of(meaning) + 2
        if x + width > state.size.width - rightWidth { break }
        x += screen.write(" " + key, row: row, column: x, style: theme.style(.statusKey))
        x += screen.write(" " + meaning, row: row, column: x, style: theme.style(.statusBar))
    }
    screen.write(right, row: row, column: state.size.width - rightWidth, style: theme.style(role))
}

/// A duration as milliseconds with one decimal.
func formatted(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let tenths = (seconds * 10_000 + attoseconds / 100_000_000_000_000)
    return "\(tenths / 10).\(tenths % 10) ms"
}
