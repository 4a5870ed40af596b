import APIGateway
import Testing
import VTL

@Suite struct RequestFileTests {
    @Test func jsonRequestKeepsOrderAndLastRepeatedValue() throws {
        let request = try MethodRequest(parsing: """
            {"body": "{}", "path": {"b": "2", "a": "1"}, "querystring": {"tag": ["x", "y"], "n": 5},
             "headers": {"X-Multi": ["1", "2"], "Accept": "text/plain"}, "stageVariables": {"env": "test"}}
            """, file: "r.json")
        #expect(Array(request.path.keys) == ["b", "a"])
        #expect(request.querystring == ["tag": "y", "n": "5"])
        #expect(request.headers == ["X-Multi": "2", "Accept": "text/plain"])
        #expect(request.stageVariables == ["env": "test"])
        #expect(request.header("accept") == "text/plain")
    }

    @Test func yamlRequest() throws {
        let request = try MethodRequest(parsing: """
            body: '{"a": 1}'
            headers:
              Content-Type: application/json
            context:
              httpMethod: POST
            contextMode: merge
            """, file: "r.yaml")
        #expect(request.body == "{\"a\": 1}")
        #expect(request.headers["Content-Type"] == "application/json")
        guard case .string("POST")? = request.context["httpMethod"] else { Issue.record("context"); return }
    }

    @Test func jsonEscapes() throws {
        let request = try MethodRequest(parsing: #"{"body": "\ud83d\ude00 \ud800x \u00e9\t\/"}"#, file: "r.json")
        #expect(request.body == "😀 \u{FFFD}x é\t/")
        #expect(throws: DocumentError(file: "r.json", line: 1, column: 12, reason: "invalid JSON: unknown escape '\\q'")) {
            try MethodRequest(parsing: #"{"body": "a\q"}"#, file: "r.json")
        }
    }

    @Test func emptyBodyIsBraces() {
        #expect(MethodRequest().effectiveBody == "{}")
    }

    @Test(arguments: [
        ("{\"header\": {}}", "r.json:1:2: error: unknown field 'header' in request (expected one of body, path, querystring, headers, stageVariables, context, contextMode)"),
        ("{\n  \"body\": 5\n}", "r.json:2:11: error: request.body must be a string (the raw payload), not a number"),
        ("{\"path\": {\"a\": [\"x\"]}}", "r.json:1:16: error: request.path.a must be a string, not an array"),
        ("{\"contextMode\": \"mix\"}", "r.json:1:17: error: request.contextMode must be \"merge\" or \"replace\", not a string"),
        ("{\"body\": \"x\",}", "r.json:1:14: error: invalid JSON: expected a string key"),
        ("{\"body\": \"x\"", "r.json:1:13: error: invalid JSON: expected '}', found the end"),
        ("[1]", "r.json:1:1: error: request must be an object, not an array"),
    ])
    func badFilesGiveTheirPosition(text: String, message: String) {
        #expect(throws: DocumentError.self) { try MethodRequest(parsing: text, file: "r.json") }
        do {
            _ = try MethodRequest(parsing: text, file: "r.json")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func badYamlGivesItsPosition() {
        do {
            _ = try MethodRequest(parsing: "body: [unclosed\nheaders: {}\n", file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "r.yaml")
            #expect(error.line >= 1)
            #expect(error.reason.hasPrefix("invalid YAML"))
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DocumentError(file: "r.yaml", line: 1, column: 519, reason: "invalid YAML: nested deeper than 512 levels")) {
            try MethodRequest(parsing: "body: " + deep, file: "r.yaml")
        }
        #expect(throws: DocumentError(file: "r.json", line: 1, column: 521, reason: "invalid JSON: nested deeper than 512 levels")) {
            try MethodRequest(parsing: "{\"body\": " + deep + "}", file: "r.json")
        }
    }

    @Test func yamlAliasesRepeatTheirAnchor() throws {
        let request = try MethodRequest(parsing: """
            headers: &shared {Accept: text/plain, X-Tag: a}
            context:
              requestOverride:
                header: *shared
                path: {list: &items [1, 2]}
                querystring: {again: *items}
            """, file: "r.yaml")
        #expect(request.headers == ["Accept": "text/plain", "X-Tag": "a"])
        let result = MappingRenderer.render(template: "$context.requestOverride.header.X-Tag $context.requestOverride.querystring.again",
                                            request: request)
        #expect(result.output == "a [1, 2]")
    }

    /// "Billion laughs": each level repeats the previous one ten times.
    @Test func yamlAliasBombStopsAtTheAliasThatGoesOver() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            text += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        #expect(throws: DocumentError(file: "r.yaml", line: 5, column: 5,
                                      reason: "invalid YAML: aliases here expand to more than 100000 values (each alias repeats its anchor's content, nested aliases multiply it)")) {
            try MethodRequest(parsing: text, file: "r.yaml")
        }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: DocumentError(file: "f", line: 2, column: 3, reason: "the file is not valid UTF-8")) {
            try DocumentParser.decodeUTF8(Array("a\nbc".utf8) + [0xFF], file: "f")
        }
    }
}
