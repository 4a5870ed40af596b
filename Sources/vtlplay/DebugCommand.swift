import ArgumentParser
import LineEditing
import Playground
import REPL
#if canImport(Glibc)
import Glibc
#endif

/// `vtlplay debug`: step through one render of a template with breakpoints.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Debug a template: breakpoints, stepping forwards and backwards, variables at each step.",
        discussion: """
            Renders the template once against the request, then reads commands (help lists \
            them): break LINE [if EXPR], continue, reverse, step, next, finish, back, goto N, \
            until LINE, print EXPR, watch EXPR, vars, where, output, explain EXPR, quit. When \
            standard input is not a terminal, commands are read without prompts or colour and \
            each prints one answer.
            """)

    @Argument(help: "The mapping template file.")
    var template: String

    @Option(name: .long, help: "A request file (JSON or YAML).")
    var request: String?

    func run() throws {
        let session = Session()
        do {
            try session.openTemplate(template)
            if let request { try session.openRequest(request) }
        } catch {
            throw ValidationError(error.description)
        }
        if let error = session.requestError { throw ValidationError(error.description) }
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        var reader: LineReader = StandardInputReader()
        if interactive, let editor = EditLineReader(historyPath: nil) { reader = editor }
        let style = interactive ? Style(colour: getenv("NO_COLOR") == nil, prompts: true) : Style.plain
        let shell = DebugShell(debugger: Debugger(session: session), reader: reader, style: style) { text in
            print(text, terminator: "")
        }
        shell.run()
    }
}
