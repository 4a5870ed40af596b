/// One editor pane: a buffer, a cursor with an optional selection anchor,
/// scrolling, undo history and the highlighter's per-line state cache.
public struct EditorState: Sendable {
    public internal(set) var buffer: TextBuffer
    public var cursor: TextPosition = .zero
    /// The other end of the selection, when there is one.
    public var anchor: TextPosition?
    /// The display column vertical moves aim for.
    var goalColumn: Int?
    public var scrollTop = 0
    public var scrollLeft = 0
    public var language: Language
    public var readOnly: Bool
    /// The file the buffer is saved to.
    public var path: String?
    public static let tabWidth = 4

    var history = EditHistory()
    /// `highlightStates[i]` is the lexer state at the start of line `i`; valid entries only.
    var highlightStates: [LexState] = [LexState()]
    /// Ranges highlighted as the partner of the bracket or directive under the cursor.
    public internal(set) var partners: [TextRange] = []

    public init(text: String = "", language: Language, path: String? = nil, readOnly: Bool = false) {
        buffer = TextBuffer(text)
        self.language = language
        self.path = path
        self.readOnly = readOnly
    }

    /// Whether the buffer differs from what was last saved or opened.
    public var isDirty: Bool { history.revision != history.savedRevision }

    /// An id of the current content (the top of the undo history); what saving records.
    public var revision: Int { history.revision }

    /// Counts every change to the buffer (typing grouped into one undo step still counts each key).
    public internal(set) var changes = 0

    public var selection: TextRange? {
        guard let anchor, anchor != cursor else { return nil }
        return TextRange(anchor, cursor)
    }

    public var selectedText: String? { selection.map { buffer.text(in: $0) } }

    /// Marks the current content as saved.
    public mutating func markSaved() {
        history.savedRevision = history.revision
        history.closeGroup()
    }

    /// Replaces the whole content as one undoable edit (opening a file, a sample, a recovery).
    public mutating func replaceAll(with text: String) {
        let wasReadOnly = readOnly
        readOnly = false
        anchor = nil
        apply(TextRange(.zero, buffer.end), text, kind: .other)
        readOnly = wasReadOnly
        buffer.lineEnding = text.contains("\r\n") ? .crlf : .lf
        cursor = .zero
        scrollTop = 0
        scrollLeft = 0
    }

    /// Sets the content of a read-only view without history.
    public mutating func show(_ buffer: TextBuffer) {
        self.buffer = buffer
        changes += 1
        history = EditHistory()
        highlightStates = [LexState()]
        cursor = buffer.clamp(cursor)
        anchor = anchor.map { buffer.clamp($0) }
        partners = []
    }

    // MARK: Highlighting cache

    /// Lines longer than this are lexed only around the part that is needed.
    static let longLine = 2048

    /// Tokens of one line, or of the part of it around `columns` (what is visible, the cursor).
    /// VTL starts from the cached state at the line start; on a very long line the lexer
    /// starts shortly before `columns`, in that state, which may misread a construct it cut.
    public func tokens(ofLine index: Int, around columns: Range<Int>? = nil) -> [Token] {
        let whole = buffer.line(index)
        var start = 0, end = whole.count
        if let columns {
            end = min(whole.count, columns.upperBound + 64)
            if whole.count > EditorState.longLine { start = max(0, columns.lowerBound - 256) }
        }
        let line = start == 0 && end == whole.count ? whole : Array(whole[start..<end])
        let state = language == .vtl ? lineStartState(index) : LexState()
        let tokens = Highlighter.tokens(line, language: language, state: state).tokens
        guard start > 0 else { return tokens }
        return tokens.map { Token(($0.columns.lowerBound + start)..<($0.columns.upperBound + start), $0.kind) }
    }

    private func lineStartState(_ index: Int) -> LexState {
        if index < highlightStates.count { return highlightStates[index] }
        var state = highlightStates[highlightStates.count - 1]
        for line in (highlightStates.count - 1)..<index {
            state = Highlighter.tokens(buffer.line(line), language: language, state: state).end
        }
        return state
    }

    /// Extends the lexer state cache so lines up to `index` tokenize without re-lexing from the top.
    mutating func cacheHighlighting(through index: Int) {
        let target = min(index, buffer.lineCount - 1)
        guard language == .vtl else { return }
        while highlightStates.count <= target {
            let line = highlightStates.count - 1
            let end = Highlighter.tokens(buffer.line(line), language: language, state: highlightStates[line]).end
            highlightStates.append(end)
        }
    }

    mutating func invalidateHighlighting(from line: Int) {
        if highlightStates.count > line + 1 {
            highlightStates.removeSubrange((line + 1)...)
        }
    }
}
