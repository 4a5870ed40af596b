import Testing
import VTL

@Suite struct LimitsTests {
    func render(_ source: String, _ limits: Limits = Limits(), cancel: (@Sendable () -> Bool)? = nil) throws -> RenderResult {
        try Template(parsing: source, name: "t.vtl").render(options: RenderOptions(limits: limits, isCancelled: cancel))
    }

    @Test func foreachStopsSilentlyAfterTheLimitWithAWarning() throws {
        let result = try render("#foreach($i in [1..5])$i#end.", Limits(foreachIterations: 3))
        #expect(result.output == "123.")
        #expect(result.failure == nil)
        #expect(result.warnings.map(\.reason) == ["#foreach stopped after 3 iterations (API Gateway's limit); 2 items were skipped"])
        #expect(result.warnings.first?.severity == .warning)
    }

    @Test func apiGatewayDefaults() {
        let limits = Limits()
        #expect(limits.foreachIterations == 1000)
        #expect(limits.templateSizeWarning == 300 * 1024)
    }

    @Test func deepNestingFailsInsteadOfCrashing() throws {
        let source = String(repeating: "#if(true)", count: 50) + "x" + String(repeating: "#end", count: 50)
        let result = try render(source, Limits(maxDepth: 20))
        #expect(result.failure?.reason == "nesting deeper than 20 levels (limit maxDepth)")
    }

    @Test func selfReferencingDefineEndsLikeVelocity() throws {
        #expect(try render("#define($d)x$d#end$d").output == "xx$d")
    }

    @Test func outputSizeIsLimited() throws {
        let result = try render("#foreach($i in [1..100])abcdefghij#end", Limits(maxOutputBytes: 55))
        #expect(result.output.utf8.count == 55)
        #expect(result.failure?.reason == "the output exceeds 55 bytes (limit maxOutputBytes)")
    }

    @Test func stepBudgetStopsRunawayRenders() throws {
        let result = try render("#foreach($i in [1..900])#foreach($j in [1..900])#end#end", Limits(stepBudget: 10_000))
        #expect(result.failure?.reason == "the render took more than 10000 steps (limit stepBudget)")
    }

    @Test func cancellationIsPolled() throws {
        let result = try render("#foreach($i in [1..900])#foreach($j in [1..9])$i#end#end", cancel: { true })
        #expect(result.failure?.reason == "render cancelled")
    }

    @Test func largeTemplatesGetAWarning() throws {
        let result = try render(String(repeating: "x", count: 2048), Limits(templateSizeWarning: 1024))
        #expect(result.output.count == 2048)
        #expect(result.warnings.first?.reason == "the template is 2048 bytes; API Gateway rejects mapping templates larger than 1 KB")
    }
}

@Suite struct RecursionGuardTests {
    @Test(arguments: [
        ("parentheses", "#if(" + String(repeating: "(", count: 5000) + "true" + String(repeating: ")", count: 5000) + ")x#end"),
        ("blocks", String(repeating: "#if(true)", count: 5000) + String(repeating: "#end", count: 5000)),
        ("lists", "#set($l = " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + ")"),
        ("negations", "#if(" + String(repeating: "!", count: 5000) + "true)x#end"),
        ("operator chain", "#set($n = 1" + String(repeating: " + 1", count: 5000) + ")"),
    ])
    func deepNestingIsAParseError(_ name: String, _ source: String) {
        #expect(throws: Diagnostic.self) { try Template(parsing: source) }
    }

    @Test func stringGrowthIsLimited() throws {
        let template = try Template(parsing: "#set($s = 'ab')#foreach($i in [1..40])#set($s = $s + $s)#end")
        let result = template.render(options: RenderOptions(limits: Limits(maxOutputBytes: 1 << 20)))
        #expect(result.failure?.reason == "a string grew beyond 1048576 bytes (limit maxOutputBytes)")
    }

    @Test func interpolationGrowthIsLimited() throws {
        let template = try Template(parsing: "#set($s = 'ab')#foreach($i in [1..40])#set($s = \"$s$s\")#end")
        let result = template.render(options: RenderOptions(limits: Limits(maxOutputBytes: 1 << 20)))
        #expect(result.failure?.reason == "the output exceeds 1048576 bytes (limit maxOutputBytes)")
    }
}
