import APIGateway
import Foundation
import Testing

/// Every case recorded on the real API Gateway (`aws-captured.jsonl`, vendored from
/// `shared/conformance`), rendered and compared under the case's `compare` mode.
@Suite struct ConformanceTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("aws-captured.jsonl").path
    static let cases = JSONLCorpus(path: file)

    @Test(arguments: cases.ids)
    func awsCaptured(id: String) throws {
        let (line, number) = try #require(Self.cases.line(for: id))
        let (batchCase, outcome) = BatchRunner.run(line: line, number: number, file: "aws-captured.jsonl")
        let parsed = try #require(batchCase, "\(outcome.error ?? "")")
        #expect(ConformanceCheck.passes(outcome, parsed), "got \(outcome.line)\nexpected \(parsed.expectation?.output ?? parsed.expectation?.error ?? "")")
    }

    @Test func allCasesAreThere() {
        #expect(Self.cases.ids.count == 129)
    }
}

/// A JSON-lines file of cases with string ids, for parameterized tests named by id.
struct JSONLCorpus: Sendable {
    let lines: [String: (line: String, number: Int)]
    let ids: [String]

    init(path: String) {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines: [String: (String, Int)] = [:]
        var ids: [String] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            guard let node = try? DocumentParser.parse(String(line), file: path, format: .json),
                  case .object(let pairs) = node.kind,
                  let id = pairs.first(where: { $0.key == "id" })?.value.displayText else { continue }
            lines[id] = (String(line), index + 1)
            ids.append(id)
        }
        self.lines = lines
        self.ids = ids
    }

    func line(for id: String) -> (String, Int)? { lines[id] }
}
