import Foundation
import Testing

/// Runs the built `vtlplay` binary (next to the test bundle in `.build/debug`).
struct CLI {
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directory = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = directory.appendingPathComponent("vtlplay")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        // Fallback: the package's debug build directory relative to this file.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/vtlplay")
    }

    struct Outcome {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                       status: process.terminationStatus)
    }

    /// Writes `contents` to a fresh temporary file named `name`.
    static func file(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vtlplay-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }
}

@Suite struct RenderCommandTests {
    @Test func printsTheOutputExactly() throws {
        let path = try CLI.file("t.vtl", "#set($a = [1, 2])\n{\"n\": $a.size()}\n")
        let outcome = try CLI.run(["render", path])
        #expect(outcome.stdout == "{\"n\": 2}\n")
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }

    @Test func readsStandardInput() throws {
        let outcome = try CLI.run(["render", "-"], stdin: "#foreach($i in [1..3])$i#end")
        #expect(outcome.stdout == "123")
        #expect(outcome.status == 0)
    }

    @Test func parseErrorsGoToStandardErrorWithACaret() throws {
        let path = try CLI.file("bad.vtl", "line one\n  #if($a\n")
        let outcome = try CLI.run(["render", path])
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "\(path):3:1: error: expected ')' to close the condition of #if, found the end of the template\n\n^\n")
        #expect(outcome.status == 1)
    }

    @Test func runtimeFailuresGoToStandardError() throws {
        let path = try CLI.file("inc.vtl", "a\n #include('x.vtl')")
        let outcome = try CLI.run(["render", path])
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "\(path):2:2: error: Unable to find resource 'x.vtl': #include cannot load other templates on API Gateway\n #include('x.vtl')\n ^\n")
        #expect(outcome.status == 1)
    }

    @Test func missingFileIsAnError() throws {
        let outcome = try CLI.run(["render", "/nonexistent/t.vtl"])
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.hasPrefix("/nonexistent/t.vtl: error: cannot read the template"))
        #expect(outcome.status == 1)
    }
}
