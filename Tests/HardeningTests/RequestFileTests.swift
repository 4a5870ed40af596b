import APIGateway
import Foundation
import Testing

/// Request files that are not JSON or YAML, or not a request: an error naming the
/// file with a line and column, never a crash or a silently empty request.
@Suite struct RequestFileTests {
    static let documents: [(name: String, file: String, text: String)] = [
        ("empty file", "request.json", ""),
        ("HTML", "request.json", "<!doctype html><html><body>hi</body></html>"),
        ("HTML, no extension", "request", "<html><body>hi</body></html>"),
        ("form data", "request.json", "a=1&b=2"),
        ("truncated JSON", "request.json", "{\"body\": \"abc"),
        ("JSON array", "request.json", "[1, 2, 3]"),
        ("JSON string", "request.json", "\"body\""),
        ("unknown field", "request.json", "{\"header\": {\"a\": \"b\"}}"),
        ("wrong type", "request.json", "{\"path\": [1, 2]}"),
        ("trailing garbage", "request.json", "{\"body\": \"x\"} }"),
        ("NUL bytes", "request.json", "{\"body\": \"x\"}\u{0}\u{0}"),
        ("YAML tab indentation", "request.yaml", "body:\n\t- x"),
        ("YAML unclosed flow", "request.yaml", "path: {a: b"),
        ("YAML scalar", "request.yaml", "just a line of text"),
        ("YAML list", "request.yaml", "- a\n- b"),
        ("YAML bad alias", "request.yaml", "body: *nowhere"),
        ("YAML many documents", "request.yaml", "body: a\n---\nbody: b\n"),
        ("binary", "request.json", String(decoding: (0..<256).map { UInt8($0) }, as: UTF8.self)),
    ]

    @Test(arguments: documents.map(\.name))
    func notARequestIsAnError(_ name: String) throws {
        let document = Self.documents.first { $0.name == name }!
        let message = try #require(finishing { () -> String? in
            do { _ = try MethodRequest(parsing: document.text, file: document.file); return nil } catch { return "\(error)" }
        }, "did not finish")
        let text = try #require(message, "accepted as a request")
        #expect(text.hasPrefix(document.file + ":"), "no file name: \(text)")
    }

    /// "Billion laughs": aliases that expand exponentially must not be expanded without bound.
    @Test func yamlAliasBombIsBounded() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        text += "body: *a12\n"
        let bomb = text
        let message = try #require(finishing(within: 20) { () -> String? in
            do { _ = try MethodRequest(parsing: bomb, file: "bomb.yaml"); return nil } catch { return "\(error)" }
        }, "did not finish: alias expansion is unbounded")
        #expect(message?.hasPrefix("bomb.yaml:5:5: error: invalid YAML: aliases here expand to more than 100000 values") == true, "\(message ?? "")")
    }

    @Test func missingAndUnreadableFiles() throws {
        for path in ["/nonexistent/request.json", FileManager.default.temporaryDirectory.path] {
            #expect(throws: DocumentError.self) { _ = try MethodRequest(contentsOf: path) }
        }
    }

    @Test func hugeRequestFile() throws {
        let body = repeated("x", 1_000_000)
        let count = try #require(finishing { try? MethodRequest(parsing: "{\"body\": \"\(body)\"}", file: "big.json").body.utf8.count })
        #expect(count == 1_000_000)
    }
}
