import ArgumentParser
import LineEditing
import Playground
import REPL
#if canImport(Glibc)
import Glibc
#endif

/// `vtlplay repl`: evaluate expressions and VTL one entry at a time.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Evaluate VTL expressions interactively against a request.",
        discussion: """
            Type an expression ($input.path('$.name'), $util.base64Encode('hi')) or any VTL; \
            #set variables persist and #if/#foreach blocks continue until #end. \
            :help lists the commands. When standard input is not a terminal, lines are \
            read without prompts or colour.
            """)

    @Option(name: .long, help: "A request file (JSON or YAML) to start with.")
    var request: String?

    func run() throws {
        let session = Session()
        if let request {
            do {
                try session.openRequest(request)
            } catch {
                throw ValidationError(error.description)
            }
            if let error = session.requestError { throw ValidationError(error.description) }
        }
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let environment = Self.environment()
        var reader: LineReader = StandardInputReader()
        var cancellation: Cancellation?
        if interactive, let editor = EditLineReader(historyPath: HistoryFile.path(environment: environment)) {
            reader = editor
            cancellation = EditLineReader.interruptibleRenders()
        }
        let style = interactive ? Style(colour: environment["NO_COLOR"] == nil, prompts: true) : Style.plain
        let terminal = isatty(STDOUT_FILENO) == 1
        let repl = REPL(session: session, reader: reader, style: style, cancellation: cancellation) { text in
            print(style.printable(text, terminal: terminal), terminator: "")
        }
        repl.run()
    }

    private static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME", "NO_COLOR"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
