import Foundation
import Testing
@testable import TUI

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "tui-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Suite struct FileTests {
    @Test func atomicSaveReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let folder = temporaryDirectory()
        let path = folder + "/t.vtl"
        try DocumentFile.writeAtomically("old", to: path)
        chmod(path, 0o640)
        try DocumentFile.writeAtomically("new ✓", to: path)
        #expect(try DocumentFile.read(path) == "new ✓")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["t.vtl"])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test func saveIntoAMissingFolderFailsWithAMessage() {
        #expect(throws: DocumentFile.Failure.self) { try DocumentFile.writeAtomically("x", to: "/nonexistent-dir/x.vtl") }
    }

    @Test func readingAMissingFileFailsWithAMessage() {
        #expect(throws: DocumentFile.Failure(message: "cannot read /nonexistent-file: no such file")) {
            try DocumentFile.read("/nonexistent-file")
        }
    }

    @Test func documentsOpenFromFilesOrStartNew() throws {
        let folder = temporaryDirectory()
        try DocumentFile.writeAtomically("T", to: folder + "/t.vtl")
        #expect(try OpenDocument(contentsOf: folder + "/t.vtl") == OpenDocument(path: folder + "/t.vtl", text: "T"))
        #expect(try OpenDocument(contentsOf: folder + "/new.vtl") == OpenDocument(path: folder + "/new.vtl", text: ""))
        try Data([0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder + "/bad.vtl"))
        #expect(throws: DocumentFile.Failure(message: "\(folder)/bad.vtl is not UTF-8 text")) {
            try OpenDocument(contentsOf: folder + "/bad.vtl")
        }
    }

    @Test func recoveryRoundTripAndLeftovers() throws {
        let store = RecoveryStore(directory: temporaryDirectory() + "/recovery")
        let snapshot = RecoverySnapshot(templatePath: "/a.vtl", requestPath: nil, template: "T ✓", request: "{}",
                                        savedAt: Date(timeIntervalSince1970: 1_700_000_000))
        try store.write(snapshot, session: 41)
        #expect(store.leftovers(excluding: 41, isRunning: { _ in false }).isEmpty)
        #expect(store.leftovers(excluding: 42, isRunning: { $0 == 41 }).isEmpty)
        let found = store.leftovers(excluding: 42, isRunning: { _ in false })
        #expect(found.map(\.snapshot) == [snapshot])
        store.delete(found[0].path)
        #expect(store.leftovers(excluding: 42, isRunning: { _ in false }).isEmpty)
        #expect(RecoveryStore.processIsRunning(getpid()))
    }

    @Test func recoveryFolderFollowsXDG() {
        #expect(RecoveryStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/vtlplay/recovery")
        #expect(RecoveryStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/vtlplay/recovery")
    }

    @Test func samplesNeedBothFiles() throws {
        let folder = temporaryDirectory()
        for (name, files) in [("b-full", ["template.vtl", "request.json"]), ("a-half", ["template.vtl"]),
                              ("a-full", ["template.vtl", "request.json"])] {
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
            for file in files { try DocumentFile.writeAtomically("x", to: folder + "/" + name + "/" + file) }
        }
        #expect(SampleCatalog.list(directory: folder).map(\.name) == ["a-full", "b-full"])
    }
}

@Suite struct JSONCheckTests {
    @Test func prettyPrintsKeepingOrderAndNumbers() {
        #expect(JSONFormatter.check(#"{"z":1.50,"a":{},"b":[],"c":["x",null]}"#)
                == .valid(pretty: "{\n  \"z\": 1.50,\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    \"x\",\n    null\n  ]\n}"))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String, line: Int, column: Int, message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Case(text: "{\"a\" 1}", line: 1, column: 6, message: "expected ':'"),
        Case(text: "[1,\n 2", line: 2, column: 3, message: "unterminated array"),
        Case(text: "[1 2]", line: 1, column: 4, message: "expected ',' or ']'"),
        Case(text: "\"é\" x", line: 1, column: 5, message: "unexpected text after the JSON value"),
        Case(text: "\"abc", line: 1, column: 1, message: "unterminated string"),
        Case(text: "01", line: 1, column: 2, message: "unexpected text after the JSON value"),
        Case(text: "tru", line: 1, column: 1, message: "expected a value"),
    ])
    func reportsTheFirstError(_ test: Case) {
        #expect(JSONFormatter.check(test.text) == .invalid(line: test.line, column: test.column, message: test.message))
    }
}
