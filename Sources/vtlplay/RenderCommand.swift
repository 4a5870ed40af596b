import ArgumentParser
import Foundation
import VTL

/// `vtlplay render TEMPLATE`: renders a template and writes the output, exactly, on stdout.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a mapping template and print the output exactly.",
        discussion: "Parse errors and runtime failures are printed on stderr as FILE:LINE:COL: error: REASON with the source line and a caret; the exit status is then 1."
    )

    @Argument(help: "The template file ('-' reads standard input).")
    var template: String

    func run() throws {
        let source: String
        do {
            source = try readTemplate()
        } catch {
            printError("\(template): error: cannot read the template: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let parsed: Template
        do {
            parsed = try Template(parsing: source, name: template)
        } catch {
            printError(error.formatted(source: source))
            throw ExitCode(1)
        }
        let result = parsed.render()
        for warning in result.warnings { printError(warning.formatted(source: source)) }
        if let failure = result.failure {
            printError(failure.formatted(source: source))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(result.output.utf8))
    }

    private func readTemplate() throws -> String {
        let data = template == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: template))
        return String(decoding: data, as: UTF8.self)
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
