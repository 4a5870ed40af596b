/// Where a node is in its template: UTF-8 byte offsets `[start, end)` into the source.
/// Lines and columns (`SourceRange`) are computed from the template's line table only
/// when a diagnostic, trace event or call site needs them.
struct SourceSpan: Sendable, Equatable {
    var start: Int
    var end: Int

    /// An empty span at `offset`.
    init(at offset: Int) {
        start = offset
        end = offset
    }

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
