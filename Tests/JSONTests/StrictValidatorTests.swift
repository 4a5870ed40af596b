import JSON
import Testing

@Test(arguments: [
    "{}", "[]", "0", "-0.5e+10", "\"a\\u00e9\\n\"", " {\"a\": [1, 2, {\"b\": null}], \"c\": true} ", "false",
])
func validStrictJSON(_ text: String) {
    #expect(StrictJSON.firstError(in: text) == nil)
}

@Test(arguments: [
    ("", 1, 1, "expected a JSON value, found the end of the text"),
    ("{\"a\":1,}", 1, 8, "trailing comma before '}'"),
    ("[1,]", 1, 4, "trailing comma before ']'"),
    ("{'a':1}", 1, 2, "expected a string key in double quotes, found '''"),
    ("{\"a\" 1}", 1, 6, "expected ':' after the key, found '1'"),
    ("[1 2]", 1, 4, "expected ',' or ']', found '2'"),
    ("{\"a\":1} x", 1, 9, "unexpected 'x' after the JSON value"),
    ("[01]", 1, 2, "numbers cannot have leading zeros"),
    ("[1.]", 1, 4, "expected a digit after '.', found ']'"),
    ("[\"a\nb\"]", 1, 4, "control character U+000A must be escaped in a string"),
    ("[\"\\q\"]", 1, 3, "invalid escape '\\q'"),
    ("{\n  \"é\": tru\n}", 2, 8, "expected a JSON value, found 't'"),
    ("[\"abc", 1, 2, "unterminated string"),
    ("{\"a\":[1,2}", 1, 10, "expected ',' or ']', found '}'"),
    ("[NaN]", 1, 2, "expected a JSON value, found 'N'"),
    ("[", 1, 2, "unexpected end of the text"),
] as [(String, Int, Int, String)])
func invalidStrictJSON(_ text: String, _ line: Int, _ column: Int, _ reason: String) {
    let error = StrictJSON.firstError(in: text)
    #expect(error?.location.line == line)
    #expect(error?.location.column == column)
    #expect(error?.reason == reason)
}

@Test func deepNestingIsValidated() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(StrictJSON.isValid(deep))
}
