/// Where the REPL gets its lines: a line editor on a terminal, standard input
/// in a pipe, or a fixed script in tests.
public protocol LineReader: AnyObject {
    /// The next line without its newline, after showing `prompt` where the reader
    /// shows prompts; nil at the end of input.
    func readLine(prompt: String) -> String?
    /// Records a complete entry (possibly several lines) in the history.
    func remember(_ entry: String)
    /// Installs the function that completes the text before the cursor (Tab).
    func setCompleter(_ completer: @escaping (String) -> Completion)
    /// True when the user abandoned the line just read (Ctrl-C); clears the mark.
    func takeInterrupt() -> Bool
}

extension LineReader {
    public func remember(_ entry: String) {}
    public func setCompleter(_ completer: @escaping (String) -> Completion) {}
    public func takeInterrupt() -> Bool { false }
}

/// Reads lines from standard input, without prompts, history or completion
/// (for scripts and pipes).
public final class StandardInputReader: LineReader {
    public init() {}
    public func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}

/// Hands out a fixed list of lines and records the prompts and history it was
/// given (tests drive the REPL with it). The line `ScriptedLineReader.interrupt`
/// stands for Ctrl-C.
public final class ScriptedLineReader: LineReader {
    private var lines: [String]
    /// Every prompt shown, in order.
    public private(set) var prompts: [String] = []
    /// Every entry remembered, in order.
    public private(set) var history: [String] = []
    /// The completer the REPL installed.
    public private(set) var completer: ((String) -> Completion)?

    private var interrupted = false
    /// The script line that means Ctrl-C.
    public static let interrupt = "\u{3}"

    public init(_ lines: [String]) { self.lines = lines }

    public func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        guard !lines.isEmpty else { return nil }
        let line = lines.removeFirst()
        interrupted = line == Self.interrupt
        return interrupted ? "" : line
    }

    public func takeInterrupt() -> Bool {
        defer { interrupted = false }
        return interrupted
    }

    public func remember(_ entry: String) { history.append(entry) }

    public func setCompleter(_ completer: @escaping (String) -> Completion) { self.completer = completer }
}
