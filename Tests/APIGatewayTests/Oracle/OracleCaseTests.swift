import APIGateway
import Foundation
import Testing

/// The golden corpus `Fixtures/oracle-cases.jsonl` (written by the oracle: real
/// Velocity 1.7 + Jayway JsonPath with API Gateway's configuration). A case with
/// `expected` must render exactly; one with `expected_error` must fail.
@Suite struct OracleCaseTests {
    static let corpus = OracleCorpus(path: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/oracle-cases.jsonl").path)

    /// This module's own differential corpus (`scripts/regen-apigw-differential`): `$util`
    /// over awkward strings, JSONPath over awkward bodies, map orders, against the oracle.
    static let differentialCorpus = OracleCorpus(path: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("differential-cases.jsonl").path)

    @Test(arguments: differentialCorpus.names)
    func differential(name: String) throws {
        try check(name, in: Self.differentialCorpus)
    }

    @Test(arguments: corpus.names)
    func oracle(name: String) throws {
        try check(name, in: Self.corpus)
    }

    func check(_ name: String, in corpus: OracleCorpus) throws {
        let line = try #require(corpus.lines[name])
        let node = try DocumentParser.parse(line, file: name, format: .json)
        guard case .object(let pairs) = node.kind else { Issue.record("not an object"); return }
        func field(_ key: String) -> DocumentNode? { pairs.first { $0.key == key }?.value }
        guard case .string(let template)? = field("template")?.kind else { Issue.record("no template"); return }
        let request = try field("request").map { try MethodRequest(document: $0, file: name) } ?? MethodRequest()
        let result = MappingRenderer.render(template: template, name: name, request: request)
        if case .string(let expected)? = field("expected")?.kind {
            #expect(result.failure == nil, "\(result.failure?.diagnostic.reason ?? "")")
            #expect(result.output == expected)
        } else {
            let message = field("expected_error")?.displayText ?? ""
            #expect(result.failure != nil, "the oracle failed: \(message)")
        }
    }
}

/// The corpus lines by case name.
struct OracleCorpus: Sendable {
    let lines: [String: String]
    let names: [String]

    init(path: String) {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines: [String: String] = [:]
        var names: [String] = []
        for line in text.split(separator: "\n") {
            guard let node = try? DocumentParser.parse(String(line), file: path, format: .json),
                  case .object(let pairs) = node.kind,
                  let name = pairs.first(where: { $0.key == "name" })?.value.displayText else { continue }
            lines[name] = String(line)
            names.append(name)
        }
        self.lines = lines
        self.names = names
    }
}
