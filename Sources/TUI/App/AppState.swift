import Foundation

/// A document the app starts with or opens.
public struct OpenDocument: Sendable, Equatable {
    public var path: String?
    public var text: String

    public init(path: String?, text: String) {
        self.path = path
        self.text = text
    }

    /// The file at `path`; a file that does not exist yet is an empty document saved there later.
    public init(contentsOf path: String) throws(DocumentFile.Failure) {
        self.path = path
        text = FileManager.default.fileExists(atPath: path) ? try DocumentFile.read(path) : ""
    }
}

/// A dialog or panel over the main screen.
public enum Overlay: Sendable {
    case help(scroll: Int)
    /// "Save changes? (y/n/cancel)" before quitting.
    case quitConfirm
    case prompt(Prompt)
    case samples([Sample], selected: Int)
    case recovery(path: String, snapshot: RecoverySnapshot)
    case variables(scroll: Int)
}

/// A one-line question (a file path).
public struct Prompt: Sendable {
    public enum Purpose: Sendable, Equatable { case open(Pane), saveAs(Pane) }
    public var purpose: Purpose
    public var field: EditorState

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        field = EditorState(text: text, language: .plain)
        field.move(.lineEnd, selecting: false)
    }

    public var title: String {
        switch purpose {
        case .open(let pane): "Open into the \(pane.rawValue) pane:"
        case .saveAs(let pane): "Save the \(pane.rawValue) as:"
        }
    }
}

/// The whole state of the playground screen.
public struct AppState: Sendable {
    public var template: EditorState
    public var request: EditorState
    /// The read-only output view (raw or pretty-printed).
    public var output: EditorState
    public var focus: Pane = .template
    public var size: Size
    public var theme: Theme
    /// The latest finished render.
    public var outcome: RenderOutcome?
    /// The generation of the latest render asked for.
    public var generation = 0
    /// Show valid JSON output pretty-printed.
    public var prettyOutput = true
    /// The trace step shown, in step mode.
    public var step: Int?
    public var overlay: Overlay?
    /// The in-process clipboard.
    public var clipboard = ""
    /// A one-shot note shown in the status bar.
    public var message: String?
    /// Quitting after the pending saves.
    public var quitting = false
    /// Set when the app should end (after a `.quit` effect).
    public var finished = false
    var recovery = RecoveryTracking()

    struct RecoveryTracking: Sendable {
        var written: [Int] = [0, 0]
        var lastWrite = -Double.infinity
        var hasFile = false
    }

    public init(template: OpenDocument, request: OpenDocument, size: Size, colorMode: ColorMode = .full) {
        self.template = EditorState(text: template.text, language: .vtl, path: template.path)
        self.request = EditorState(text: request.text, language: Language.request(path: request.path, text: request.text),
                                   path: request.path)
        output = EditorState(language: .plain, readOnly: true)
        self.size = size
        theme = Theme(mode: colorMode)
    }

    /// The effects to run at start: the first render.
    public mutating func start() -> [Effect] {
        refreshViews(moved: Set(Pane.allCases))
        return [requestRender()]
    }

    public var isRendering: Bool { (outcome?.generation ?? -1) < generation }

    public var layout: Layout { Layout(size: size) }

    public func editor(_ pane: Pane) -> EditorState {
        switch pane {
        case .template: template
        case .request: request
        case .output: output
        }
    }

    mutating func withEditor<T>(_ pane: Pane, _ body: (inout EditorState) -> T) -> T {
        switch pane {
        case .template: body(&template)
        case .request: body(&request)
        case .output: body(&output)
        }
    }

    /// The editable pane commands like save and open apply to.
    var documentPane: Pane { focus == .request ? .request : .template }

    mutating func requestRender() -> Effect {
        generation += 1
        return .render(RenderRequest(
            generation: generation, template: template.buffer, request: request.buffer,
            requestFormat: request.language == .yaml ? .yaml : .json,
            templatePath: template.path, requestPath: request.path))
    }

    /// The output buffer for the current mode: pretty JSON unless stepping or raw is asked for.
    mutating func showOutput() {
        guard let outcome else { return }
        let buffer = step == nil && prettyOutput ? (outcome.pretty ?? outcome.output) : outcome.output
        output.show(buffer)
        output.language = outcome.json == .valid ? .json : .plain
    }

    /// Keeps cursors visible, highlighter caches filled and bracket partners current.
    mutating func refreshViews(moved: Set<Pane>) {
        let layout = self.layout
        for pane in Pane.allCases {
            withEditor(pane) { editor in
                let viewport = layout.viewport(of: pane, lineCount: editor.buffer.lineCount)
                if moved.contains(pane) { editor.scrollToCursor(rows: viewport.rows, columns: viewport.columns) }
                editor.cacheHighlighting(through: editor.scrollTop + viewport.rows)
            }
        }
        if moved.contains(focus) {
            withEditor(focus) { $0.updatePartners() }
        }
    }
}
