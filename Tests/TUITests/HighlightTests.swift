import Testing
@testable import TUI

/// Renders tokens as `kind:text` pairs for readable expectations.
func describe(_ line: String, _ language: Language, state: LexState = LexState()) -> ([String], LexState) {
    let characters = Array(line)
    let (tokens, end) = Highlighter.tokens(characters, language: language, state: state)
    return (tokens.map { "\($0.kind):\(String(characters[$0.columns]))" }, end)
}

@Suite struct HighlightTests {
    @Test func vtlDirectivesReferencesStringsAndComments() {
        let (tokens, end) = describe("#set($a = \"x\" + 1) $a.b ## note", .vtl)
        #expect(tokens == ["directive:#set", "punctuation:(", "reference:$a", "punctuation:=", "string:\"x\"",
                           "punctuation:+", "number:1", "punctuation:)", "reference:$a.b", "comment:## note"])
        #expect(end == LexState())
    }

    @Test func vtlMethodCallsContinueTheReference() {
        let (tokens, _) = describe("$input.json('$.a').size() \\$x", .vtl)
        #expect(tokens == ["reference:$input.json", "punctuation:(", "string:'$.a'", "punctuation:)",
                           "reference:.size", "punctuation:(", "punctuation:)", "escape:\\$"])
    }

    @Test func vtlBracedAndSilentReferencesAndKeywords() {
        let (tokens, _) = describe("#{if}($!{x} == true)#{else}", .vtl)
        #expect(tokens == ["directive:#{if}", "punctuation:(", "reference:$!{x}", "punctuation:==",
                           "keyword:true", "punctuation:)", "directive:#{else}"])
    }

    @Test func vtlBlockCommentsSpanLines() {
        let (first, state) = describe("a #* start", .vtl)
        #expect(first == ["comment:#* start"])
        #expect(state.mode == .blockComment)
        let (second, after) = describe("still *# $b", .vtl, state: state)
        #expect(second == ["comment:still *#", "reference:$b"])
        #expect(after.mode == .text)
    }

    @Test func vtlArgumentsSpanLines() {
        let (_, state) = describe("#set($m = {", .vtl)
        #expect(state.mode == .code)
        #expect(state.depth == 2)
        let (tokens, end) = describe("  \"k\": 1})", .vtl, state: state)
        #expect(tokens == ["string:\"k\"", "punctuation::", "number:1", "punctuation:}", "punctuation:)"])
        #expect(end.mode == .text)
    }

    @Test func jsonKeysStringsNumbersAndLiterals() {
        let (tokens, _) = describe(#"{"a": "b", "n": -1.5e3, "t": true}"#, .json)
        #expect(tokens == ["punctuation:{", "key:\"a\"", "punctuation::", "string:\"b\"", "punctuation:,",
                           "key:\"n\"", "punctuation::", "number:-1.5e3", "punctuation:,", "key:\"t\"",
                           "punctuation::", "keyword:true", "punctuation:}"])
    }

    @Test func yamlKeysValuesAndComments() {
        let (tokens, _) = describe("- name: \"x\" # c", .yaml)
        #expect(tokens == ["punctuation:-", "key:name", "punctuation::", "string:\"x\"", "comment:# c"])
        #expect(describe("count: 3", .yaml).0 == ["key:count", "punctuation::", "number:3"])
    }

    @Test func editorCacheMatchesFullLexing() {
        var e = editor("#*\ncomment\n*#\n$x")
        e.cacheHighlighting(through: 3)
        #expect(e.tokens(ofLine: 1) == [Token(0..<7, .comment)])
        #expect(e.tokens(ofLine: 3) == [Token(0..<2, .reference)])
        e.place(at: .zero)
        e.deleteForward()
        #expect(e.tokens(ofLine: 1) == [])
    }
}

@Suite struct MatchingTests {
    func partners(_ text: String, at position: TextPosition, _ language: Language = .vtl) -> [String] {
        var e = editor(text, language: language)
        e.place(at: position)
        e.updatePartners()
        return e.partners.map { "\($0.start)-\($0.end)" }
    }

    @Test func bracketsForwardAndBackward() {
        let text = "f(a[1], (b))\n)"
        #expect(partners(text, at: TextPosition(line: 0, column: 1)) == ["0:1-0:2", "0:11-0:12"])
        #expect(partners(text, at: TextPosition(line: 0, column: 12)) == ["0:11-0:12", "0:1-0:2"])
        #expect(partners(text, at: TextPosition(line: 0, column: 3)) == ["0:3-0:4", "0:5-0:6"])
        #expect(partners(text, at: TextPosition(line: 1, column: 0)) == [])
    }

    @Test func ifElseEnd() {
        let text = "#if($a)\n #foreach($x in $l)#end\n#elseif($b)\n#else\n#{end}"
        #expect(partners(text, at: TextPosition(line: 0, column: 1))
                == ["0:0-0:3", "2:0-2:7", "3:0-3:5", "4:0-4:6"])
        #expect(partners(text, at: TextPosition(line: 4, column: 2)) == ["4:0-4:6", "0:0-0:3"])
        #expect(partners(text, at: TextPosition(line: 1, column: 2)) == ["1:1-1:9", "1:19-1:23"])
        #expect(partners(text, at: TextPosition(line: 3, column: 1)) == ["3:0-3:5", "0:0-0:3", "4:0-4:6"])
    }

    @Test func directivesInCommentsDoNotCount() {
        let text = "#if(1)\n## #end\n#end"
        #expect(partners(text, at: TextPosition(line: 0, column: 0)) == ["0:0-0:3", "2:0-2:4"])
    }
}
