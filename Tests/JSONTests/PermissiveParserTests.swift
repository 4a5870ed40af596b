import JSON
import Testing

/// A body and what the oracle's `$input.json('$')` printed for it (or json-smart's error).
struct ParseCase: CustomTestStringConvertible, Sendable {
    enum Expected: Sendable { case json(String), error(String) }
    let name: String
    let body: String
    let expected: Expected

    init(_ name: String, _ body: String, _ expected: Expected) {
        self.name = name
        self.body = body
        self.expected = expected
    }

    var testDescription: String { name }
}

@Test(arguments: permissiveParseCases + randomParseCases)
func permissiveParse(_ testCase: ParseCase) {
    let result = Result { () throws(JSONParseError) in try PermissiveJSON.parse(testCase.body) }
    switch (testCase.expected, result) {
    case (.json(let expected), .success(let value)):
        #expect(value.jsonText(.smart) == expected)
    case (.error(let expected), .failure(let error)):
        #expect(error.javaMessage == expected)
    case (.json(let expected), .failure(let error)):
        Issue.record("expected \(expected), got error \(error.javaMessage)")
    case (.error(let expected), .success(let value)):
        Issue.record("expected error \(expected), got \(value.jsonText())")
    }
}

@Test func errorLocationCountsCharactersAndLines() throws {
    let result = Result { () throws(JSONParseError) in try PermissiveJSON.parse("{\"é\":1,\n \"b\"}") }
    guard case .failure(let error) = result else { Issue.record("expected an error"); return }
    #expect(error.location.line == 2)
    #expect(error.location.column == 5)
    #expect(error.location.offset == 13)
    #expect(error.reason == "unexpected character '}'")
    #expect(error.javaMessage == "Unexpected character (}) at position 11.")
}

@Test func duplicateKeysKeepFirstPlaceAndLastValue() throws {
    let value = try PermissiveJSON.parse("{\"a\":1,\"b\":2,\"a\":3}")
    guard case .object(let members) = value else { Issue.record("not an object"); return }
    #expect(Array(members.keys) == ["a", "b"])
    #expect(members["a"] == .int(3))
}

/// The streaming `reformat` prints exactly what parsing and writing print.
@Test(arguments: permissiveParseCases + randomParseCases)
func reformatMatchesParseAndWrite(_ testCase: ParseCase) {
    let result = Result { () throws(JSONParseError) in try PermissiveJSON.reformat(testCase.body) }
    switch (testCase.expected, result) {
    case (.json(let expected), .success(let text)):
        #expect(text == expected)
    case (.error(let expected), .failure(let error)):
        #expect(error.javaMessage == expected)
    default:
        Issue.record("expected \(testCase.expected), got \(result)")
    }
}

@Test func reformatWithRepeatedKeysFallsBackToTheTree() throws {
    #expect(try PermissiveJSON.reformat(#"{"a":1,"b":{"x":1,"x":2},"a":3}"#) == #"{"a":3,"b":{"x":2}}"#)
    #expect(try PermissiveJSON.reformat(#"[{"a":1},{"a":2}]"#, style: .pretty(indent: 2)) == "[\n  {\n    \"a\": 1\n  },\n  {\n    \"a\": 2\n  }\n]")
}

/// Characters dropped from an escaped string do not separate a surrogate pair (Java's
/// StringBuilder never sees them); an unknown escape before a non-BMP character drops
/// only its high half.
@Test(arguments: [
    (#"["\ud83d\u007f\ude00\n"]"#, "\u{FFFD}\u{7F}\u{FFFD}\n"), ("[\"\\ud83d\u{7F}\\ude00\\n\"]", "😀\n"),
    (#"["\ud83d\q\ude00\n"]"#, "😀\n"), ("[\"\\😀\\n\"]", "\u{FFFD}\n"), (#"["\ud83dx\n"]"#, "\u{FFFD}x\n"),
])
func surrogatesInEscapedStrings(_ body: String, _ expected: String) throws {
    #expect(try PermissiveJSON.parse(body)[0] == .string(expected))
}

/// The string scan reads eight bytes at a time: escapes, the other quote and non-ASCII
/// characters at every position of strings around that width, read by both paths.
@Test(arguments: [("'", "'"), ("\\n", "\n"), ("\\\"", "\""), ("\\u00e9", "é"), ("é", "é"), ("\\/", "/")])
func escapesAtEveryPositionOfAString(_ piece: String, _ decoded: String) throws {
    for length in [1, 7, 8, 9, 16, 17] {
        for position in 0..<length {
            let before = String(repeating: "a", count: position), after = String(repeating: "b", count: length - position - 1)
            let body = "[\"\(before)\(piece)\(after)\"]"
            let expected = JSONValue.array([.string(before + decoded + after)])
            #expect(try PermissiveJSON.parse(body) == expected, "\(body)")
            #expect(try PermissiveJSON.reformat(body) == expected.jsonText(), "\(body)")
        }
    }
}
