import Foundation
import Testing

/// `vtlplay repl` through a pipe: no prompts, no colour, one result per entry.
struct ReplCommandTests {
    /// The `vtlplay` executable built next to the test bundle.
    static var binary: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return products.appendingPathComponent("vtlplay")
    }

    /// Runs `vtlplay repl ARGUMENTS` with `input` on standard input.
    func repl(_ input: String, arguments: [String] = []) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["repl"] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = NSTemporaryDirectory() + "vtlplay-cli-state"
        process.environment = environment
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    @Test func evaluatesLinesFromAPipe() throws {
        let input = """
            #set($names = ['a', 'b'])
            #foreach($n in $names)
            $n!
            #end
            $names.size()
            :nope
            $util.base64Decode('aGk=')
            """
        let result = try repl(input + "\n")
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output == """
            $names = [a, b]  : List, 2 items
            a!
            b!
            2
            : Integer
            error: unknown command :nope; :help lists the commands (column 2)
              :nope
               ^
            hi
            : String

            """)
    }

    @Test func startsWithARequestFile() throws {
        let file = NSTemporaryDirectory() + "vtlplay-cli-\(UUID().uuidString).json"
        try "{\"body\": \"{\\\"Age\\\": \\\"6\\\"}\", \"querystring\": {\"name\": \"Bella\"}}".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try repl("{ \"name\" : \"$input.params('name')\", \"body\" : $input.json('$.Age') }\n", arguments: ["--request", file])
        #expect(result.output == "{ \"name\" : \"Bella\", \"body\" : \"6\" }\n")
    }

    @Test func refusesAMissingRequestFile() throws {
        let result = try repl("", arguments: ["--request", "/nonexistent/request.json"])
        #expect(result.status != 0)
        #expect(result.error.contains("/nonexistent/request.json: No such file or directory"))
    }
}
