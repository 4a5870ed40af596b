import Foundation

/// Everything that can happen to the app: input from the adapter and results of effects.
public enum Event: Sendable {
    case key(Key)
    /// Text pasted into the terminal (bracketed paste), inserted as it is.
    case paste(String)
    case mouse(Mouse)
    case resize(Size)
    /// A render finished (the adapter drops cancelled ones).
    case rendered(RenderOutcome)
    case opened(Pane, path: String, text: String)
    /// The pane's buffer at `revision` was written to `path`.
    case saved(Pane, path: String, revision: Int)
    case fileFailed(String)
    case samplesListed([Sample])
    case sampleLoaded(Sample, template: String, request: String)
    /// A recovery file from an earlier session.
    case recoveryFound(path: String, snapshot: RecoverySnapshot)
    /// Time passes (monotonic seconds); drives the recovery file.
    case tick(Double)
}

/// A mouse press or wheel turn at a screen cell.
public struct Mouse: Sendable, Equatable {
    public enum Action: Sendable, Equatable { case press, wheelUp, wheelDown }
    public var action: Action
    public var row: Int
    public var column: Int

    public init(_ action: Action, row: Int, column: Int) {
        self.action = action
        self.row = row
        self.column = column
    }
}

/// The documents to keep in the recovery file.
public struct RecoveryContent: Sendable {
    public var template: TextBuffer
    public var request: TextBuffer
    public var templatePath: String?
    public var requestPath: String?

    /// The texts joined, to write (O(size): call off the input path).
    public func snapshot(at date: Date) -> RecoverySnapshot {
        RecoverySnapshot(templatePath: templatePath, requestPath: requestPath, template: template.text,
                         request: request.text, savedAt: date)
    }
}

/// Work the adapter does for the app; results come back as events.
public enum Effect: Sendable {
    /// Render in the background, cancelling any older render.
    case render(RenderRequest)
    case open(Pane, path: String)
    case save(Pane, path: String, text: TextBuffer, revision: Int)
    case writeRecovery(RecoveryContent)
    /// Delete a recovery file: this session's (nil) or an older one.
    case deleteRecovery(path: String?)
    case listSamples
    case loadSample(Sample)
    case quit
}

/// The three panes.
public enum Pane: String, Sendable, CaseIterable {
    case template, request, output
}
