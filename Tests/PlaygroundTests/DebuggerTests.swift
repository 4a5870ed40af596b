import APIGateway
import Testing
import VTL
@testable import Playground

/// The debugger core over recorded traces: every move forwards and backwards.
struct DebuggerTests {
    /// Three names, a comma between them.
    static let loop = """
        #set($items = $input.path('$.items'))
        {"names": [
        #foreach($item in $items)
          "$item.name"#if($foreach.hasNext),#end
        #end
        ], "count": $items.size()}
        """

    static func request(_ body: String = #"{"items": [{"name": "Ada", "age": 36}, {"name": "Bob", "age": 17}, {"name": "Cy", "age": 52}]}"#) -> MethodRequest {
        var request = MethodRequest()
        request.body = body
        return request
    }

    static func debugger(_ template: String = loop, body: String? = nil) -> Debugger {
        Debugger(template: template, request: body.map { request($0) } ?? request())
    }

    static func value(_ evaluation: Evaluation) -> String? {
        guard case .value(let value, _) = evaluation else { return nil }
        return VariablesTree.rendered(value)
    }

    static func `is`(_ step: TraceEvent?, _ kind: (TraceEvent.Kind) -> Bool) -> Bool {
        step.map { kind($0.kind) } ?? false
    }

    @Test func recordsTheRenderAndStartsBeforeTheFirstStep() {
        let debugger = Self.debugger()
        #expect(debugger.outcome.output.contains(#""Ada","#))
        #expect(debugger.position == 0)
        #expect(debugger.outputSoFar == "")
        #expect(debugger.map.count == debugger.trace.events.count)
    }

    @Test func stepIntoAndBackVisitEveryStep() {
        let debugger = Self.debugger()
        var seen: [Int] = []
        while debugger.move(.into) == .moved { seen.append(debugger.position) }
        #expect(seen == Array(1...debugger.map.count))
        #expect(debugger.outputSoFar == debugger.outcome.output)
        #expect(debugger.move(.into) == .end)
        #expect(debugger.move(.into, forward: false) == .moved)
        #expect(debugger.position == debugger.map.count - 1)
        debugger.move(.step(1))
        #expect(debugger.move(.into, forward: false) == .moved)
        #expect(debugger.position == 0)
        #expect(debugger.move(.into, forward: false) == .start)
    }

    @Test func breakpointsContinueAndReverse() throws {
        let debugger = Self.debugger()
        let breakpoint = try debugger.addBreakpoint(line: 4)
        #expect(debugger.move(.breakpoint) == .breakpoint(breakpoint.id))
        #expect(debugger.map.line(at: debugger.position) == 4)
        #expect(Self.value(debugger.evaluate("$item.name")) == "Ada")
        debugger.move(.breakpoint)
        #expect(Self.value(debugger.evaluate("$item.name")) == "Bob")
        debugger.move(.breakpoint)
        #expect(Self.value(debugger.evaluate("$item.name")) == "Cy")
        #expect(debugger.move(.breakpoint) == .end)
        #expect(debugger.position == debugger.map.count)
        #expect(debugger.move(.breakpoint, forward: false) == .breakpoint(breakpoint.id))
        #expect(Self.value(debugger.evaluate("$item.name")) == "Cy")
        debugger.move(.breakpoint, forward: false)
        #expect(Self.value(debugger.evaluate("$item.name")) == "Bob")
        #expect(debugger.deleteBreakpoint(breakpoint.id))
        #expect(debugger.move(.breakpoint, forward: false) == .start)
        #expect(debugger.position == 0)
    }

    @Test func conditionalBreakpointsStopWhereTheConditionHolds() throws {
        let debugger = Self.debugger()
        try debugger.addBreakpoint(line: 4, condition: "$item.age < 20")
        #expect(debugger.move(.breakpoint) == .breakpoint(1))
        #expect(Self.value(debugger.evaluate("$item.name")) == "Bob")
        #expect(debugger.move(.breakpoint) == .end)
        #expect(debugger.move(.breakpoint, forward: false) == .breakpoint(1))
        #expect(Self.value(debugger.evaluate("$item.name")) == "Bob")
        #expect(debugger.move(.breakpoint, forward: false) == .start)
    }

    @Test func aConditionThatDoesNotParseIsRefused() {
        let debugger = Self.debugger()
        #expect(throws: ConditionError.self) { try debugger.addBreakpoint(line: 4, condition: "$item.age <") }
        #expect(debugger.breakpoints.isEmpty)
    }

    @Test func aConditionThatFailsStopsWithItsReason() throws {
        let debugger = Self.debugger()
        try debugger.addBreakpoint(line: 4, condition: "$item.name.substring(9) == ''")
        guard case .conditionFailed(1, let reason) = debugger.move(.breakpoint) else {
            Issue.record("expected a failed condition")
            return
        }
        #expect(reason.contains("StringIndexOutOfBoundsException"))
    }

    @Test func nextStepsOverAWholeIterationAndBack() {
        let debugger = Self.debugger()
        debugger.move(.line(3))
        while !Self.is(debugger.currentStep, { if case .iteration = $0 { true } else { false } }) && debugger.position < debugger.map.count { debugger.move(.into) }
        let first = debugger.position
        #expect(Self.value(debugger.evaluate("$item.name")) == "Ada")
        debugger.move(.over)
        guard case .iteration(_, 1) = debugger.currentStep?.kind else {
            Issue.record("next from an iteration should reach the next iteration, got \(String(describing: debugger.currentStep))")
            return
        }
        #expect(debugger.outputSoFar.hasSuffix(#""Ada","#))
        debugger.move(.over, forward: false)
        #expect(debugger.position == first)
    }

    @Test func nextStepsOverAnIfBody() {
        let debugger = Self.debugger("#if(true)a#if(true)b#end c#end")
        debugger.move(.step(2))
        #expect(debugger.currentStep?.depth == 2)
        #expect(debugger.outputSoFar == "a")
        debugger.move(.over)
        #expect(debugger.currentStep?.depth == 2)
        #expect(debugger.outputSoFar == "a")
        debugger.move(.over)
        #expect(debugger.outputSoFar == "ab c")
        debugger.move(.over, forward: false)
        #expect(debugger.outputSoFar == "a")
    }

    @Test func finishLeavesTheWholeLoopAndRfinishGoesBeforeIt() {
        let debugger = Self.debugger()
        debugger.move(.line(4))
        let inside = debugger.position
        #expect(debugger.move(.out) == .moved)
        #expect(debugger.map.line(at: debugger.position) == 6)
        #expect(debugger.outputSoFar.contains(#""Cy""#))
        debugger.move(.step(inside))
        #expect(debugger.move(.out, forward: false) == .moved)
        #expect(debugger.map.line(at: debugger.position) == 2)
        if case .iteration = debugger.currentStep?.kind { Issue.record("rfinish should stop before the loop") }
    }

    @Test func finishInsideAnIfBodyStopsAfterTheBlock() {
        let debugger = Self.debugger("#if(true)a$x#set($x = 1)b#end$x")
        debugger.move(.step(3))
        #expect(debugger.currentStep?.depth == 2)
        debugger.move(.out)
        #expect(debugger.currentStep?.depth == 1)
        #expect(debugger.outputSoFar == "ab1")
        #expect(debugger.move(.out) == .end)
    }

    @Test func nestedLoopsHaveTheirScopes() {
        let template = """
            #foreach($row in [1, 2])
            #foreach($col in ["a", "b", "c"])
            $row$col
            #end|
            #end
            """
        let debugger = Self.debugger(template)
        debugger.move(.line(3))
        debugger.move(.line(3))
        debugger.move(.line(3))
        debugger.move(.line(3))
        #expect(Self.value(debugger.evaluate("$row")) == "2")
        #expect(Self.value(debugger.evaluate("$col")) == "a")
        #expect(Self.value(debugger.evaluate("$foreach.count")) == "1")
        #expect(Self.value(debugger.evaluate("$foreach.parent.count")) == "2")
        let rows = debugger.scope().rows
        let row = { (name: String) in rows.first { $0.name == name } }
        #expect(row("$col")?.rendered == "a")
        #expect(row("$col")?.typeName == "java.lang.String")
        #expect(row("$row")?.typeName == "java.lang.Integer")
        #expect(row("$foreach.index")?.rendered == "0")
        #expect(row("$foreach.hasNext")?.rendered == "true")
        #expect(row("$foreach.first")?.rendered == "true")
        #expect(row("$foreach.last")?.rendered == "false")
        #expect(row("$foreach.parent.count")?.rendered == "2")
        // Inner loop once more, then out of it: the loop variable is gone again.
        debugger.move(.out)
        #expect(debugger.scope().rows.contains { $0.name == "$col" } == false)
    }

    @Test func scopeShowsWhatTheStepChanged() {
        let debugger = Self.debugger("#set($name = 'Ada')#set($name = 'Bob')$name")
        #expect(debugger.scope().rows.isEmpty)
        debugger.move(.into)
        #expect(debugger.scope().rows == [ScopeRow(name: "$name", rendered: "Ada", typeName: "java.lang.String", change: .new)])
        debugger.move(.into)
        #expect(debugger.scope().rows == [ScopeRow(name: "$name", rendered: "Bob", typeName: "java.lang.String", change: .changed(was: "Ada"))])
        debugger.move(.into)
        #expect(debugger.scope().rows.first?.change == .unchanged)
    }

    @Test func valuesAreThoseOfTheStepNotOfTheEnd() {
        let debugger = Self.debugger("#set($list = [])#set($ok = $list.add(1))#set($ok = $list.add(2))$list")
        debugger.move(.step(1))
        #expect(Self.value(debugger.evaluate("$list")) == "[]")
        debugger.move(.line(1))
        debugger.move(.step(3))
        #expect(Self.value(debugger.evaluate("$list")) == "[1]")
        #expect(Self.value(debugger.evaluate("$list.size()")) == "1")
    }

    @Test func watchesFollowTheCurrentStep() throws {
        let debugger = Self.debugger()
        debugger.addWatch("$item.name")
        debugger.addWatch("$foreach.count")
        try debugger.addBreakpoint(line: 4)
        debugger.move(.breakpoint)
        debugger.move(.breakpoint)
        let values = debugger.watchValues().map { Self.value($0.value) }
        #expect(values == ["Bob", "2"])
        debugger.move(.step(0))
        guard case .value(.null, defined: false) = debugger.watchValues()[0].value else {
            Issue.record("before the loop $item is undefined")
            return
        }
        #expect(debugger.deleteWatch(1))
        #expect(debugger.watches == ["$foreach.count"])
    }

    @Test func runToLineForwardsAndBackwards() {
        let debugger = Self.debugger()
        #expect(debugger.move(.line(6)) == .moved)
        #expect(debugger.map.line(at: debugger.position) == 6)
        #expect(debugger.move(.line(4), forward: false) == .moved)
        #expect(Self.value(debugger.evaluate("$item.name")) == "Cy")
        #expect(debugger.move(.line(99)) == .end)
    }

    @Test func gotoClampsToTheRender() {
        let debugger = Self.debugger()
        debugger.move(.step(5))
        #expect(debugger.position == 5)
        debugger.move(.step(1_000_000))
        #expect(debugger.position == debugger.map.count)
        debugger.move(.step(-3))
        #expect(debugger.position == 0)
    }

    @Test func stepOverADefineExpansion() {
        let debugger = Self.debugger("#define($greet)Hello #if(true)$name#end#end#set($name = 'Ada')$greet!")
        debugger.move(.into)
        #expect(debugger.currentStep?.depth == 1)
        debugger.move(.over)
        guard case .reference(let source, _) = debugger.currentStep?.kind else {
            Issue.record("next should step over the whole #define expansion, got \(String(describing: debugger.currentStep))")
            return
        }
        #expect(source == "$greet")
    }
}
