import Foundation
import Testing

/// `vtlplay` without a subcommand opens the playground, which needs a terminal:
/// through pipes it must exit 2 at once; subcommands keep dispatching.
struct PlayCommandTests {
    func run(_ arguments: [String], in folder: String? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = ReplCommandTests.binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    @Test(arguments: [[], ["template.vtl"], ["--request", "request.json"], ["missing.vtl", "--request", "r.yaml"]])
    func withoutATerminalThePlaygroundExits2(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains("needs an interactive terminal"))
        #expect(result.output.isEmpty)
    }

    @Test func aSubcommandNameStillDispatches() throws {
        let folder = NSTemporaryDirectory() + "vtlplay-play-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(#"{"a": "$input.params('x')"}"#.utf8).write(to: URL(fileURLWithPath: folder + "/t.vtl"))
        try Data(#"{"querystring": {"x": "1"}}"#.utf8).write(to: URL(fileURLWithPath: folder + "/r.json"))
        let result = try run(["render", "t.vtl", "--request", "r.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.output == #"{"a": "1"}"#)
    }

    @Test func helpListsThePlaygroundAndTheSubcommands() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("vtlplay [<template>] [--request <request>]"))
        #expect(result.output.contains("render"))
        #expect(result.output.contains("repl"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let result = try run(["--nope"])
        #expect(result.status == 64)
    }
}
