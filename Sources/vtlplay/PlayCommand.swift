import ArgumentParser
import Foundation
import TerminalUI
import TUI
#if canImport(Glibc)
import Glibc
#endif

/// `vtlplay [TEMPLATE] [--request FILE]`: the full-screen playground.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vtlplay",
        abstract: "Open the playground: the template, the request and the live output side by side.")

    /// Whether `arguments` (without the program name) open the playground rather
    /// than name a subcommand or ask for help: `vtlplay`, `vtlplay x.vtl`, `vtlplay --request r.json`.
    static func opensPlayground(_ arguments: [String], subcommands: [String]) -> Bool {
        guard let first = arguments.first else { return true }
        return !(subcommands + ["help", "-h", "--help", "--version", "--experimental-dump-help", "--generate-completion-script"])
            .contains(first)
    }

    @Argument(help: ArgumentHelp("A template to open (created on save when missing); the built-in sample when omitted.",
                                 valueName: "template"))
    var template: String?

    @Option(name: .long, help: "A request file (JSON or YAML) to open beside the template.")
    var request: String?

    /// Opens the playground on the terminal; exits 2 when stdin or stdout is not one.
    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError("""
                vtlplay: the playground needs an interactive terminal (standard input and output are not both a TTY).
                For scripts use `vtlplay render TEMPLATE --request FILE`; `vtlplay --help` lists the commands.
                """)
            throw ExitCode(2)
        }
        let documents = try openDocuments()
        let options = PlaygroundApp.Options(samplesDirectory: SamplesLocator.locate())
        let exit: PlaygroundApp.Exit
        do {
            exit = try PlaygroundApp.run(template: documents.template, request: documents.request,
                                         engine: PlaygroundRenderer(), options: options)
        } catch {
            printError("vtlplay: \(error)")
            throw ExitCode(2)
        }
        if exit.status != 0 { throw ExitCode(exit.status) }
    }

    /// The documents to start with: the files given (a missing one opens empty, named),
    /// or the built-in sample, unsaved.
    func openDocuments() throws -> (template: OpenDocument, request: OpenDocument) {
        guard let template else {
            let request = try self.request.map(Self.open) ?? OpenDocument(path: nil, text: DefaultSample.request)
            return (OpenDocument(path: nil, text: DefaultSample.template), request)
        }
        return (try Self.open(template), try request.map(Self.open) ?? OpenDocument(path: nil, text: ""))
    }

    private static func open(_ path: String) throws -> OpenDocument {
        do {
            return try OpenDocument(contentsOf: path)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
