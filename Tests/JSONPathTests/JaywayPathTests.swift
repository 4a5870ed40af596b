import JSON
import JSONPath
import Testing

/// A path, the document it runs over, and what the oracle's `$input.json(path)` printed
/// (or the `toString()` of the exception Jayway threw).
struct PathCase: CustomTestStringConvertible, Sendable {
    enum Document: Sendable { case store, array, text, unicode, mixed }
    enum Expected: Sendable { case json(String), error(String) }
    let path: String
    let document: Document
    let expected: Expected

    init(_ path: String, _ document: Document, _ expected: Expected) {
        self.path = path
        self.document = document
        self.expected = expected
    }

    var testDescription: String { "\(path) in \(document)" }

    var body: String {
        switch document {
        case .store: return PathDocuments.store
        case .array: return PathDocuments.array
        case .text: return PathDocuments.text
        case .unicode: return PathDocuments.unicode
        case .mixed: return PathDocuments.mixed
        }
    }
}

/// `$input.json(path)`: the result in json-smart's style, `""` when nothing matches.
func inputJSON(_ path: String, _ body: String) -> PathCase.Expected {
    do throws(JSONPathError) {
        let document = try! PermissiveJSON.parse(body)
        let result = try JSONPath(path).evaluate(document)
        return .json((result.jsonValue ?? .string("")).jsonText(.smart))
    } catch {
        return .error(error.javaException)
    }
}

@Test(arguments: jaywayPathCases + randomPathCases)
func jaywayPath(_ testCase: PathCase) {
    let actual = inputJSON(testCase.path, testCase.body)
    switch (testCase.expected, actual) {
    case (.json(let expected), .json(let got)):
        #expect(got == expected)
    case (.error(let expected), .error(let got)):
        #expect(got == expected)
    default:
        Issue.record("expected \(testCase.expected), got \(actual)")
    }
}

@Test(arguments: [
    ("$.a[x]", 3, "Could not analyze path component: [x]"),
    ("$.a b", 3, "Space not allowed in path"),
    ("  $.store.book[?(@.a in ['x'])]", 14, "Space not allowed in path"),
    ("a.b[", 3, "Could not analyze path component: ["),
    ("$.", 1, "String index out of range: 2"),
] as [(String, Int, String)])
func compileErrorsCarryAPosition(_ path: String, _ position: Int, _ reason: String) {
    do {
        _ = try JSONPath(path)
        Issue.record("expected an error")
    } catch {
        #expect(error.position == position)
        #expect(error.reason == reason)
    }
}

@Test func definiteAndIndefinitePaths() throws {
    #expect(try JSONPath("$.a[0]['b']").isDefinite)
    #expect(try JSONPath("$.a[(@.length-1)]").isDefinite)
    #expect(try !JSONPath("$.a[0:1]").isDefinite)
    #expect(try !JSONPath("$..a").isDefinite)
    let document = try PermissiveJSON.parse(#"{"a":[{"b":1}],"n":null}"#)
    #expect(try JSONPath("$.a[0].b").evaluate(document) == .value(.int(1)))
    #expect(try JSONPath("$.n").evaluate(document) == .value(.null))
    #expect(try JSONPath("$.x").evaluate(document) == .notFound)
    #expect(try JSONPath("$.a[*].x").evaluate(document) == .list([]))
}
