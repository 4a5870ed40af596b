import Testing
import TUI

/// The real engine behind the playground: requests, diagnostics, trace titles, variables.
@Suite struct PlaygroundRendererTests {
    let renderer = PlaygroundRenderer()

    func render(_ template: String, request: String = "{}", format: RequestFormat = .json) -> RenderReport {
        renderer.render(RenderInput(template: template, request: request, requestFormat: format), isCancelled: { false })
    }

    @Test func rendersWithTheRequest() {
        let report = render(#"{"name": "$input.params('name')", "n": $input.path('$.n')}"#,
                            request: #"{"querystring": {"name": "Ada"}, "body": "{\"n\": 3}"}"#)
        #expect(report.output == #"{"name": "Ada", "n": 3}"#)
        #expect(report.status == 200)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func readsYAMLRequests() {
        let report = render("$input.params('q')", request: "querystring:\n  q: yaml\n", format: .yaml)
        #expect(report.output == "yaml")
    }

    @Test func aBlankRequestIsTheDefaultRequest() {
        #expect(render("[$input.body]", request: " \n").output == "[{}]")
    }

    @Test func aBadRequestIsADiagnosticOnTheRequest() throws {
        let request = "{\n  \"body\": 12\n}"
        let report = render("x", request: request)
        #expect(report.output == "")
        #expect(report.status == nil)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.source == .request)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.message.contains("body"))
        let range = try #require(diagnostic.range)
        #expect(range.lowerBound > 1 && range.lowerBound < request.utf8.count)
    }

    @Test func aJSONSyntaxErrorInTheRequestHasItsPosition() throws {
        let report = render("x", request: "{\n  \"body\": \"a\",,\n}")
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.source == .request)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column > 1)
    }

    @Test func aTemplateErrorHasItsLineColumnAndBytes() throws {
        let template = "ok\n#if("
        let report = render(template)
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.source == .template)
        #expect(diagnostic.line == 2)
        #expect(report.status == 500)
        #expect(report.errorMessage != nil)
        #expect(diagnostic.range.map { $0.lowerBound >= 3 } == true)
    }

    @Test func aRuntimeErrorKeepsTheOutputSoFar() throws {
        let template = "before\n  $util.parseJson('{bad') after"
        let report = render(template)
        #expect(report.status == 500)
        #expect(report.output.hasPrefix("before"))
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.line == 2 && diagnostic.column == 8)
        let range = try #require(diagnostic.range)
        #expect(range.lowerBound == 14)
    }

    @Test func pitfallsArePositionedWarnings() throws {
        let template = "#macro(m)x#end\n#m()"
        let report = render(template)
        let warning = try #require(report.diagnostics.first { $0.severity == .warning })
        #expect(warning.source == .template)
        #expect(warning.range != nil)
    }

    @Test func variablesAreATree() throws {
        let report = render("#set($list = [1, 'b'])#set($name = 'x')")
        #expect(report.variables.prefix(4).map(\.name) == ["context", "input", "stageVariables", "util"])
        let list = try #require(report.variables.first { $0.name == "list" })
        #expect(list.path == "$list")
        #expect(list.children.map(\.path) == ["$list[0]", "$list[1]"])
        #expect(report.variables.first { $0.name == "name" }?.value == "x")
    }

    @Test func aCancelledRenderStopsEarly() {
        let template = "#foreach($i in [1..1000000])$i#end"
        let report = renderer.render(RenderInput(template: template, request: "{}", requestFormat: .json),
                                     isCancelled: { true })
        #expect(report.output.utf8.count < 100_000)
    }

    @Test func elapsedTimeIsMeasured() {
        #expect(render("#foreach($i in [1..200])$i#end").elapsed > .zero)
    }
}

/// Helpers shared by the integration tests.
enum TraceTitleCase {
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range.clamped(to: 0..<text.utf8.count)], as: UTF8.self)
    }
}
