import Foundation
import Testing
@testable import Playground

struct DocumentTests {
    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "vtlplay-doc-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func editingMarksDirtyAndSavingCleans() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var document = Document(text: "$input.body")
        #expect(!document.isDirty)
        document.text = "$input.json('$')"
        #expect(document.isDirty)
        #expect(throws: FileError(path: "", reason: "no file name given")) { try document.save() }
        try document.save(to: folder + "/t.vtl")
        #expect(!document.isDirty)
        #expect(document.path == folder + "/t.vtl")
        #expect(try Document.open(folder + "/t.vtl") == Document(text: "$input.json('$')", path: folder + "/t.vtl"))
    }

    @Test func atomicSaveKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/request.json"
        try FileStore.writeAtomically("{}", to: path)
        chmod(path, 0o600)
        try FileStore.writeAtomically("{\"body\": \"é\"}", to: path)
        #expect(try FileStore.read(path) == "{\"body\": \"é\"}")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["request.json"])
    }

    @Test func missingFileHasAReason() {
        #expect(throws: FileError(path: "/nonexistent/x.vtl", reason: "No such file or directory")) {
            try Document.open("/nonexistent/x.vtl")
        }
        #expect(throws: FileError(path: "/nonexistent/x.vtl", reason: "No such file or directory")) {
            try FileStore.writeAtomically("x", to: "/nonexistent/x.vtl")
        }
    }
}
