/// One undoable change: the text between `start` and `removedEnd` was replaced
/// by `inserted`, ending at `insertedEnd`.
struct EditRecord: Sendable {
    enum Kind: Sendable { case typing, backspace, delete, other }
    var id: Int
    var kind: Kind
    var start: TextPosition
    var removed: String
    var removedEnd: TextPosition
    var inserted: String
    var insertedEnd: TextPosition
    var cursorBefore: TextPosition
    var anchorBefore: TextPosition?
}

/// Undo and redo stacks; consecutive typing or deleting groups into one record.
struct EditHistory: Sendable {
    var undo: [EditRecord] = []
    var redo: [EditRecord] = []
    var nextID = 1
    var savedRevision = 0
    /// Whether the next edit of the same kind may extend the last record.
    var groupOpen = false
    static let limit = 2000

    var revision: Int { undo.last?.id ?? 0 }

    mutating func closeGroup() { groupOpen = false }

    mutating func push(_ record: EditRecord) {
        var record = record
        record.id = nextID
        nextID += 1
        undo.append(record)
        if undo.count > EditHistory.limit { undo.removeFirst(undo.count - EditHistory.limit) }
        redo.removeAll()
        groupOpen = record.kind != .other
    }
}

extension EditorState {
    /// Replaces `range` with `text`, recording it for undo (grouping typing and deleting runs).
    mutating func apply(_ range: TextRange, _ text: String, kind: EditRecord.Kind) {
        guard !readOnly else { return }
        let range = TextRange(buffer.clamp(range.lower), buffer.clamp(range.upper))
        let removed = buffer.text(in: range)
        if removed.isEmpty && text.isEmpty { return }
        let cursorBefore = cursor, anchorBefore = anchor
        let end = buffer.replace(range, with: text)
        changes += 1
        invalidateHighlighting(from: range.start.line)
        cursor = end
        anchor = nil
        goalColumn = nil
        if history.groupOpen, var last = history.undo.last, last.kind == kind, merge(&last, range, removed, text, end, kind) {
            history.undo[history.undo.count - 1] = last
            history.redo.removeAll()
            return
        }
        history.push(EditRecord(
            id: 0, kind: kind, start: range.start, removed: removed, removedEnd: range.end,
            inserted: text, insertedEnd: end, cursorBefore: cursorBefore, anchorBefore: anchorBefore))
    }

    private func merge(_ last: inout EditRecord, _ range: TextRange, _ removed: String, _ text: String,
                       _ end: TextPosition, _ kind: EditRecord.Kind) -> Bool {
        switch kind {
        case .typing:
            guard removed.isEmpty, range.start == last.insertedEnd, !text.contains("\n") else { return false }
            let lastWasSpace = last.inserted.last?.isWhitespace ?? false
            if lastWasSpace && !text.allSatisfy(\.isWhitespace) { return false }
            last.inserted += text
            last.insertedEnd = end
            return true
        case .backspace:
            guard text.isEmpty, last.inserted.isEmpty, range.end == last.start else { return false }
            last.removed = removed + last.removed
            last.start = range.start
            last.insertedEnd = range.start
            return true
        case .delete:
            guard text.isEmpty, last.inserted.isEmpty, range.start == last.start else { return false }
            last.removed += removed
            last.removedEnd = advance(last.start, over: last.removed)
            return true
        case .other:
            return false
        }
    }

    /// Where `text` would end if inserted at `start` (no cluster merging).
    func advance(_ start: TextPosition, over text: String) -> TextPosition {
        let lines = TextBuffer.split(text)
        if lines.count == 1 { return TextPosition(line: start.line, column: start.column + lines[0].count) }
        return TextPosition(line: start.line + lines.count - 1, column: lines[lines.count - 1].count)
    }

    /// Reverts the last change; false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard !readOnly, let record = history.undo.popLast() else { return false }
        buffer.replace(TextRange(record.start, record.insertedEnd), with: record.removed)
        invalidateHighlighting(from: record.start.line)
        changes += 1
        history.redo.append(record)
        history.closeGroup()
        cursor = buffer.clamp(record.cursorBefore)
        anchor = record.anchorBefore.map { buffer.clamp($0) }
        goalColumn = nil
        return true
    }

    /// Re-applies the last undone change; false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard !readOnly, let record = history.redo.popLast() else { return false }
        buffer.replace(TextRange(record.start, record.removedEnd), with: record.inserted)
        invalidateHighlighting(from: record.start.line)
        changes += 1
        history.undo.append(record)
        history.closeGroup()
        cursor = buffer.clamp(record.insertedEnd)
        anchor = nil
        goalColumn = nil
        return true
    }
}
