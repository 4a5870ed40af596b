import Foundation
import Testing
import VTL

/// Inputs the fuzzers (scripts/fuzz) found; the raw inputs are kept in fuzz/seeds/.
@Suite struct FuzzRegressionTests {
    /// fuzz/seeds/evaluator/output-budget-splits-a-character: the output budget cut a
    /// two-byte character in half, and the replacement character made the output
    /// longer than the budget.
    @Test
    func outputBudgetKeepsWholeCharacters() throws {
        let summary = run("ééé", limits: Limits(maxOutputBytes: 5))
        #expect(summary.failure?.reason.contains("maxOutputBytes") == true)
        #expect(summary.output == "éé")
        #expect(summary.output.utf8.count <= 5)
    }

    @Test func fuzzedEvaluatorInputStaysWithinTheBudget() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fuzz/seeds/evaluator/output-budget-splits-a-character")
        let source = String(decoding: try Data(contentsOf: seed), as: UTF8.self)
        let summary = try #require(finishing { run(source, limits: Limits(foreachIterations: 50, maxDepth: 60, maxOutputBytes: 1 << 16, stepBudget: 20_000)) })
        #expect(summary.output.utf8.count <= (1 << 16) + 2)
    }
}
