import APIGateway
import ArgumentParser
import Foundation
import VTL

/// `vtlplay render TEMPLATE [--request FILE]`: renders a mapping template as API
/// Gateway does and writes the output, exactly, on stdout.
/// `vtlplay render --batch FILE.jsonl`: one result line per case.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a mapping template and print the output exactly.",
        discussion: """
        The template sees $input, $util, $context and $stageVariables built from --request \
        (JSON or YAML; without it, an empty request and the default $context). Parse errors and \
        runtime failures are printed on stderr as FILE:LINE:COL: error: REASON with the source line \
        and a caret (then API Gateway's answer when it is not a 500); the exit status is then 1.
        With --batch, each input line {"id", "template", "request", "request_template"?, "kind"?, \
        "integration"?} gives one output line {"id", "output", "status"} or {"id", "error", "status"}.
        """
    )

    @Argument(help: "The template file ('-' reads standard input).")
    var template: String?

    @Option(help: "The request: a JSON or YAML file in the oracle's request format.")
    var request: String?

    @Option(help: "The template kind: request (an integration request template) or response.")
    var kind: KindChoice = .request

    @Option(help: "Render every case of a JSON-lines file ('-' reads standard input).")
    var batch: String?

    @Flag(help: "With --batch: compare with each case's expected fields and print 'N passed, N failed' on stderr.")
    var score = false

    @Flag(help: "Print the default $context as JSON (what a request's `context` is merged over) and exit.")
    var printDefaultContext = false

    @OptionGroup var mapping: MappingFlags

    func validate() throws {
        if printDefaultContext {
            guard template == nil, batch == nil else { throw ValidationError("--print-default-context takes no TEMPLATE and no --batch.") }
        } else if batch != nil {
            guard template == nil, request == nil else { throw ValidationError("--batch takes no TEMPLATE and no --request: each line carries its own.") }
        } else {
            guard template != nil else { throw ValidationError("Give a TEMPLATE file, or --batch FILE.jsonl.") }
            guard !score else { throw ValidationError("--score needs --batch.") }
        }
    }

    func run() throws {
        if printDefaultContext {
            writeOut(ContextDefaults.json() + "\n")
            return
        }
        if let batch {
            let status = BatchRendering.run(file: batch, score: score, options: mapping.options)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let status = Self.renderOnce(template: template ?? "-", request: request,
                                     kind: kind == .request ? .request : .response, options: mapping.options)
        if status != 0 { throw ExitCode(status) }
    }

    /// Renders one template file with an optional request file; the exit status.
    static func renderOnce(template: String, request: String?, kind: TemplateKind, options: MappingOptions) -> Int32 {
        let source: String
        do {
            source = try readTemplate(template)
        } catch {
            printError(error.description)
            return 1
        }
        var methodRequest = MethodRequest()
        if let request {
            do {
                methodRequest = try MethodRequest(contentsOf: request)
            } catch {
                printDocumentError(error)
                return 1
            }
        }
        let result = MappingRenderer.render(template: source, name: template, request: methodRequest, kind: kind, options: options)
        for warning in result.warnings { printError(warning.formatted(source: source)) }
        if let failure = result.failure {
            printError(failure.diagnostic.formatted(source: source))
            if failure.status != 500 {
                printError("API Gateway answers \(failure.status): {\"message\": \"\(failure.message)\"}")
            }
            return 1
        }
        writeOut(result.output)
        return 0
    }

    /// `vtlplay render TEMPLATE [--request FILE]` spelled plainly (the common scripted
    /// call): its exit status, without the command-line parser's start-up cost; nil for
    /// any other command line.
    static func renderFastPath(_ arguments: [String]) -> Int32? {
        guard arguments.count == 2 || arguments.count == 4, arguments[0] == "render" else { return nil }
        let template = arguments[1]
        guard !template.hasPrefix("-") || template == "-", template != "help" else { return nil }
        var request: String?
        if arguments.count == 4 {
            guard arguments[2] == "--request", !arguments[3].hasPrefix("-") else { return nil }
            request = arguments[3]
        }
        return renderOnce(template: template, request: request, kind: .request, options: MappingOptions())
    }

    private static func readTemplate(_ path: String) throws(DocumentError) -> String {
        let bytes = try InputFile.read(path, what: "template (missing or unreadable)")
        return try DocumentParser.decodeUTF8(bytes, file: path == "-" ? "<stdin>" : path)
    }
}

enum KindChoice: String, ExpressibleByArgument, CaseIterable {
    case request, response
}
