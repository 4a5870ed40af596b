import Foundation
import Testing

/// `vtlplay map`, run as a process on the samples.
@Suite struct MapCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the built `vtlplay` (next to the test bundle) in the package root.
    static func vtlplay(_ arguments: [String], input: String = "") throws -> Run {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("vtlplay") }
        let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let authToken = [
        "map", "--api", "websocket", "--route", "$connect",
        "--route-parameters", "samples/mapping/auth-token/route-parameters.json",
        "--mapping", "samples/mapping/auth-token/request-parameters.txt",
        "--request", "samples/mapping/auth-token/request.json",
    ]

    @Test func connectionIdSample() throws {
        let run = try Self.vtlplay([
            "map", "--api", "websocket", "--route", "$connect",
            "--mapping", "samples/mapping/connection-id/request-parameters.txt",
            "--request", "samples/mapping/connection-id/request.json",
        ])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
        route: $connect
        integration request:
          header:
            connectionId: Hq3NZdXsoAMCJhQ=
          querystring: (none)
          path: (none)

        mappings:
          integration.request.header.connectionId = context.connectionId
            kind: context variable
            looked up: $context.connectionId
            value: "Hq3NZdXsoAMCJhQ="

        """)
    }

    @Test func authTokenSampleAsJSON() throws {
        let run = try Self.vtlplay(Self.authToken + ["--json"])
        #expect(run.status == 0)
        #expect(run.stdout == """
        {
          "header": {
            "authToken": "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"
          },
          "querystring": {},
          "path": {}
        }

        """)
    }

    @Test func authTokenWithoutItsDeclarationFails() throws {
        let run = try Self.vtlplay([
            "map", "--api", "websocket", "--route", "$connect",
            "--mapping", "samples/mapping/auth-token/request-parameters.txt",
        ])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("""
        Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: route.request.querystring.authToken]
        samples/mapping/auth-token/request-parameters.txt:1:1: error: Invalid mapping expression parameter specified: route.request.querystring.authToken
        'integration.request.header.authToken'='route.request.querystring.authToken'
        ^
        hint: declare route request parameters on the $connect route
        """))
    }

    @Test func authTokenOnAMessageRouteFails() throws {
        var arguments = Self.authToken
        arguments[4] = "sendmessage"
        let run = try Self.vtlplay(arguments)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: route.request.querystring.authToken]"))
    }

    @Test func restMethodSampleAsJSON() throws {
        let run = try Self.vtlplay([
            "map", "--api", "rest", "--json",
            "--mapping", "samples/mapping/rest-method/get-method.json",
            "--request", "samples/mapping/rest-method/request.json",
        ])
        #expect(run.status == 0)
        #expect(run.stdout == """
        {
          "header": {
            "x-userid": "u-17",
            "x-pet-name": "Bella",
            "x-source-ip": "192.0.2.1",
            "Accept": "application/json"
          },
          "querystring": {
            "stage": "v2",
            "tag": [
              "cute",
              "small"
            ]
          },
          "path": {
            "op": "42"
          }
        }

        """)
    }

    @Test func missingRequiredParameterIsRefused() throws {
        let run = try Self.vtlplay(["map", "--api", "rest", "--mapping", "samples/mapping/rest-method/get-method.json"])
        #expect(run.status == 1)
        #expect(run.stderr == "API Gateway refuses the request: 400 {\"message\": \"Missing required request parameters: [petId]\"}\n")
    }

    @Test func unreadableMappingFileShowsThePosition() throws {
        let run = try Self.vtlplay(["map", "--api", "rest", "--mapping", "samples/mapping/README.md"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("samples/mapping/README.md:"))
    }

    @Test func shorthandOnStandardInputWithRouteSelection() throws {
        let run = try Self.vtlplay(
            ["map", "--api", "websocket", "--route-selection-expression", "$request.body.action", "--json",
             "--mapping", "-", "--request", "samples/mapping/route-selection/request.json"],
            input: "'integration.request.header.route'='context.routeKey' 'integration.request.querystring.id'='route.request.body.items[*].id'"
        )
        #expect(run.status == 0)
        #expect(run.stdout == """
        {
          "header": {
            "route": "sendmessage"
          },
          "querystring": {
            "id": "[1,2]"
          },
          "path": {}
        }

        """)
    }

    @Test func missingFile() throws {
        let run = try Self.vtlplay(["map", "--api", "rest", "--mapping", "no/such/file.json"])
        #expect(run.status == 1)
        #expect(run.stderr == "no/such/file.json: error: cannot read the file\n")
    }
}
