/// Cursor movement, selection and scrolling.
extension EditorState {
    /// Where the cursor goes.
    public enum Motion: Sendable, Hashable {
        case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd
        case pageUp, pageDown, documentStart, documentEnd
    }

    /// Display column (cells from the line start, tabs expanded) of `column`.
    public static func displayColumn(of column: Int, in line: [Character]) -> Int {
        var cells = 0
        for character in line.prefix(column) { cells += cellWidth(character, at: cells) }
        return cells
    }

    /// The column whose cell span contains `displayColumn` (or the line end).
    public static func column(atDisplay displayColumn: Int, in line: [Character]) -> Int {
        var cells = 0
        for (index, character) in line.enumerated() {
            let width = cellWidth(character, at: cells)
            if displayColumn < cells + max(width, 1) { return index }
            cells += width
        }
        return line.count
    }

    /// Cells a character takes at a display column (a tab reaches the next tab stop).
    public static func cellWidth(_ character: Character, at cells: Int) -> Int {
        if let ascii = character.asciiValue {
            if ascii == 9 { return tabWidth - cells % tabWidth }
            return ascii < 0x20 || ascii == 0x7F ? 2 : 1
        }
        return DisplayWidth.of(character)
    }

    public mutating func move(_ motion: Motion, selecting: Bool, pageHeight: Int = 20) {
        if selecting {
            if anchor == nil { anchor = cursor }
        } else if let selection, motion == .left || motion == .right {
            cursor = motion == .left ? selection.lower : selection.upper
            anchor = nil
            goalColumn = nil
            return
        } else {
            anchor = nil
        }
        let keepsGoal = [.up, .down, .pageUp, .pageDown].contains(motion)
        let goal = goalColumn ?? EditorState.displayColumn(of: cursor.column, in: buffer.line(cursor.line))
        switch motion {
        case .left: cursor = buffer.position(before: cursor) ?? cursor
        case .right: cursor = buffer.position(after: cursor) ?? cursor
        case .up: verticalMove(by: -1, goal: goal)
        case .down: verticalMove(by: 1, goal: goal)
        case .pageUp:
            verticalMove(by: -pageHeight, goal: goal)
            scrollTop = max(0, scrollTop - pageHeight)
        case .pageDown:
            verticalMove(by: pageHeight, goal: goal)
            scrollTop = min(max(0, buffer.lineCount - 1), scrollTop + pageHeight)
        case .lineStart:
            let line = buffer.line(cursor.line)
            let indent = line.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? line.count
            cursor.column = cursor.column == indent ? 0 : indent
        case .lineEnd: cursor.column = buffer.line(cursor.line).count
        case .wordLeft: cursor = wordBoundary(before: cursor)
        case .wordRight: cursor = wordBoundary(after: cursor)
        case .documentStart: cursor = .zero
        case .documentEnd: cursor = buffer.end
        }
        goalColumn = keepsGoal ? goal : nil
        if anchor == cursor && !selecting { anchor = nil }
    }

    private mutating func verticalMove(by lines: Int, goal: Int) {
        let target = min(max(cursor.line + lines, 0), buffer.lineCount - 1)
        if target == cursor.line {
            cursor.column = lines < 0 ? 0 : buffer.line(target).count
            return
        }
        cursor = TextPosition(line: target, column: EditorState.column(atDisplay: goal, in: buffer.line(target)))
    }

    enum CharacterClass { case word, space, other }

    static func characterClass(_ character: Character) -> CharacterClass {
        if character.isLetter || character.isNumber || character == "_" { return .word }
        return character.isWhitespace ? .space : .other
    }

    func wordBoundary(after position: TextPosition) -> TextPosition {
        let line = buffer.line(position.line)
        if position.column >= line.count { return buffer.position(after: position) ?? position }
        var column = position.column
        let kind = EditorState.characterClass(line[column])
        while column < line.count, EditorState.characterClass(line[column]) == kind { column += 1 }
        while column < line.count, EditorState.characterClass(line[column]) == .space { column += 1 }
        return TextPosition(line: position.line, column: column)
    }

    func wordBoundary(before position: TextPosition) -> TextPosition {
        let line = buffer.line(position.line)
        if position.column == 0 { return buffer.position(before: position) ?? position }
        var column = position.column
        while column > 0, EditorState.characterClass(line[column - 1]) == .space { column -= 1 }
        guard column > 0 else { return TextPosition(line: position.line, column: 0) }
        let kind = EditorState.characterClass(line[column - 1])
        while column > 0, EditorState.characterClass(line[column - 1]) == kind { column -= 1 }
        return TextPosition(line: position.line, column: column)
    }

    public mutating func selectAll() {
        anchor = .zero
        cursor = buffer.end
    }

    /// Places the cursor (from a click or a jump), clearing the selection.
    public mutating func place(at position: TextPosition) {
        cursor = buffer.clamp(position)
        anchor = nil
        goalColumn = nil
    }

    /// Scrolls so the cursor is inside a viewport of `rows` lines and `columns` cells.
    public mutating func scrollToCursor(rows: Int, columns: Int) {
        let rows = max(rows, 1), columns = max(columns, 1)
        scrollTop = min(scrollTop, max(0, buffer.lineCount - 1))
        if cursor.line < scrollTop { scrollTop = cursor.line }
        if cursor.line >= scrollTop + rows { scrollTop = cursor.line - rows + 1 }
        let cell = EditorState.displayColumn(of: cursor.column, in: buffer.line(cursor.line))
        let margin = min(4, columns / 4)
        if cell < scrollLeft + (scrollLeft > 0 ? margin : 0) { scrollLeft = max(0, cell - margin) }
        if cell >= scrollLeft + columns - 1 { scrollLeft = cell - columns + 1 + margin }
    }
}
