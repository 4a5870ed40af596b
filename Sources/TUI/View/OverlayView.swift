/// Dialogs and panels drawn in a box over the main screen.
struct OverlayView {
    let state: AppState

    func draw(on screen: inout Screen) {
        guard let overlay = state.overlay else { return }
        switch overlay {
        case .help(let scroll):
            box(title: "Help: keys (Esc closes)", lines: KeyBindings.lines, scroll: scroll, large: true, on: &screen)
        case .variables(let scroll):
            box(title: "Variables (Esc closes)", lines: state.variableLines, scroll: scroll, large: true, on: &screen)
        case .quitConfirm:
            let names = [state.template, state.request].filter(\.isDirty).map { $0.path ?? "(new)" }
            box(title: "Quit", lines: ["Unsaved changes: " + names.joined(separator: ", "), "",
                                        "Save? (y/n/cancel)"], on: &screen)
        case .prompt(let prompt):
            let inside = box(title: prompt.title, lines: ["", "Enter confirms, Esc cancels"], large: true, on: &screen)
            drawField(prompt.field, row: inside.row, column: inside.column + 1, width: inside.width - 2, on: &screen)
        case .samples(let samples, let selected):
            let rect = box(title: "Samples (Enter opens, Esc closes)", lines: samples.map(\.name),
                           scroll: max(0, selected - (state.size.height - 10)), large: false, on: &screen)
            let first = max(0, selected - (state.size.height - 10))
            let y = rect.row + selected - first
            let selection = state.theme.style(.dialogSelection)
            screen.fill(row: y, column: rect.column, count: rect.width, style: selection)
            screen.write(" " + samples[selected].name, row: y, column: rect.column, style: selection,
                         limit: rect.column + rect.width)
        case .recovery(_, let snapshot):
            let names = [snapshot.templatePath, snapshot.requestPath].map { $0 ?? "(new)" }.joined(separator: ", ")
            box(title: "Recover unsaved work?", lines: [
                "A previous session left unsaved work (\(names)).",
                "Saved at \(snapshot.savedAt).", "", "Restore it? (y/n)",
            ], on: &screen)
        }
    }

    /// Draws a framed box with lines; returns the rectangle of its inside text area.
    @discardableResult
    private func box(title: String, lines: [String], scroll: Int = 0, large: Bool = false,
                     on screen: inout Screen) -> Rect {
        let theme = state.theme
        let size = state.size
        let longest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(size.width - 4, max(large ? size.width * 4 / 5 : 0, max(longest, DisplayWidth.of(title)) + 4, 40))
        let height = min(size.height - 4, lines.count + 2)
        let top = (size.height - height) / 2, left = (size.width - width) / 2
        let style = theme.style(.dialog)
        for row in top..<(top + height) { screen.fill(row: row, column: left, count: width, style: style) }
        let border = style.overlaid(with: theme.style(.dim))
        screen.write("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: border)
        screen.write("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: border)
        for row in (top + 1)..<(top + height - 1) {
            screen.put("│", width: 1, row: row, column: left, style: border)
            screen.put("│", width: 1, row: row, column: left + width - 1, style: border)
        }
        screen.write(" \(title) ", row: top, column: left + 2, style: theme.style(.dialogTitle), limit: left + width - 2)
        let visible = lines.dropFirst(scroll).prefix(height - 2)
        for (offset, line) in visible.enumerated() {
            screen.write(" " + line, row: top + 1 + offset, column: left + 1, style: style, limit: left + width - 1)
        }
        return Rect(row: top + 1, column: left + 1, width: width - 2, height: height - 2)
    }

    private func drawField(_ field: EditorState, row: Int, column: Int, width: Int, on screen: inout Screen) {
        let line = field.buffer.line(0)
        let cursorCells = EditorState.displayColumn(of: field.cursor.column, in: line)
        let skip = max(0, cursorCells - width + 1)
        screen.fill(row: row, column: column, count: width, style: state.theme.style(.dialogSelection))
        var cells = 0, x = column
        for character in line {
            let size = EditorState.cellWidth(character, at: cells)
            defer { cells += size }
            if cells < skip { continue }
            x += screen.put(character == "\t" ? " " : character, width: size, row: row, column: x,
                            style: state.theme.style(.dialogSelection), limit: column + width)
        }
        screen.cursor = (row, column + cursorCells - skip)
    }
}
