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
        ("{\"a\": 'b'}", "strings must use double quotes", 1, 7),
        ("{\"a\": \"it\\'s\"}", "invalid escape '\\''", 1, 10),
        ("{\n  \"a\": 1,\n}", "trailing comma before '}'", 3, 1),
        ("{\"a\": 1} x", "unexpected 'x' after the JSON value", 1, 10),
        ("[1, 2", "unexpected end of the text", 1, 6),
        ("{\"a\": 01}", "numbers cannot have leading zeros", 1, 7),
        ("{\"a\": \"\"\"\"}", "expected ',' or '}', found '\"'", 1, 9),
    ])
    func invalid(_ text: String, _ reason: String, _ line: Int, _ column: Int) {
        #expect(OutputJSON.check(text) == .invalid(reason: reason, line: line, column: column))
    }
}
