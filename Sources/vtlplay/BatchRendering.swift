import APIGateway
import Foundation

/// `vtlplay render --batch FILE.jsonl`: one output line per input line, in order.
enum BatchRendering {
    /// Runs every case of `file` (`-` for standard input). With `score`, compares
    /// each outcome with the case's `expected` fields and prints `N passed, N failed`
    /// (and the failing ids) on standard error. Returns the exit status: 1 when the
    /// file cannot be read or, with `score`, when a case fails; else 0.
    static func run(file: String, score: Bool, options: MappingOptions) -> Int32 {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data else {
            printError("\(file): error: cannot read the file")
            return 1
        }
        var passed = 0
        var failed: [String] = []
        var output = ""
        // Line by line, so that a line with invalid UTF-8 fails alone.
        for (index, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let (batchCase, outcome): (BatchCase?, BatchOutcome)
            do {
                let line = try DocumentParser.decodeUTF8(Array(bytes), file: file)
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                (batchCase, outcome) = BatchRunner.run(line: line, number: index + 1, file: file, options: options)
            } catch {
                (batchCase, outcome) = (nil, BatchOutcome(line: index + 1, error: "\(error.reason) (column \(error.column))"))
            }
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
