import Foundation
import Playground
import Testing
@testable import REPL

struct REPLRequestTests {
    @Test func requestCommandsChangeWhatTemplatesSee() {
        let output = transcript([
            ":body {\"a\": {\"b\": [1, 2]}}", "$input.json('$.a.b')",
            ":header Accept text/plain", ":query q 1", ":path id 7",
            "\"$input.params('Accept')-$input.params('q')-$input.params('id')\"",
            ":stage env beta", "$stageVariables.env",
            ":context identity.sourceIp 10.0.0.1", "$context.identity.sourceIp",
            ":context isCanaryRequest true", "$context.isCanaryRequest",
        ])
        #expect(output == """
            [1,2]
            : String
            text/plain-1-7
            : String
            beta
            : String
            10.0.0.1
            : String
            true
            : Boolean

            """)
    }

    @Test func utilFunctions() {
        #expect(transcript(["$util.base64Encode('hi')", "$util.escapeJavaScript(\"it's\")"]) == "aGk=\n: String\nit\\'s\n: String\n")
    }

    @Test func inputPathGivesObjectsWithTypes() {
        let output = transcript([":body {\"items\": [{\"id\": 1}], \"none\": null}", "$input.path('$.items')", "$input.path('$.none')"])
        #expect(output == """
            [{"id":1}]
            : JSON array, 1 item
            [
              {
                id: 1
              }
            ]
            ""
            : null renders as ""

            """)
    }

    @Test func loadShowAndReset() throws {
        let file = NSTemporaryDirectory() + "vtlplay-repl-\(UUID().uuidString).yaml"
        try "querystring:\n  name: Bella\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let output = transcript([":load \(file)", "$input.params('name')", ":show", ":reset", "$input.params('name')", ":load /nonexistent.yaml"])
        #expect(output == """
            loaded \(file)
            Bella
            : String
            # \(file)
            querystring:
              name: Bella
            variables cleared, request restored
            ""
            : String
            error: /nonexistent.yaml: No such file or directory

            """)
    }

    @Test func badRequestFileIsReported() throws {
        let file = NSTemporaryDirectory() + "vtlplay-repl-\(UUID().uuidString).json"
        try "{\"body\": 5}".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let output = transcript([":load \(file)"])
        #expect(output.hasPrefix("error: \(file):1:10: error: request.body must be"))
    }

    @Test func completionUsesTheRequestAndVariables() {
        let reader = ScriptedLineReader([":body {\"alpha\": {\"beta\": 1}, \"items\": [1]}", "#set($myName = 'x')", "#set($myMap = {'k': 1})"])
        let repl = REPL(session: Session(), reader: reader, style: .plain) { _ in }
        repl.run()
        let complete = try! #require(reader.completer)
        #expect(complete("$context.identity.so").insertion == "urceIp")
        #expect(complete("$context.identity.clientCert.validity.").candidates == [
            "$context.identity.clientCert.validity.notAfter", "$context.identity.clientCert.validity.notBefore"])
        #expect(complete("$util.url").candidates == ["$util.urlDecode(", "$util.urlEncode("])
        #expect(complete("$input.path('$.").candidates == ["$.alpha.", "$.items"])
        #expect(complete("$input.path('$.items").candidates == ["$.items[0]"])
        #expect(complete("#if($input.json('$.alpha.").candidates == ["$.alpha.beta"])
        #expect(complete("$my").candidates == ["$myMap.", "$myName"])
        #expect(complete("$myMap.").candidates == ["$myMap.k"])
        #expect(complete(":lo").candidates == [":load"])
    }
}
