import Testing
import VTL

/// A template with the output the oracle produced, or `.fails` when it reported an error.
struct EngineCase: Sendable, CustomTestStringConvertible {
    enum Expectation: Sendable {
        case output(String)
        case fails
    }

    let name: String
    let template: String
    let expectation: Expectation

    init(_ name: String, _ template: String, _ expectation: Expectation) {
        self.name = name
        self.template = template
        self.expectation = expectation
    }

    var testDescription: String { name }
}

@Suite struct EngineOracleTests {
    @Test(arguments: EngineCase.all + EngineCase.generatedLayouts)
    func rendersLikeTheOracle(_ c: EngineCase) {
        let parsed: Template
        do {
            parsed = try Template(parsing: c.template, name: "case.vtl")
        } catch {
            if case .output = c.expectation { Issue.record("parse error: \(error.formatted(source: c.template))") }
            return
        }
        let result = parsed.render()
        switch c.expectation {
        case .output(let expected):
            #expect(result.failure == nil, "\(result.failure?.formatted(source: c.template) ?? "")")
            #expect(result.output.unicodeScalars.elementsEqual(expected.unicodeScalars), "got \(result.output.debugDescription)")
        case .fails:
            #expect(result.failure != nil, "rendered \(result.output.debugDescription)")
        }
    }
}
