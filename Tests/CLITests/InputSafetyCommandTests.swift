import Foundation
import Testing

/// Endless standard input and `{file: PATH}` templates that try to leave the
/// invocation's folder: a clear message and exit 1, never a crash.
@Suite struct InputSafetyCommandTests {
    @Test func endlessStandardInputEndsWithTheLimit() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["render", "-"]
        process.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(message == "<stdin>: error: larger than the 64 MB limit for templates and request files\n")
        #expect(process.terminationStatus == 1)
    }

    /// An invocation in `folder/inner/` with a template next to it, one in `folder/`,
    /// and a link in `inner/` to the one outside.
    func invocationFolder() throws -> (inner: String, outside: String) {
        let invocation = try CLI.file("i.yaml", "")
        let inner = (invocation as NSString).deletingLastPathComponent + "/inner"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        let outside = (inner as NSString).deletingLastPathComponent + "/secret.vtl"
        try "secret".write(toFile: outside, atomically: true, encoding: .utf8)
        try "inside".write(toFile: inner + "/t.vtl", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: inner + "/link.vtl", withDestinationPath: outside)
        return (inner, outside)
    }

    func invoke(_ folder: String, template path: String, _ extra: [String] = []) throws -> CLI.Outcome {
        let file = folder + "/invocation.yaml"
        try "integration: MOCK\nrequestTemplates:\n  application/json: {file: '\(path)'}\nresponseTemplates:\n  application/json: '$input.body'\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        return try CLI.run(["invoke", file, "--body-only"] + extra)
    }

    @Test func templatesInsideTheFolderAreRead() throws {
        let (inner, _) = try invocationFolder()
        let outcome = try invoke(inner, template: "t.vtl")
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }

    @Test(arguments: ["../secret.vtl", "ABSOLUTE", "link.vtl", "./../inner/../../secret.vtl"])
    func templatesOutsideTheFolderAreRefused(_ path: String) throws {
        let (inner, outside) = try invocationFolder()
        let written = path == "ABSOLUTE" ? outside : path
        let outcome = try invoke(inner, template: written)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("error: requestTemplates.application/json.file: '\(written)'"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("templates are read only from the invocation's folder (\(inner)); give the file with --allow-file"))
        #expect(!outcome.stdout.contains("secret"))
    }

    @Test func aFileGivenOnTheCommandLineMayBeOutside() throws {
        let (inner, outside) = try invocationFolder()
        let outcome = try invoke(inner, template: "../secret.vtl", ["--allow-file", outside])
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }
}
