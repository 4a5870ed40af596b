import APIGateway
import ArgumentParser

/// `vtlplay list FILE`: the templates and mappings of an API definition, each with the
/// reference that selects it.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the templates and parameter mappings of an API definition with their references.",
        discussion: """
        Reads OpenAPI 3, Swagger 2, CloudFormation/SAM (JSON or YAML, short tags included), a CDK \
        cdk.out folder or terraform show -json output. Each line is REFERENCE then where it is \
        written; parts that cannot be resolved (Fn::GetAtt, Ref to a resource) are listed after, \
        as FILE:LINE:COL: warning: REASON. Use a reference with --template, or in a test file.
        """
    )

    @Argument(help: "The definition file (or a cdk.out folder).")
    var file: String

    @Option(name: .customLong("parameter"), help: "A CloudFormation parameter value, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    func run() throws {
        let given = try ParameterFlags.parse(parameters)
        let definition: APIDefinition
        do throws(DefinitionError) {
            definition = try DefinitionReader.read(path: file, parameters: given)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        var lines = ["\(file): \(definition.format.rawValue), \(definition.entries.count) template(s) and mapping(s)"]
        let width = min(60, definition.entries.map(\.reference.text.count).max() ?? 0)
        for entry in definition.entries {
            let padding = String(repeating: " ", count: max(1, width - entry.reference.text.count + 2))
            var line = entry.reference.text + padding + "\(entry.file):\(entry.line):\(entry.column)"
            if case .parameters(let mappings) = entry.content { line += " (\(mappings.count) mapping(s))" }
            if let note = entry.note { line += " (\(note))" }
            lines.append(line)
        }
        writeOut(lines.joined(separator: "\n") + "\n")
        for problem in definition.problems {
            printError("\(problem.file):\(problem.line):\(problem.column): warning: \(problem.reference.text) cannot be read: \(problem.reason)")
        }
    }
}
