import APIGateway
import Foundation

/// `vtlplay render --batch FILE.jsonl`: one output line per input line, in order.
enum BatchRendering {
    /// Runs every case of `file` (`-` for standard input). With `score`, compares
    /// each outcome with the case's `expected` fields and prints `N passed, N failed`
    /// (and the failing ids) on standard error. Returns the exit status: 1 when the
    /// file cannot be read or, with `score`, when a case fails; else 0.
    static func run(file: String, score: Bool, options: MappingOptions) -> Int32 {
        let text: String
        do {
            if file == "-" {
                text = try DocumentParser.decodeUTF8(Array(FileHandle.standardInput.readDataToEndOfFile()), file: "<stdin>")
            } else {
                text = try DocumentParser.readText(file: file)
            }
        } catch {
            printError(error.description)
            return 1
        }
        var passed = 0
        var failed: [String] = []
        var output = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let (batchCase, outcome) = BatchRunner.run(line: String(line), number: index + 1, file: file, options: options)
            output += outcome.line + "\n"
            if output.utf8.count > 1 << 16 { writeOut(output); output = "" }
            guard score else { continue }
            if let batchCase, ConformanceCheck.passes(outcome, batchCase) {
                passed += 1
            } else {
                failed.append(batchCase.map { $0.id.displayText } ?? "line \(index + 1)")
            }
        }
        writeOut(output)
        guard score else { return 0 }
        for id in failed { printError("FAIL \(id)") }
        printError("\(passed) passed, \(failed.count) failed")
        return failed.isEmpty ? 0 : 1
    }
}
