/// A text the user edits (a template or a request file): its contents, where it
/// lives on disk, and whether it has changes not yet saved.
public struct Document: Sendable, Equatable {
    /// The contents. Changing them marks the document dirty.
    public var text: String {
        didSet { if text != oldValue { isDirty = true } }
    }
    /// The file it was opened from or last saved to; nil for an unsaved scratch text.
    public private(set) var path: String?
    /// True when `text` differs from what was last read or written.
    public private(set) var isDirty: Bool

    /// A document with the given contents, clean.
    public init(text: String = "", path: String? = nil) {
        self.text = text
        self.path = path
        self.isDirty = false
    }

    /// Opens a file as a clean document.
    public static func open(_ path: String) throws(FileError) -> Document {
        Document(text: try FileStore.read(path), path: path)
    }

    /// Writes the text atomically to `path` (or to the document's own path) and marks it clean.
    public mutating func save(to path: String? = nil) throws(FileError) {
        guard let target = path ?? self.path else { throw FileError(path: "", reason: "no file name given") }
        try FileStore.writeAtomically(text, to: target)
        self.path = target
        isDirty = false
    }
}
