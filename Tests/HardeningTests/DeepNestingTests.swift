import APIGateway
import JSON
import Testing
import VTL

/// Inputs nested 100,000 deep: a clear error (or a correct result), never a stack overflow.
@Suite struct DeepNestingTests {
    static let depth = 100_000

    /// A template and what must become of it.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        /// The output when the template must render; nil when it must fail with a nesting message.
        var output: String?
        var testDescription: String { name }
    }

    static let n = depth
    static let templates: [Case] = [
        Case(name: "nested #if", source: repeated("#if(true)", n) + "x" + repeated("#end", n)),
        Case(name: "nested #foreach", source: repeated("#foreach($i in [1])", n) + "x" + repeated("#end", n)),
        Case(name: "nested #define", source: repeated("#define($d)", n) + "x" + repeated("#end", n) + "$d"),
        Case(name: "unclosed #if", source: repeated("#if(true)", n)),
        Case(name: "parentheses", source: "#set($x = " + repeated("(", n) + "1" + repeated(")", n) + ")$x"),
        Case(name: "negations", source: "#if(" + repeated("!", n) + "true)y#end"),
        Case(name: "list literals", source: "#set($x = " + repeated("[", n) + repeated("]", n) + ")$x.size()"),
        Case(name: "map literals", source: "#set($x = " + repeated("{\"a\":", n) + "1" + repeated("}", n) + ")$x.size()"),
        Case(name: "method arguments", source: "#set($s = 'a')$s.concat(" + repeated("$s.concat(", n) + "'b'" + repeated(")", n + 1)),
        Case(name: "index arguments", source: "#set($a = [0])$a[" + repeated("$a[", n) + "0" + repeated("]", n + 1)),
        Case(name: "unclosed parentheses", source: "#set($x = " + repeated("(", n)),
    ]

    /// Long flat chains parse into deep trees (left-nested binary operators).
    static let chains: [Case] = [
        Case(name: "addition chain", source: "#set($x = 1" + repeated(" + 1", n) + ")$x", output: String(n + 1)),
        Case(name: "and chain", source: "#if(true" + repeated(" && true", n) + ")y#end", output: "y"),
        Case(name: "string concatenation chain", source: "#set($s = 'a')#set($x = $s" + repeated(" + $s", n) + ")$x.length()",
             output: String(n + 1)),
        Case(name: "elseif chain", source: "#if(false)" + repeated("#elseif(false)", n) + "#{else}" + "z#end", output: "z"),
    ]

    @Test(arguments: templates)
    func nestedTemplateFailsClearly(_ c: Case) throws {
        let summary = try #require(finishing { run(c.source) }, "did not finish")
        let reason = try #require(summary.reason, "rendered \(summary.output.prefix(80).debugDescription)")
        #expect(reason.contains("nest") || reason.contains("deep") || reason.contains("end of"), "unclear message: \(reason)")
    }

    @Test(arguments: chains)
    func longChainRendersOrFailsClearly(_ c: Case) throws {
        let summary = try #require(finishing { run(c.source) }, "did not finish")
        if let reason = summary.reason {
            #expect(reason.contains("nest") || reason.contains("deep") || reason.contains("limit"), "unclear message: \(reason)")
        } else {
            #expect(summary.output == c.output)
        }
    }

    // MARK: JSON

    static let bodies: [(name: String, body: String)] = [
        ("arrays", repeated("[", Self.n) + repeated("]", Self.n)),
        ("objects", repeated("{\"a\":", Self.n) + "1" + repeated("}", Self.n)),
        ("unclosed arrays", repeated("[", Self.n)),
        ("mixed", repeated("[{\"a\":", Self.n / 2) + repeated("}]", Self.n / 2)),
    ]

    @Test(arguments: bodies.map(\.name))
    func nestedBodyIsAPayloadError(_ name: String) throws {
        let body = Self.bodies.first { $0.name == name }!.body
        for template in ["$input.json('$')", "$input.path('$').size()", "$util.parseJson($input.body).size()"] {
            let summary = try #require(finishing { runMapping(template, body: body) }, "did not finish")
            #expect(summary.reason != nil, "\(template) rendered")
            if template.hasPrefix("$input") { #expect(summary.status == 400) }
        }
    }

    @Test(arguments: bodies.map(\.name))
    func nestedJSONIsRejectedByTheParser(_ name: String) throws {
        let body = Self.bodies.first { $0.name == name }!.body
        let error = try #require(finishing { () -> String? in
            do { _ = try PermissiveJSON.parse(body); return nil } catch { return "\(error)" }
        }, "did not finish")
        #expect(error != nil, "a 100,000-deep document parsed")
    }

    @Test func jsonAtTheDepthLimitStillParses() throws {
        let limit = PermissiveJSON.maximumDepth
        let value = try PermissiveJSON.parse(repeated("[", limit) + repeated("]", limit))
        #expect(value.jsonText(.compact).utf8.count == 2 * limit)
    }

    static let jsonRequestFile = "{\"body\": " + repeated("[", n) + repeated("]", n) + "}"
    static let yamlRequestFiles = ["body: " + repeated("[", n) + repeated("]", n), "path:\n" + repeated("- ", n) + "x\n"]

    @Test func deepJSONRequestFileIsAnError() throws {
        let message = try #require(finishing { () -> String? in
            do { _ = try MethodRequest(parsing: Self.jsonRequestFile, file: "request.json"); return nil } catch { return "\(error)" }
        }, "did not finish")
        #expect(message?.hasPrefix("request.json:1:") == true, "\(message ?? "accepted")")
    }

    /// Yams recurses per level: the loader must refuse deep documents before it does.
    @Test(arguments: yamlRequestFiles)
    func deepYAMLRequestFileIsAnError(_ text: String) throws {
        let message = try #require(finishing { () -> String? in
            do { _ = try MethodRequest(parsing: text, file: "request.yaml"); return nil } catch { return "\(error)" }
        }, "did not finish")
        #expect(message?.contains("nested deeper") == true, "\(message ?? "accepted")")
    }

    @Test(arguments: [
        "$input.json('$" + repeated("[0]", n) + "')",
        "$input.json('$" + repeated(".a", n) + "')",
        "$input.json('$[?(" + repeated("(", n) + "@.a" + repeated(")", n) + ")]')",
    ])
    func deepJSONPathsAreHandled(_ template: String) throws {
        let summary = try #require(finishing { runMapping(template, body: "{\"a\":[1,2,3]}") }, "did not finish")
        if let reason = summary.reason { #expect(!reason.isEmpty) }
    }
}
