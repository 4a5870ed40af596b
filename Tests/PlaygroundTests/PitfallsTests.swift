import Testing
import VTL
@testable import Playground

struct PitfallsTests {
    @Test func macroDefinitionsOutsideComments() {
        let template = "## #macro in a comment\n#* #macro *#\n  #macro(hi)x#end #{macro}(b)#end #macros"
        let warnings = Pitfalls.macros(in: template, name: "t.vtl")
        #expect(warnings.map(\.range.start.line) == [3, 3])
        #expect(warnings.map(\.range.start.column) == [3, 19])
        #expect(warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func escapedQuoteInJSONOutputPointsAtTheCall() {
        let template = "{\"name\": \"$util.escapeJavaScript($input.body)\"}"
        let warnings = Pitfalls.escapedQuotes(output: "{\"name\": \"it\\'s\"}", template: template, name: "t.vtl", trace: nil)
        #expect(warnings.count == 1)
        #expect(warnings.first?.range.start.column == 17)
        #expect(warnings.first?.reason.contains("output line 1, column 13") == true)
        #expect(Pitfalls.escapedQuotes(output: "it\\'s", template: template, name: "t", trace: nil).isEmpty)
    }

    @Test func positionsCountScalarsAndLineEnds() {
        let text = "é\r\nab\rc\nd"
        #expect(SourceText.position(ofByte: 0, in: text) == SourcePosition(offset: 0, line: 1, column: 1))
        #expect(SourceText.position(ofByte: 2, in: text) == SourcePosition(offset: 2, line: 1, column: 2))
        #expect(SourceText.position(ofByte: 4, in: text) == SourcePosition(offset: 4, line: 2, column: 1))
        #expect(SourceText.position(ofByte: 5, in: text) == SourcePosition(offset: 5, line: 2, column: 2))
        #expect(SourceText.position(ofByte: 7, in: text) == SourcePosition(offset: 7, line: 3, column: 1))
        #expect(SourceText.position(ofByte: 9, in: text) == SourcePosition(offset: 9, line: 4, column: 1))
        #expect(SourceText.position(ofByte: 99, in: text) == SourcePosition(offset: 10, line: 4, column: 2))
    }
}
