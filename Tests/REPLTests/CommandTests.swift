import Testing
@testable import REPL

struct CommandTests {
    @Test(arguments: [
        (":help", Command.help),
        (":load req.yaml", .load(file: "req.yaml")),
        (":body {\"a\": 1}", .body("{\"a\": 1}")),
        (":body", .body("")),
        (":header Content-Type application/json", .header(name: "Content-Type", value: "application/json")),
        (":query name Bella Dog", .query(name: "name", value: "Bella Dog")),
        (":path id 123", .path(name: "id", value: "123")),
        (":stage env prod", .stage(name: "env", value: "prod")),
        (":context identity.sourceIp 10.0.0.1", .context(path: "identity.sourceIp", value: "10.0.0.1")),
        (":context $context.stage beta", .context(path: "stage", value: "beta")),
        (":show", .show),
        (":vars", .vars),
        (":trace $a.size()", .trace("$a.size()")),
        (":explain $input.json('$')", .explain("$input.json('$')")),
        (":reset", .reset),
        (":quit", .quit),
        ("  :q  ", .quit),
    ])
    func parses(_ line: String, _ expected: Command) throws {
        #expect(try Command.parse(line) == expected)
    }

    @Test(arguments: [
        (":frobnicate", "unknown command :frobnicate; :help lists the commands", 2),
        (":exp $a", "unknown command :exp; did you mean :explain?", 2),
        (":header Accept", ":header needs a name and a value", 15),
        (":load", ":load needs a file name", 6),
        (":vars now", ":vars takes no argument", 7),
    ])
    func rejects(_ line: String, _ message: String, _ column: Int) {
        #expect(throws: CommandError(message, column: column)) { try Command.parse(line) }
    }
}
