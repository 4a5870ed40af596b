import APIGateway
import ArgumentParser
import Foundation
import Playground

/// `vtlplay test [PATH...]`: runs the cases of `*.vtltest.yaml` files for CI.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the cases of *.vtltest.yaml (or .json) files and report failures with diffs.",
        discussion: """
        Each test file names a template (a file, or a reference into an API definition), an \
        invocation or a parameter mapping, and lists cases with a request and expectations \
        (output, json, paths, status, headers). Failures print the case's FILE:LINE:COL, its name \
        and a diff; the last line is 'N passed, N failed'. Exit status: 0 all passed, 1 a case \
        failed, 2 a file is unusable.
        """
    )

    @Argument(help: "Test files or folders to search (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Run only the cases whose name contains TEXT.")
    var filter: String?

    @Flag(help: "Write TAP (version 13) on standard output.")
    var tap = false

    @Option(help: "Also write a JUnit XML report to FILE.")
    var junit: String?

    @Flag(help: "Write the actual outputs into the test files as the new expectations of failing cases.")
    var update = false

    @Option(name: .customLong("parameter"), help: "A CloudFormation parameter for template references, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    func run() throws {
        let given = try ParameterFlags.parse(parameters)
        let (files, missing) = TestRunner.discover(paths.isEmpty ? ["."] : paths)
        var unusable = !missing.isEmpty
        for path in missing { printError("\(path): error: no such file or folder") }
        if files.isEmpty, missing.isEmpty { printError("no *.vtltest.yaml files found") }
        var results: [CaseResult] = []
        for path in files {
            let file: TestFile
            do {
                file = try TestFile(path: path, parameters: given)
            } catch {
                printDocumentError(error)
                unusable = true
                continue
            }
            let fileResults = TestRunner.run(file, filter: filter)
            results += fileResults
            if !tap { for result in fileResults where !result.passed { writeOut(result.report + "\n\n") } }
            if update {
                let text = TestUpdater.updated(file, results: fileResults)
                do {
                    if text != file.text {
                        try FileStore.writeAtomically(text, to: path)
                        printError("\(path): updated")
                    }
                } catch {
                    printError("\(path): error: cannot write: \(error.reason)")
                    unusable = true
                }
            }
        }
        if let junit {
            do {
                try FileStore.writeAtomically(TestReport.junit(results), to: junit)
            } catch {
                printError("\(junit): error: cannot write the JUnit report: \(error.reason)")
                unusable = true
            }
        }
        writeOut(tap ? TestReport.tap(results) : TestReport.summary(results) + "\n")
        if unusable { throw ExitCode(2) }
        if results.contains(where: { !$0.passed }) && !update { throw ExitCode(1) }
    }
}

/// `--parameter NAME=VALUE` values.
enum ParameterFlags {
    static func parse(_ values: [String]) throws -> [String: String] {
        var parsed: [String: String] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                throw ValidationError("--parameter takes NAME=VALUE, not '\(value)'.")
            }
            parsed[String(value[..<equals])] = String(value[value.index(after: equals)...])
        }
        return parsed
    }
}
