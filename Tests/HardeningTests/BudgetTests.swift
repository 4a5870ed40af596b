import Testing
import VTL

/// Work that would take forever or fill memory ends quickly with a limit diagnostic.
@Suite struct BudgetTests {
    /// A smaller budget than the default keeps the debug-build test fast; scripts/bench
    /// measures how long the default budget takes in a release build.
    static let testBudget = Limits(stepBudget: 200_000)

    @Test func tripleNestedLoopsHitTheStepBudget() throws {
        let source = "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#set($x = $k)#end#end#end done"
        let summary = try #require(finishing { run(source, limits: Self.testBudget) }, "did not finish")
        let failure = try #require(summary.failure, "rendered \(summary.output.prefix(80).debugDescription)")
        #expect(failure.reason.contains("stepBudget"))
        #expect(failure.range.start.line == 1)
        #expect(!summary.output.contains("done"))
    }

    @Test func tripleNestedLoopsWithOutputHitABudget() throws {
        let source = "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])$i,$j,$k;#end#end#end"
        let summary = try #require(finishing { run(source, limits: Self.testBudget) }, "did not finish")
        let failure = try #require(summary.failure)
        #expect(failure.reason.contains("stepBudget") || failure.reason.contains("maxOutputBytes"))
    }

    @Test func outputBudgetStopsAFloodOfText() throws {
        let line = repeated("x", 1000)
        let source = "#foreach($i in [1..1000])#foreach($j in [1..1000])\(line)#end#end"
        let limits = Limits(maxOutputBytes: 1 << 20)
        let summary = try #require(finishing { run(source, limits: limits) }, "did not finish")
        let failure = try #require(summary.failure)
        #expect(failure.reason.contains("maxOutputBytes"))
        #expect(summary.output.utf8.count == 1 << 20)
    }

    @Test func foreachStopsAtAThousandWithAWarning() throws {
        let summary = try #require(finishing { run("#foreach($i in [1..5000])#set($last = $i)#end$last") })
        #expect(summary.failure == nil)
        #expect(summary.output == "1000")
        #expect(!summary.warnings.isEmpty)
    }

    @Test(arguments: [
        "#set($r = [1..2147483647])$r.size()",
        "#set($r = [-2147483648..2147483647])$r.size()",
        "#foreach($i in [1..2147483647])#end done",
    ])
    func hugeRangesAreBounded(_ source: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        if let reason = summary.reason { #expect(reason.contains("limit") || reason.contains("range"), "unclear: \(reason)") }
    }

    /// String doubling: 2^40 bytes if unbounded.
    @Test func doublingAStringIsBounded() throws {
        let source = "#set($s = 'xxxxxxxxxx')#foreach($i in [1..40])#set($s = \"$s$s\")#end$s.length()"
        let summary = try #require(finishing { run(source) }, "did not finish")
        let reason = try #require(summary.reason, "rendered \(summary.output.prefix(40))")
        #expect(reason.contains("limit"), "unclear: \(reason)")
    }

    /// List doubling through `addAll`: 2^1000 elements if unbounded.
    @Test
    func doublingAListIsBounded() throws {
        let source = "#set($l = [1])#foreach($i in [1..1000])#set($ok = $l.addAll($l))#end$l.size()"
        let summary = try #require(finishing { run(source) }, "did not finish")
        let reason = try #require(summary.reason, "rendered \(summary.output.prefix(40))")
        #expect(reason.contains("limit"), "unclear: \(reason)")
    }

    /// Velocity stops expanding a `#define` that refers to itself and prints the
    /// innermost reference as written (outputs from the oracle).
    @Test(arguments: [
        ("#define($a)a$a#end$a", "aa$a"),
        ("#define($a)$a$a#end$a", "$a$a$a$a"),
        ("#define($a)[$b]#end#define($b)($a)#end$a", "[([($a)])]"),
    ])
    func selfReferencingDefinesEndLikeVelocity(_ source: String, _ expected: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        #expect(summary.reason == nil)
        #expect(summary.output == expected)
    }

    @Test(arguments: [
        ("list containing itself", "#set($l = [])#set($ok = $l.add($l))$l", "[(this Collection)]"),
        ("map containing itself", "#set($m = {})#set($m.self = $m)$m", "{self=(this Map)}"),
        ("list-map cycle", "#set($l = [])#set($m = {'l': $l})#set($ok = $l.add($m))$l.size()", "1"),
        ("cycle printed", "#set($a = [])#set($b = [$a])#set($ok = $a.add($b))$a.size()", "1"),
    ])
    func cyclicValuesPrint(_ name: String, _ source: String, _ expected: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        #expect(summary.reason == nil)
        #expect(summary.output == expected)
    }

    /// Java overflows its stack on these (Velocity fails the render); vtlplay must fail clearly, not crash.
    @Test(arguments: [
        ("cycle compared", "#set($a = [])#set($b = [])#set($ok = $a.add($b))#set($ok = $b.add($a))#if($a == $b)eq#end"),
        ("cycle hashed", "#set($a = [])#set($b = [$a])#set($ok = $a.add($b))$a.hashCode()"),
    ])
    func cyclicValuesCompareAndHashWithoutCrashing(_ name: String, _ source: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        if let reason = summary.reason { #expect(!reason.isEmpty) }
    }

    @Test func cancellationStopsARender() throws {
        let source = "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end"
        let summary = try #require(finishing {
            let template = try! Template(parsing: source)
            let result = template.render(options: RenderOptions(limits: Limits(stepBudget: .max), isCancelled: { true }))
            return Summary(failure: result.failure, output: result.output, warnings: result.warnings)
        }, "did not finish")
        #expect(summary.failure?.reason == "render cancelled")
    }
}
