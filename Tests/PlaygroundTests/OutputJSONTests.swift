import Testing
@testable import Playground

struct OutputJSONTests {
    @Test(arguments: ["{}", "[1, 2.5e3, -0, true, false, null]", " {\"a\": {\"b\": [\"\\u00e9\\n\"]}} \n", "\"x\"", "0"])
    func valid(_ text: String) {
        #expect(OutputJSON.check(text) == .valid)
    }

    @Test func blank() {
        #expect(OutputJSON.check(" \n") == .empty)
    }

    @Test(arguments: [
        ("{\"a\": 'b'}", "unexpected character '''", 1, 7),
        ("{\"a\": \"it\\'s\"}", "invalid escape \\' in a string", 1, 10),
        ("{\n  \"a\": 1,\n}", "expected a string key in double quotes", 3, 1),
        ("{\"a\": 1} x", "unexpected text after the JSON value", 1, 10),
        ("[1, 2", "unexpected end of the output: ']' is missing", 1, 6),
        ("{\"a\": 01}", "expected ',' or '}'", 1, 8),
        ("{\"a\": \"\"\"\"}", "expected ',' or '}'", 1, 9),
    ])
    func invalid(_ text: String, _ reason: String, _ line: Int, _ column: Int) {
        #expect(OutputJSON.check(text) == .invalid(reason: reason, line: line, column: column))
    }
}
