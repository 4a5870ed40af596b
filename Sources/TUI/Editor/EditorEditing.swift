/// Text changes: typing, line breaks with indentation, deletion and the clipboard.
extension EditorState {
    /// Types `text` over the selection.
    public mutating func insert(_ text: String) {
        apply(selection?.ordered ?? TextRange(cursor, cursor), text, kind: selection == nil ? .typing : .other)
    }

    /// Breaks the line, keeping the current line's indentation.
    public mutating func newline() {
        let line = buffer.line(cursor.line)
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).prefix(cursor.column)
        apply(selection?.ordered ?? TextRange(cursor, cursor), "\n" + String(indent), kind: .other)
    }

    public mutating func backspace() {
        if let selection { return apply(selection.ordered, "", kind: .other) }
        guard let before = buffer.position(before: cursor) else { return }
        apply(TextRange(before, cursor), "", kind: .backspace)
    }

    public mutating func deleteForward() {
        if let selection { return apply(selection.ordered, "", kind: .other) }
        guard let after = buffer.position(after: cursor) else { return }
        apply(TextRange(cursor, after), "", kind: .delete)
    }

    /// Removes the selection and returns its text.
    public mutating func cut() -> String? {
        guard let selection, !readOnly else { return nil }
        let text = buffer.text(in: selection)
        apply(selection.ordered, "", kind: .other)
        return text
    }

    public mutating func paste(_ text: String) {
        guard !text.isEmpty else { return }
        apply(selection?.ordered ?? TextRange(cursor, cursor), text, kind: .other)
        history.closeGroup()
    }
}
