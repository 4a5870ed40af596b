import Testing
import VTL

@Suite struct TraceTests {
    @Test func noTraceUnlessAsked() throws {
        #expect(try Template(parsing: "a$b").render().trace == nil)
    }

    @Test func recordsEachStepWithSourceAndOutputRanges() throws {
        let template = try Template(parsing: "a$x#set($y = 2)#if($y == 2)b#{else}c#end#foreach($i in [7])$i#end")
        let trace = try #require(template.render(globals: ["x": .string("X")], options: RenderOptions(recordTrace: true)).trace)
        let kinds = trace.events.map(\.kind)
        #expect(kinds == [
            .text,
            .reference(source: "$x", value: ValueSnapshot(rendered: "X", typeName: "java.lang.String")),
            .set(target: "$y", value: ValueSnapshot(rendered: "2", typeName: "java.lang.Integer")),
            .condition(value: true, taken: true),
            .text,
            .iteration(item: ValueSnapshot(rendered: "7", typeName: "java.lang.Integer"), index: 0),
            .reference(source: "$i", value: ValueSnapshot(rendered: "7", typeName: "java.lang.Integer")),
        ])
        #expect(trace.events.map(\.outputRange) == [0..<1, 1..<2, 2..<2, 2..<2, 2..<3, 3..<3, 3..<4])
        #expect(trace.events[1].sourceRange.start.column == 2)
        #expect(trace.events[1].sourceRange.end.column == 4)
    }

    @Test func recordsMethodCallsOnHostObjects() throws {
        let template = try Template(parsing: "$h.echo('q')")
        let trace = try #require(template.render(globals: ["h": .host(FakeHost())], options: RenderOptions(recordTrace: true)).trace)
        #expect(trace.events.first?.kind == .methodCall(name: "echo", arguments: [ValueSnapshot(rendered: "q", typeName: "java.lang.String")],
                                                          result: ValueSnapshot(rendered: "<q>", typeName: "java.lang.String")))
    }

    @Test func recordsElseBranches() throws {
        let trace = try #require(try Template(parsing: "#if(false)a#{else}b#end").render(options: RenderOptions(recordTrace: true)).trace)
        #expect(trace.events.map(\.kind) == [.condition(value: false, taken: false), .elseBranch, .text])
    }
}
