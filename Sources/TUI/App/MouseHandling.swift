/// Mouse: a press focuses a pane and places its cursor (in the output, in
/// step mode, that picks the step); the wheel scrolls the pane under it.
extension AppState {
    static let wheelLines = 3

    mutating func click(_ mouse: Mouse) {
        guard overlay == nil, !layout.isTooSmall,
              let pane = Pane.allCases.first(where: { layout.rect(of: $0).body.contains(row: mouse.row, column: mouse.column) })
        else { return }
        let body = layout.rect(of: pane).body
        switch mouse.action {
        case .wheelUp, .wheelDown:
            let delta = mouse.action == .wheelUp ? -AppState.wheelLines : AppState.wheelLines
            withEditor(pane) { editor in
                editor.scrollTop = min(max(0, editor.scrollTop + delta), max(0, editor.buffer.lineCount - body.height))
            }
        case .press:
            focus = pane
            withEditor(pane) { editor in
                let gutter = Layout.gutterWidth(lineCount: editor.buffer.lineCount)
                let line = min(editor.scrollTop + mouse.row - body.row, editor.buffer.lineCount - 1)
                let cells = max(0, mouse.column - body.column - gutter) + editor.scrollLeft
                editor.place(at: TextPosition(line: line,
                                              column: EditorState.column(atDisplay: cells, in: editor.buffer.line(line))))
            }
            if pane == .output, step != nil, let index = step(producing: output.cursor) { goToStep(index) }
        }
    }
}
