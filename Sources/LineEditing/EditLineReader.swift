import CEditLineShim
import REPL
#if canImport(Glibc)
import Glibc
#endif

/// A `LineReader` on a terminal, through libedit: emacs keys, the user's
/// `~/.editrc`, Tab completion, and a history kept in a private file.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let historyPath: String?
    private var completer: ((String) -> Completion)?

    /// Starts libedit on standard input and output; loads the history from `historyPath`
    /// (created 0600, in a 0700 folder, on the first entry). Nil if libedit cannot start.
    public init?(historyPath: String?, historySize: Int32 = 1000) {
        guard let editor = vtl_el_open("vtlplay", historySize) else { return nil }
        self.editor = editor
        self.historyPath = historyPath
        if let historyPath { _ = vtl_el_history_load(editor, historyPath) }
        vtl_el_set_completer(editor, Unmanaged.passUnretained(self).toOpaque()) { context, editor, text in
            guard let context, let editor, let text else { return UInt8(CC_ERROR) }
            let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
            return reader.complete(editor, String(cString: text))
        }
    }

    deinit {
        vtl_el_close(editor)
    }

    public func readLine(prompt: String) -> String? {
        vtl_el_set_prompt(editor, prompt)
        guard let line = vtl_el_gets(editor) else {
            fputs("\n", vtl_el_output(editor))
            return nil
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    public func remember(_ entry: String) {
        let line = entry.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        vtl_el_history_enter(editor, line)
        guard let historyPath else { return }
        HistoryFile.prepare(historyPath)
        _ = vtl_el_history_save(editor, historyPath)
        chmod(historyPath, 0o600)
    }

    public func setCompleter(_ completer: @escaping (String) -> Completion) {
        self.completer = completer
    }

    public func takeInterrupt() -> Bool {
        guard vtl_el_take_interrupt(editor) != 0 else { return false }
        fputs("^C\n", vtl_el_output(editor))
        return true
    }

    /// Ctrl-C while a render runs: SIGINT sets a flag the render polls, instead of
    /// ending the process. (While a line is edited, Ctrl-C discards the line.)
    public static func interruptibleRenders() -> Cancellation {
        vtl_sigint_install()
        return Cancellation(isCancelled: { vtl_sigint_pending() != 0 }, reset: { vtl_sigint_clear() })
    }

    private func complete(_ editor: OpaquePointer, _ before: String) -> UInt8 {
        guard let completion = completer?(before), !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let insertion = completion.insertion
        if !insertion.isEmpty {
            _ = vtl_el_insert(editor, insertion)
            return UInt8(CC_REFRESH)
        }
        guard completion.shouldList else { return UInt8(CC_REFRESH) }
        let output = vtl_el_output(editor)
        fputs("\n" + Columns.layout(completion.candidates, width: Columns.terminalWidth()), output)
        fflush(output)
        return UInt8(CC_REDISPLAY)
    }
}
