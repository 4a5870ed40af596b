import Foundation
import Testing

/// `vtlplay test`, `list` and `lint` through the built binary.
@Suite struct TestCommandTests {
    static var samples: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/projects").path
    }

    @Test func sampleProjectsPass() throws {
        let outcome = try CLI.run(["test", Self.samples])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.hasSuffix("9 passed, 0 failed\n"), "\(outcome.stdout)")
    }

    @Test func aFailingCaseShowsItsDiffAndExitsOne() throws {
        let test = try CLI.file("t.vtltest.yaml", "template: t.vtl\ncases:\n  - name: greets\n    expect: {json: {\"hello\": \"world\"}}\n")
        try Data("{\"hello\": \"there\"}".utf8).write(to: URL(fileURLWithPath: test).deletingLastPathComponent().appendingPathComponent("t.vtl"))
        let outcome = try CLI.run(["test", test])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == """
        FAIL \(test):3:5: greets
          json differs
            $.hello: expected "world", actual "there"

        0 passed, 1 failed

        """)
        let junit = test + ".xml"
        let tap = try CLI.run(["test", test, "--tap", "--junit", junit])
        #expect(tap.stdout.hasPrefix("TAP version 13\n1..1\nnot ok 1 - \(test): greets\n"))
        #expect(FileManager.default.contents(atPath: junit).map { String(decoding: $0, as: UTF8.self).contains("<failure message=\"json differs\">") } == true)
        let update = try CLI.run(["test", test, "--update"])
        #expect(update.status == 0)
        #expect(try String(contentsOfFile: test, encoding: .utf8) == "template: t.vtl\ncases:\n  - name: greets\n    expect: {json: { \"hello\": \"there\" }}\n")
        #expect(try CLI.run(["test", test]).status == 0)
    }

    @Test func anUnusableFileExitsTwo() throws {
        let test = try CLI.file("bad.vtltest.yaml", "template: missing.vtl\ncases: []\n")
        let outcome = try CLI.run(["test", test])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("\(test):1:11: error: cannot read template"))
        #expect(outcome.stdout == "0 passed, 0 failed\n")
    }

    @Test func listPrintsReferences() throws {
        let outcome = try CLI.run(["list", Self.samples + "/cdk/cdk.out"])
        #expect(outcome.stdout.contains("OrdersApiordersidGET9D8E7F6A GET /orders/{id} response 200 application/json"))
        #expect(outcome.stderr.contains("warning: OrdersApiordersidGET9D8E7F6A GET /orders/{id} request application/json cannot be read: Ref OrdersTable2B6B1B2C names a resource"))
    }

    @Test func lintReportsRulesInEachFormat() throws {
        let template = try CLI.file("t.vtl", "{\"a\": $input.path('$.a'), \"b\": \"$util.escapeJavaScript($input.path('$.b'))\"}\n#macro(x)#end\n")
        let text = try CLI.run(["lint", template])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map { $0.split(separator: " warning: ")[0] + " " + ($0.split(separator: "[").last ?? "") }
        #expect(lines == ["\(template):1:7: unquoted-path]", "\(template):1:25: invalid-json]", "\(template):1:39: escaped-quote]", "\(template):2:1: macro]"], "\(text.stdout)")
        #expect(try CLI.run(["lint", template, "--strict"]).status == 1)
        let github = try CLI.run(["lint", template, "--format", "github"])
        #expect(github.stdout.hasPrefix("::warning file=\(template),line=1,col=7,title=unquoted-path::$input.path(...) outside quotes"))
        let sarif = try CLI.run(["lint", template, "--format", "sarif"])
        let parsed = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        #expect(parsed?["version"] as? String == "2.1.0")
    }
}
