import APIGateway
import ArgumentParser

/// `vtlplay invoke FILE`: a whole method invocation, like the console's Test button.
struct InvokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoke",
        abstract: "Run a whole method invocation (request template, integration, response template) like the console's Test button.",
        discussion: "Prints the status, the headers, the body and the execution log. Exit status: 0 when the invocation ran (whatever HTTP status it answered), 1 when the file is unusable or API Gateway would refuse its parameter mappings.")

    @Argument(help: "An invocation file, YAML or JSON (see the README, \"Requests and invocations\").")
    var file: String

    @Option(name: .customLong("allow-file"), help: "A file a template's {file: PATH} may name outside the invocation's folder (repeatable).")
    var allowedFiles: [String] = []

    @Flag(help: "Print only the method response body.")
    var bodyOnly = false

    @OptionGroup var mapping: MappingFlags

    func run() throws {
        let invocation: Invocation
        do {
            invocation = try Invocation(contentsOf: file, allowedFiles: allowedFiles)
        } catch {
            printDocumentError(error)
            throw ExitCode(1)
        }
        let result = Invoker.invoke(invocation, options: mapping.options)
        if let refusal = result.configurationError {
            printError("\(file): error: \(refusal)")
            throw ExitCode(1)
        }
        if bodyOnly {
            writeOut(result.body)
            return
        }
        var text = "Status: \(result.status)\n"
        text += "Headers: {" + result.headers.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") + "}\n"
        text += "Body:\n" + result.body + "\n\n"
        text += "Execution log:\n" + result.log.joined(separator: "\n") + "\n"
        writeOut(text)
    }
}
