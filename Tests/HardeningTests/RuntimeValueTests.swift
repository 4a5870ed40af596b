import Testing
import VTL

/// Values a template builds at run time: nested a million levels deep (freed
/// without recursion) or containing themselves (printed as Java prints them,
/// or a `StackOverflowError` where Java overflows its stack).
@Suite struct RuntimeValueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let source: String
        var testDescription: String { name }
    }

    /// Each builds 50,000 levels and then lets the value go.
    static let deepValues: [Case] = [
        Case(name: "list in list", source: "#set($l=[])#foreach($i in [1..50])#foreach($j in [1..1000])#set($l=[$l])#end#end ok"),
        Case(name: "map in map", source: "#set($m={})#foreach($i in [1..50])#foreach($j in [1..1000])#set($m={\"k\": $m})#end#end ok"),
        Case(name: "add", source: "#set($l=[])#foreach($i in [1..50])#foreach($j in [1..1000])#set($n=[])#set($_=$n.add($l))#set($l=$n)#end#end ok"),
        Case(name: "entry sets", source: "#set($m={})#foreach($i in [1..50])#foreach($j in [1..1000])#set($n={})#set($_=$n.put(\"k\", $m.entrySet()))#set($m=$n)#end#end ok"),
        Case(name: "values views", source: "#set($m={})#foreach($i in [1..50])#foreach($j in [1..1000])#set($n={})#set($_=$n.put(\"k\", $m.values()))#set($m=$n)#end#end ok"),
        Case(name: "entries", source: "#set($e=0)#foreach($i in [1..50])#foreach($j in [1..1000])#set($n={\"k\": $e})#foreach($x in $n.entrySet())#set($e=$x)#end#end#end ok"),
    ]

    @Test(arguments: deepValues)
    func deeplyNestedValuesAreFreed(_ c: Case) throws {
        let summary = try #require(finishing { run(c.source, limits: Limits(stepBudget: 50_000_000)) }, "did not finish")
        #expect(summary.reason == nil)
        #expect(summary.output == " ok")
    }

    @Test(arguments: deepValues)
    func deeplyNestedValuesDoNotPrint(_ c: Case) throws {
        let source = c.source.replacingOccurrences(of: " ok", with: "$l$m$e")
        let summary = try #require(finishing { run(source, limits: Limits(stepBudget: 50_000_000)) }, "did not finish")
        #expect(summary.failure?.reason == "java.lang.StackOverflowError")
    }

    /// Checked against Velocity 1.7 (the oracle): each fails with StackOverflowError.
    @Test(arguments: [
        "#set($m = {})$m.put(\"k\", $m.entrySet())$m",
        "#set($m = {})$m.put(\"k\", $m.entrySet())$m.toString()",
        "#set($m = {})$m.put(\"k\", $m.entrySet())#set($s = \"a$m\")",
        "#set($a = [])#set($b = [$a])$a.add($b)$a",
        "#set($a = [])#set($b = {\"a\": $a})$a.add($b)$a.hashCode()",
        "#set($a = [])#set($b = [$a, $a])$a.add($b)$a.add($b)$a",
    ])
    func deeperCyclesAreStackOverflows(_ source: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        let failure = try #require(summary.failure, "rendered \(summary.output.prefix(80).debugDescription)")
        #expect(failure.reason == "java.lang.StackOverflowError")
    }

    /// Checked against Velocity 1.7 (the oracle).
    @Test(arguments: [
        ("#set($m = {})$m.put(\"self\", $m)$m", "{self=(this Map)}"),
        ("#set($l = [1])$l.add($l)$l", "true[1, (this Collection)]"),
        ("#set($m = {})$m.put(\"k\", $m.values())$m", "{k=[(this Collection)]}"),
        ("#set($m = {})$m.put(\"k\", $m.keySet())$m", "{k=[k]}"),
    ])
    func directSelfReferencesPrintAsJava(_ source: String, _ expected: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        #expect(summary.reason == nil)
        #expect(summary.output == expected)
    }

    /// A list shared 2^40 times over prints (or fails) within the work budget.
    @Test func sharedSublistsPrintWithinTheBudget() throws {
        let source = "#set($l=[1])#foreach($i in [1..40])#set($l=[$l, $l])#end$l"
        let summary = try #require(finishing { run(source, limits: Limits(stepBudget: 200_000)) }, "did not finish")
        let failure = try #require(summary.failure)
        #expect(failure.reason.contains("stepBudget"))
    }
}
