import Foundation
import Testing
import VTL

/// One case of `Fixtures/language.jsonl`: a template and what the oracle (Apache Velocity 1.7
/// as API Gateway runs it) rendered, or that it failed. Regenerate with `scripts/fixtures/regen-language`.
struct LanguageCase: Sendable, CustomTestStringConvertible {
    enum Expectation: Sendable {
        case output(String)
        case error(String)
    }

    let name: String
    let template: String
    let expectation: Expectation

    var testDescription: String { name }

    static let fixtureURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/language.jsonl")

    /// Every case, in file order; empty when the file cannot be read (reported by `corpusLoads`).
    static let all: [LanguageCase] = (try? load()) ?? []

    static func load() throws -> [LanguageCase] {
        let text = try String(contentsOf: fixtureURL, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let fields = object as? [String: String], let name = fields["name"], let template = fields["template"] else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "bad fixture line: \(line)"])
            }
            if let expected = fields["expected"] {
                return LanguageCase(name: name, template: template, expectation: .output(expected))
            }
            guard let error = fields["expected_error"] else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "no expectation in \(name)"])
            }
            return LanguageCase(name: name, template: template, expectation: .error(error))
        }
    }
}

@Suite struct LanguageFixtureTests {
    @Test func corpusLoads() throws {
        let cases = try LanguageCase.load()
        #expect(cases.count >= 450)
        #expect(Set(cases.map(\.name)).count == cases.count)
    }

    @Test(arguments: LanguageCase.all)
    func rendersLikeVelocity(_ c: LanguageCase) {
        switch c.expectation {
        case .output(let expected):
            do {
                let t = try Template(parsing: c.template, name: "case.vtl")
                let r = t.render()
                #expect(r.failure == nil, "failed: \(r.failure?.formatted(source: c.template) ?? "")")
                #expect(r.output == expected)
                // String == compares canonical equivalence; the oracle's bytes must match exactly.
                #expect(r.output.unicodeScalars.elementsEqual(expected.unicodeScalars))
            } catch {
                Issue.record("parse error: \(error.formatted(source: c.template))")
            }
        case .error(let message):
            do {
                let t = try Template(parsing: c.template, name: "case.vtl")
                let r = t.render()
                #expect(r.failure != nil, "expected the oracle's error: \(message); rendered \(r.output.debugDescription)")
            } catch {
                // A parse error is the expected outcome.
            }
        }
    }
}
