import APIGateway
import Foundation
import JSON
import Testing
import VTL

/// NUL bytes, control characters, invalid UTF-8 and huge literals in templates,
/// bodies and files: rendered faithfully or refused with a position, never a crash.
@Suite struct BadBytesTests {
    @Test func nulBytesInATemplatePassThrough() throws {
        let summary = run("a\u{0}b#set($x = 'c\u{0}d')$x\u{0}")
        #expect(summary.reason == nil)
        #expect(summary.output == "a\u{0}bc\u{0}d\u{0}")
    }

    @Test func nulBytesInDirectivesAreErrorsOrText() throws {
        for source in ["#se\u{0}t($x = 1)", "#set($\u{0}x = 1)", "$\u{0}", "#if(\u{0})x#end", "#foreach($i in \u{0})#end", "${\u{0}}"] {
            let summary = try #require(finishing { run(source) }, "did not finish")
            if let parseError = summary.parseError { #expect(parseError.range.start.line == 1) }
        }
    }

    @Test func everyControlCharacterIsHandled() throws {
        let controls = (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{7F}\u{FEFF}\u{2028}\u{FFFD}"
        let summary = run("#set($x = \"\(controls.replacingOccurrences(of: "\"", with: ""))\")$x.length()")
        #expect(summary.reason == nil || summary.parseError != nil)
    }

    @Test func replacementCharactersFromInvalidUTF8RenderAsIs() throws {
        // What a template file with invalid bytes decodes to (Velocity decodes with replacement too).
        let source = String(decoding: [0x61, 0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self)
        let summary = run(source)
        #expect(summary.output.unicodeScalars.first == "a")
        #expect(summary.output.unicodeScalars.last == "b")
    }

    @Test func invalidUTF8RequestFileIsAnErrorWithItsPosition() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hardening-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{\n  \"body\": \"caf".utf8 + [0xE9] + "\"\n}".utf8).write(to: url)
        #expect {
            _ = try MethodRequest(contentsOf: url.path)
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.line == 2 && error.column == 15 && error.reason.contains("UTF-8")
        }
    }

    @Test func invalidUTF8BytesInABodyParse() throws {
        let bytes: [UInt8] = Array("{\"a\":\"".utf8) + [0xFF, 0xFE, 0xC0, 0x80] + Array("\"}".utf8)
        let result = bytes.withUnsafeBufferPointer { PermissiveJSON.parse(bytes: $0) }
        if case .success(let value) = result { #expect(value["a"] != nil) }
    }

    @Test(arguments: [
        ("NUL in a string", "{\"a\":\"x\u{0}y\"}"),
        ("NUL outside strings", "{\"a\":1\u{0}}"),
        ("lone high surrogate escape", "{\"a\":\"\\uD800\"}"),
        ("lone low surrogate escape", "{\"a\":\"\\uDC00x\"}"),
        ("truncated escape", "{\"a\":\"\\u12\"}"),
        ("backslash at the end", "{\"a\":\"\\"),
        ("control characters", "{\"a\":\"\u{1}\u{2}\u{1B}\"}"),
        ("byte 0x1A", "{\"a\":1}\u{1A}garbage"),
        ("BOM", "\u{FEFF}{\"a\":1}"),
        ("only whitespace", " \n\t "),
        ("huge number", "{\"a\":" + repeated("9", 100_000) + "}"),
        ("huge exponent", "{\"a\":1e999999999999}"),
        ("huge fraction", "{\"a\":0." + repeated("1", 100_000) + "}"),
        ("huge key", "{\"" + repeated("k", 1_000_000) + "\":1}"),
        ("many keys", "{" + (0..<50_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"),
        ("duplicate keys", "{" + repeated("\"k\":1,", 50_000) + "\"k\":2}"),
    ])
    func oddBodiesRenderOrFailClearly(_ name: String, _ body: String) throws {
        for template in ["$input.json('$')", "$input.path('$')", "$input.json('$.a')", "$input.body.length()"] {
            let summary = try #require(finishing { runMapping(template, body: body) }, "did not finish: \(template)")
            if summary.reason != nil { #expect(summary.status == 400 || summary.status == 500) }
        }
    }

    @Test func hugeStringLiteral() throws {
        let literal = repeated("x", 5_000_000)
        let summary = try #require(finishing { run("#set($s = '\(literal)')$s.length()") }, "did not finish")
        #expect(summary.output == "5000000")
        #expect(summary.warnings.contains { $0.reason.contains("300 KB") })
    }

    @Test func hugeInterpolatedStringLiteral() throws {
        let literal = repeated("x$y\n", 100_000)
        let summary = try #require(finishing { run("#set($y = 'z')#set($s = \"\(literal)\")$s.length()") }, "did not finish")
        #expect(summary.output == "300000")
    }

    /// One line of 1.5 MB: every node's column is counted from the start of its line.
    @Test func hugeInterpolatedStringLiteralOnOneLine() throws {
        let literal = repeated("x${y}", 500_000)
        let summary = try #require(finishing { run("#set($y = 'z')#set($s = \"\(literal)\")$s.length()") }, "did not finish")
        #expect(summary.output == "1000000")
    }

    @Test(arguments: [
        ("integer", repeated("9", 100_000)),
        ("decimal", "1." + repeated("0", 100_000) + "1"),
        ("negative", "-" + repeated("9", 100_000)),
    ])
    func hugeNumberLiterals(_ name: String, _ literal: String) throws {
        let summary = try #require(finishing { run("#set($n = \(literal))$n") }, "did not finish")
        if let reason = summary.reason { #expect(!reason.isEmpty) }
    }

    @Test func hugeIdentifiers() throws {
        let name = repeated("a", 1_000_000)
        let summary = try #require(finishing { run("#set($\(name) = 1)$\(name) $x.\(name) $x.\(name)()") }, "did not finish")
        #expect(summary.reason == nil)
        #expect(summary.output.hasPrefix("1 "))
    }

    /// A 10 MB JSON body (one large string: many small objects are measured by scripts/bench).
    @Test func tenMegabyteBody() throws {
        let body = "{\"s\":\"" + repeated("x", 10_000_000) + "\",\"n\":1}"
        let summary = try #require(finishing {
            runMapping("$input.path('$.s').length() $input.json('$.s').length() $input.body.length() $input.path('$.n')", body: body)
        }, "did not finish")
        #expect(summary.reason == nil)
        #expect(summary.output == "10000000 10000002 10000014 1")
    }

    @Test func tenMegabyteNonJSONBody() throws {
        let body = repeated("a=1&b=2&", 1_250_000)
        let summary = try #require(finishing { runMapping("$input.body.length() $util.urlEncode($input.body).length()", body: body) },
                                   "did not finish")
        #expect(summary.output == "10000000 20000000")
    }
}
