import APIGateway
import ArgumentParser
import Foundation
import Playground

/// `vtlplay lint FILE...`: what works in Velocity but not on API Gateway.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check templates (.vtl files or the templates of API definitions) for API Gateway pitfalls.",
        discussion: """
        Prints FILE:LINE:COL: warning: TEXT [RULE]. Rules: \(LintRule.allCases.map(\.rawValue).joined(separator: ", ")). \
        A file that is not a .vtl template is read as an API definition (OpenAPI, SAM/CloudFormation, \
        cdk.out, terraform show -json). Exit status: 0, or 1 on any warning with --strict; 2 when a file \
        cannot be read.
        """
    )

    @Argument(help: "Templates (.vtl) or API definitions.")
    var files: [String]

    @Option(help: "text, github (workflow annotations) or sarif.")
    var format: LintFormatChoice = .text

    @Flag(help: "Exit 1 when there is any warning.")
    var strict = false

    @Option(name: .customLong("parameter"), help: "A CloudFormation parameter value, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    func run() throws {
        let given = try ParameterFlags.parse(parameters)
        var findings: [LintFinding] = []
        var unreadable = false
        for file in files {
            if file.lowercased().hasSuffix(".vtl") {
                do {
                    findings += Linter.lint(template: try DocumentParser.readText(file: file), file: file)
                } catch {
                    printDocumentError(error)
                    unreadable = true
                }
                continue
            }
            let definition: APIDefinition
            do throws(DefinitionError) {
                definition = try DefinitionReader.read(path: file, parameters: given)
            } catch {
                printError(error.description)
                unreadable = true
                continue
            }
            findings += Linter.lint(definition: definition)
            for problem in definition.problems {
                printError("\(problem.file):\(problem.line):\(problem.column): note: \(problem.reference.text) not checked: \(problem.reason)")
            }
        }
        writeOut(LintReport.format(findings, as: LintReport.Format(rawValue: format.rawValue) ?? .text))
        if unreadable { throw ExitCode(2) }
        if strict, !findings.isEmpty { throw ExitCode(1) }
    }
}

enum LintFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case text, github, sarif
}
