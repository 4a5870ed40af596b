import Foundation
import Testing
@testable import TUI

/// Saving keeps links, permissions and privacy as the user expects.
@Suite struct FileSafetyTests {
    func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func savingThroughASymbolicLinkWritesTheTargetAndKeepsTheLink() throws {
        let folder = temporaryDirectory()
        try DocumentFile.writeAtomically("old", to: folder + "/real.vtl")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.vtl", withDestinationPath: "real.vtl")
        try DocumentFile.writeAtomically("new", to: folder + "/link.vtl")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.vtl") == "real.vtl")
        #expect(try DocumentFile.read(folder + "/real.vtl") == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.vtl", "real.vtl"])
    }

    @Test func aNewFileGetsTheUmasksPermissionsAndAnExistingFileKeepsItsOwn() throws {
        let folder = temporaryDirectory()
        let previous = umask(0o027)
        defer { umask(previous) }
        try DocumentFile.writeAtomically("x", to: folder + "/new.vtl")
        #expect(try mode(folder + "/new.vtl") == 0o640)
        chmod(folder + "/new.vtl", 0o604)
        try DocumentFile.writeAtomically("y", to: folder + "/new.vtl")
        #expect(try mode(folder + "/new.vtl") == 0o604)
    }

    @Test func recoveryFilesArePrivateAndRecordAbsolutePaths() throws {
        let store = RecoveryStore(directory: temporaryDirectory() + "/state/recovery")
        let snapshot = RecoverySnapshot(templatePath: "t.vtl", requestPath: "/abs/r.json", template: "T", request: "{}",
                                        savedAt: Date(timeIntervalSince1970: 0))
        try store.write(snapshot, session: 7)
        #expect(try mode(store.directory) == 0o700)
        #expect(try mode(store.path(forSession: 7)) == 0o600)
        let found = try #require(store.leftovers(excluding: 8, isRunning: { _ in false }).first)
        #expect(found.snapshot.templatePath == FileManager.default.currentDirectoryPath + "/t.vtl")
        #expect(found.snapshot.requestPath == "/abs/r.json")
    }
}
