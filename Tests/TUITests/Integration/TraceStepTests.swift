import Testing
import TUI

/// Each kind of trace event becomes a step with a readable title and its ranges.
@Suite struct TraceStepTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var template: String
        var title: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "reference", template: #"#set($x = "abc")$x"#, title: #"reference $x = "abc""#),
        Case(name: "set", template: "#set($n = 5)", title: "#set $n = 5"),
        Case(name: "if taken", template: "#if(true)yes#end", title: "#if condition true -> first branch"),
        Case(name: "if not taken", template: "#if(1 > 2)yes#end", title: "#if condition false -> skipped"),
        Case(name: "elseif", template: "#if(false)a#elseif(true)b#end", title: "#elseif condition true -> this branch"),
        Case(name: "else", template: "#if(false)a#{else}b#end", title: "#else -> else branch"),
        Case(name: "foreach", template: "#foreach($i in ['a','b','c','d','e'])$i#end", title: #"#foreach item 2 of 5: "b""#),
        Case(name: "util call", template: #"$util.urlEncode("a b")"#, title: #"call $util.urlEncode("a b") -> "a+b""#),
        Case(name: "call with a variable", template: #"#set($s = "a b")$util.urlEncode($s)"#,
             title: #"call $util.urlEncode("a b") -> "a+b""#),
        Case(name: "string method", template: #"#set($s = "abc")$s.toUpperCase()"#, title: #"call $s.toUpperCase() -> "ABC""#),
        Case(name: "break", template: "#foreach($i in [1,2])#break#end", title: "#break"),
        Case(name: "text", template: "plain", title: #"text "plain""#),
    ]

    @Test(arguments: cases) func titles(_ example: Case) {
        let report = PlaygroundRenderer().render(RenderInput(template: example.template, request: "{}", requestFormat: .json),
                                                 isCancelled: { false })
        #expect(report.trace.map(\.title).contains(example.title), "\(report.trace.map(\.title))")
    }

    @Test func stepsCarryTemplateAndOutputRanges() throws {
        let template = "ab $util.urlEncode('x y') cd"
        let report = PlaygroundRenderer().render(RenderInput(template: template, request: "{}", requestFormat: .json),
                                                 isCancelled: { false })
        let call = try #require(report.trace.first { $0.title.hasPrefix("call") })
        let range = try #require(call.templateRange)
        #expect(TraceTitleCase.slice(template, range).contains("urlEncode"))
        let reference = try #require(report.trace.first { $0.title.hasPrefix("reference") })
        #expect(TraceTitleCase.slice(report.output, reference.outputRange) == "x+y")
        #expect(reference.details.contains("at 1:4"))
        #expect(reference.details.contains(#"wrote "x+y""#))
    }

    @Test func nestedLoopsCountEachRun() {
        let template = "#foreach($a in [1,2])#foreach($b in [1,2,3])#end#end"
        let report = PlaygroundRenderer().render(RenderInput(template: template, request: "{}", requestFormat: .json),
                                                 isCancelled: { false })
        let inner = report.trace.map(\.title).filter { $0.contains("of 3") }
        #expect(inner.count == 6)
        #expect(report.trace.map(\.title).filter { $0.contains("of 2") }.count == 2)
    }
}
