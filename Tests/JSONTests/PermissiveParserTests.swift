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

@Test(arguments: permissiveParseCases)
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
@Test(arguments: permissiveParseCases)
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
