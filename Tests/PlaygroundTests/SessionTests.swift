import APIGateway
import Foundation
import Testing
import VTL
@testable import Playground

struct SessionTests {
    static let request = """
        body: '{"Price": "249.99", "Age": "6"}'
        querystring:
          name: Bella
        stageVariables:
          env: prod
        """

    func session(_ template: String, request: String = SessionTests.request) -> Session {
        Session(template: Document(text: template), requestDocument: Document(text: request, path: "req.yaml"))
    }

    @Test func rendersTheDocumentedExample() {
        let outcome = session("{ \"name\" : \"$input.params('name')\", \"body\" : $input.json('$') }").render()
        #expect(outcome.output == "{ \"name\" : \"Bella\", \"body\" : {\"Price\":\"249.99\",\"Age\":\"6\"} }")
        #expect(outcome.status == 200)
        #expect(outcome.json == .valid)
        #expect(outcome.diagnostics.isEmpty && outcome.warnings.isEmpty)
        #expect(outcome.trace?.events.isEmpty == false)
    }

    @Test func templateSyntaxErrorIs500WithItsPosition() {
        let outcome = session("ok\n#set($x = )").render()
        #expect(outcome.status == 500)
        #expect(outcome.errorMessage == "Internal server error")
        #expect(outcome.diagnostics.map(\.range.start.line) == [2])
        #expect(outcome.diagnostics.map(\.range.start.column) == [11])
    }

    @Test func unparsableBodyIs400() {
        let outcome = session("$input.json('$')", request: "body: '{\"a\": '").render()
        #expect(outcome.status == 400)
        #expect(outcome.errorMessage?.hasPrefix("Could not process payload") == true)
    }

    @Test func responseOverrideSetsTheStatus() {
        #expect(session("#set($context.responseOverride.status = 404)").render().status == 404)
    }

    @Test func badRequestFileRendersNothing() {
        let outcome = session("x", request: "body: [unclosed").render()
        #expect(outcome.status == nil)
        #expect(outcome.diagnostics.first?.templateName == "req.yaml")
        #expect(outcome.diagnostics.first?.reason.isEmpty == false)
    }

    @Test func warnsAboutMacrosEscapedQuotesAndLoops() {
        let outcome = session("#macro(m)x#end{\"q\": \"$util.escapeJavaScript(\"it's\")\"}#foreach($i in [1..1001])#end").render()
        #expect(outcome.output == "{\"q\": \"it\\'s\"}")
        #expect(outcome.json == .invalid(reason: "invalid escape '\\''", line: 1, column: 10))
        let reasons = outcome.warnings.map(\.reason)
        #expect(reasons.count == 3)
        #expect(reasons.contains { $0.hasPrefix("API Gateway does not run inline macros") })
        #expect(reasons.contains { $0.hasPrefix("the output has \\' (output line 1, column 10)") })
        #expect(outcome.warnings.first { $0.reason.hasPrefix("the output has") }?.range.start.column == 22)
    }

    @Test func warnsAboutTemplatesOver300KB() {
        let outcome = session(String(repeating: "x", count: 300 * 1024 + 1)).render()
        #expect(outcome.status == 200)
        #expect(outcome.warnings.count == 1)
        #expect(outcome.warnings.first?.severity == .warning)
    }

    @Test func variablesTreeHasGatewayVariablesThenSetOnes() {
        let outcome = session("#set($total = 3)#set($names = ['a'])").render()
        #expect(outcome.variables.map(\.name) == ["context", "input", "stageVariables", "util", "names", "total"])
        let flat = outcome.variables.flatMap(\.flattened)
        #expect(flat.contains { $0.path == "$context.identity.sourceIp" && $0.typeName == "String" && $0.rendered == "192.0.2.1" })
        #expect(flat.contains { $0.path == "$stageVariables.env" && $0.rendered == "prod" })
        #expect(flat.contains { $0.path == "$input.body" && $0.rendered == "{\"Price\": \"249.99\", \"Age\": \"6\"}" })
        #expect(flat.contains { $0.path == "$input.params().querystring.name" && $0.rendered == "Bella" })
        #expect(flat.contains { $0.path == "$names[0]" && $0.typeName == "String" })
        #expect(flat.last == VariableNode(name: "total", path: "$total", typeName: "Integer", rendered: "3"))
    }

    @Test func cancellationStopsTheRender() {
        let outcome = session("#foreach($i in [1..1000])#foreach($j in [1..1000])$j#end#end").render(isCancelled: { true })
        #expect(outcome.status == 500)
        #expect(outcome.diagnostics.first?.reason == "render cancelled")
    }

    @Test func stepBudgetIsALimit() {
        let s = session("#foreach($i in [1..1000])#foreach($j in [1..1000])$j#end#end")
        s.settings.limits.stepBudget = 10_000
        #expect(s.render().diagnostics.first?.reason.contains("limit stepBudget") == true)
    }

    @Test func editingTheRequestRewritesItsText() {
        let s = session("$input.params('name') $input.params('h')")
        var request = s.request
        request.headers["h"] = "v"
        s.setRequest(request)
        #expect(s.requestDocument.isDirty)
        #expect(s.requestDocument.text.contains("\"headers\": {\n    \"h\": \"v\"\n  }"))
        #expect(s.render().output == "Bella v")
        let reparsed = Session(requestDocument: Document(text: s.requestDocument.text))
        #expect(reparsed.requestError == nil)
        #expect(reparsed.request.headers == ["h": "v"])
    }

    @Test func openAndSaveFiles() throws {
        let folder = NSTemporaryDirectory() + "vtlplay-session-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileStore.writeAtomically("$stageVariables.env", to: folder + "/t.vtl")
        try FileStore.writeAtomically(SessionTests.request, to: folder + "/r.yaml")
        let s = Session()
        try s.openTemplate(folder + "/t.vtl")
        try s.openRequest(folder + "/r.yaml")
        #expect(s.render().output == "prod")
        s.template.text += "!"
        #expect(s.template.isDirty)
        try s.saveTemplate()
        #expect(try FileStore.read(folder + "/t.vtl") == "$stageVariables.env!")
        #expect(!s.template.isDirty)
    }
}
