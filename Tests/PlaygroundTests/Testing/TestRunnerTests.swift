import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Playground
import Testing

/// A fresh folder with the given files; the path of the first.
func testFolder(_ files: [(String, String)]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtltest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder.appendingPathComponent(files[0].0).path
}

@Suite struct TestRunnerTests {
    static let template = "#set($b = $input.path('$'))\n{\"Item\": {\"S\": \"$b.item\"}, \"n\": $b.n}\n"

    static let tests = """
    template: put.vtl
    cases:
      - name: passes
        request: {body: '{"item": "A-1", "n": 2}'}
        expect:
          json: {"n": 2, "Item": {"S": "A-1"}}
          paths: {"$.Item.S": A-1}
          status: 200
      - name: wrong item
        request:
          body: '{"item": "B-2", "n": 3}'
        expect:
          output: |
            {"Item": {"S": "A-1"}, "n": 3}
          paths:
            "$.Item.S": A-1   # kept comment
      - name: no expectation yet
        request: {body: '{"item": "C", "n": 4}'}
    """

    @Test func passesAndFailsWithJSONAwareDiffs() throws {
        let path = try testFolder([("put.vtltest.yaml", Self.tests), ("put.vtl", Self.template)])
        let results = TestRunner.run(try TestFile(path: path))
        #expect(results.map(\.passed) == [true, false, true])
        #expect(TestReport.summary(results) == "2 passed, 1 failed")
        #expect(results[1].report == """
        FAIL \(path):9:5: wrong item
          output differs
            as JSON (key order ignored):
              $.Item.S: expected "A-1", actual "B-2"
          $.Item.S: expected "A-1", actual "B-2"
        """)
        #expect(TestRunner.run(try TestFile(path: path), filter: "WRONG").count == 1)
    }

    @Test func textDiffsShowLines() {
        let lines = OutputDiff.lines(expected: "one\ntwo\nthree", actual: "one\n2\nthree")
        #expect(lines == ["- expected, + actual:", "    one", "  - two", "  + 2", "    three"])
    }

    @Test func updateRewritesOnlyFailedExpectations() throws {
        let path = try testFolder([("put.vtltest.yaml", Self.tests), ("put.vtl", Self.template)])
        let file = try TestFile(path: path)
        let updated = TestUpdater.updated(file, results: TestRunner.run(file))
        #expect(updated == Self.tests
            .replacingOccurrences(of: "        {\"Item\": {\"S\": \"A-1\"}, \"n\": 3}", with: "        {\"Item\": {\"S\": \"B-2\"}, \"n\": 3}")
            .replacingOccurrences(of: "\"$.Item.S\": A-1   # kept", with: "\"$.Item.S\": \"B-2\"   # kept")
            + "\n    expect:\n      output: |\n        {\"Item\": {\"S\": \"C\"}, \"n\": 4}\n")
        try updated.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(TestRunner.run(try TestFile(path: path)).allSatisfy(\.passed))
    }

    @Test func updateKeepsJSONFilesValid() throws {
        let tests = "{\"template\": \"t.vtl\", \"cases\": [\n  {\"name\": \"a\", \"expect\": {\"output\": \"x\", \"status\": 201}},\n  {\"name\": \"b\"}\n]}\n"
        let path = try testFolder([("t.vtltest.json", tests), ("t.vtl", "y")])
        let file = try TestFile(path: path)
        let updated = TestUpdater.updated(file, results: TestRunner.run(file))
        #expect(updated == "{\"template\": \"t.vtl\", \"cases\": [\n  {\"name\": \"a\", \"expect\": {\"output\": \"y\", \"status\": 200}},\n  {\"name\": \"b\", \"expect\": {\"output\": \"y\"}}\n]}\n")
    }

    @Test func junitParsesBack() throws {
        let path = try testFolder([("put.vtltest.yaml", Self.tests), ("put.vtl", Self.template)])
        let xml = TestReport.junit(TestRunner.run(try TestFile(path: path)))
        final class Collector: NSObject, XMLParserDelegate {
            var cases: [String] = []
            var failures: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
                if name == "testcase" { cases.append(attributes["name"] ?? "") }
                if name == "failure" { failures.append(attributes["message"] ?? "") }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.cases == ["passes", "wrong item", "no expectation yet"])
        #expect(collector.failures == ["output differs; $.Item.S: expected \"A-1\", actual \"B-2\""])
    }

    @Test func tapListsEveryCase() throws {
        let path = try testFolder([("put.vtltest.yaml", Self.tests), ("put.vtl", Self.template)])
        let tap = TestReport.tap(TestRunner.run(try TestFile(path: path)))
        let lines = tap.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == ["TAP version 13", "1..3", "ok 1 - \(path): passes"])
        #expect(lines.contains("not ok 2 - \(path): wrong item"))
        #expect(lines.last == "# 2 passed, 1 failed")
    }

    @Test func unusableFilesSayWhere() throws {
        let path = try testFolder([("bad.vtltest.yaml", "template: put.vtl\ncases:\n  - name: x\n    expect: {outptu: 1}\n"), ("put.vtl", "")])
        let error = #expect(throws: (any Error).self) { try TestFile(path: path) }
        #expect(error.map { "\($0)" } == "\(path):4:14: error: unknown field 'outptu' in expect (expected one of output, json, paths, status, headers, body)")
        let missing = try testFolder([("m.vtltest.yaml", "template: nowhere.vtl\ncases: []\n")])
        #expect(throws: (any Error).self) { try TestFile(path: missing) }
    }

    @Test func invocationAndMappingCases() throws {
        let invocation = """
        requestTemplates:
          application/json: '{"in": "$input.path(''$.a'')"}'
        integration: {type: HTTP, body: '{"out": 5}'}
        responseTemplates:
          application/json: '{"got": $input.path(''$.out'')}'
        """
        let path = try testFolder([
            ("i.vtltest.yaml", "invocation: i.yaml\ncases:\n  - name: whole\n    request: {body: '{\"a\": 1}', headers: {Content-Type: application/json}}\n    expect: {status: 200, json: {\"got\": 5}, headers: {Content-Type: application/json}}\n"),
            ("i.yaml", invocation),
        ])
        let results = TestRunner.run(try TestFile(path: path))
        #expect(results.map(\.failures.count) == [0], "\(results.map(\.report))")
        let mapping = try testFolder([
            ("m.vtltest.yaml", "mapping: m.json\ncases:\n  - name: header from query\n    request: {querystring: {q: x}}\n    expect: {paths: {\"$.header.X-Q\": fixed}}\n"),
            ("m.json", "{\"integration.request.header.X-Q\": \"'fixed'\"}"),
        ])
        let mapped = TestRunner.run(try TestFile(path: mapping))
        #expect(mapped.map(\.failures.count) == [0], "\(mapped.map(\.report)) \(mapped.map(\.output))")
    }
}
