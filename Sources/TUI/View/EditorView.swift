/// A span drawn over an editor's text with a role (selection, partner, error, step).
struct Decoration {
    var range: TextRange
    var role: Role
}

/// Draws an editor pane's header, line numbers and visible text.
struct EditorView {
    let editor: EditorState
    let rect: Rect
    let theme: Theme
    let title: String
    let focused: Bool
    var decorations: [Decoration] = []

    func draw(on screen: inout Screen) {
        drawHeader(on: &screen)
        let body = rect.body
        let gutter = Layout.gutterWidth(lineCount: editor.buffer.lineCount)
        let textColumn = body.column + gutter
        let textWidth = body.width - gutter
        guard body.height > 0, textWidth > 0 else { return }
        for row in 0..<body.height {
            let index = editor.scrollTop + row
            let y = body.row + row
            guard index < editor.buffer.lineCount else {
                screen.fill(row: y, column: body.column, count: body.width, style: theme.style(.text))
                continue
            }
            let number = String(index + 1)
            let numberStyle = theme.style(index == editor.cursor.line && focused ? .currentLineNumber : .lineNumber)
            let padded = String(repeating: " ", count: max(0, gutter - 1 - number.count)) + number + " "
            screen.write(padded, row: y, column: body.column, style: numberStyle, limit: textColumn)
            drawLine(index, row: y, column: textColumn, width: textWidth, on: &screen)
        }
        if focused {
            let line = editor.buffer.line(editor.cursor.line)
            let x = EditorState.displayColumn(of: editor.cursor.column, in: line) - editor.scrollLeft
            let y = editor.cursor.line - editor.scrollTop
            if x >= 0, x < textWidth, y >= 0, y < body.height {
                screen.cursor = (body.row + y, textColumn + x)
            }
        }
    }

    private func drawHeader(on screen: inout Screen) {
        let style = theme.style(focused ? .paneTitleFocused : .paneTitle)
        screen.fill(row: rect.row, column: rect.column, count: rect.width, style: style)
        let limit = rect.column + rect.width
        screen.write(" " + title, row: rect.row, column: rect.column, style: style, limit: limit)
        let position = " Ln \(editor.cursor.line + 1), Col \(editor.cursor.column + 1) "
        let x = limit - DisplayWidth.of(position)
        if x > rect.column + DisplayWidth.of(title) + 2 {
            screen.write(position, row: rect.row, column: x, style: style, limit: limit)
        }
    }

    private func drawLine(_ index: Int, row: Int, column: Int, width: Int, on screen: inout Screen) {
        let line = editor.buffer.line(index)
        let left = editor.scrollLeft, right = editor.scrollLeft + width
        // One pass finds the visible clusters and the cells before them.
        var visibleStart = 0, visibleEnd = 0, startCells = 0, endCells = 0
        while visibleEnd < line.count, endCells < right {
            endCells += EditorState.cellWidth(line[visibleEnd], at: endCells)
            visibleEnd += 1
            if endCells <= left {
                visibleStart = visibleEnd
                startCells = endCells
            }
        }
        let tokens = editor.tokens(ofLine: index, around: visibleStart..<visibleEnd)
        let spans = decorations.compactMap { decoration in
            decoration.range.columns(onLine: index).map { ($0, theme.style(decoration.role)) }
        }
        let base = theme.style(.text)
        screen.fill(row: row, column: column, count: width, style: base)
        var cells = startCells
        var tokenIndex = 0
        for position in visibleStart..<visibleEnd {
            let character = line[position]
            let characterWidth = EditorState.cellWidth(character, at: cells)
            defer { cells += characterWidth }
            while tokenIndex < tokens.count, tokens[tokenIndex].columns.upperBound <= position { tokenIndex += 1 }
            var style = base
            if tokenIndex < tokens.count, tokens[tokenIndex].columns.contains(position) {
                style = theme.style(token: tokens[tokenIndex].kind)
            }
            for (columns, overlay) in spans where columns.contains(position) { style = style.overlaid(with: overlay) }
            let x = column + cells - left
            if character == "\t" || cells < left || (characterWidth == 2 && cells + 2 > right) {
                let from = max(cells, left), to = min(cells + characterWidth, right)
                screen.fill(row: row, column: column + from - left, count: to - from, style: style)
            } else if character.asciiValue != nil && characterWidth == 2 {
                screen.write(String(character), row: row, column: x, style: style.overlaid(with: theme.style(.dim)),
                             limit: column + width)
            } else if characterWidth > 0 {
                screen.put(character, width: characterWidth, row: row, column: x, style: style, limit: column + width)
            }
        }
        // A selection or span running past the line end shows one cell there.
        if visibleEnd == line.count, cells >= left, cells < right {
            for (columns, overlay) in spans where columns.contains(line.count) {
                screen.put(" ", width: 1, row: row, column: column + cells - left, style: base.overlaid(with: overlay))
            }
        }
    }
}
