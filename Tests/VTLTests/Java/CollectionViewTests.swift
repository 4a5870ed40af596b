import Testing
import VTL

/// Live views and iterators at the value level: what templates cannot reach
/// through map literals (`HashMap` views), identity, and the growth limit.
@Suite struct CollectionViewTests {
    private func call(_ receiver: Value, _ name: String, _ arguments: [Value] = []) throws -> Value {
        if case .host(let host) = receiver {
            return try #require(try host.method(name, arguments: arguments, at: CallSite(templateName: "t", line: 1, column: 1)))
        }
        return try #require(try Java.callMethod(receiver, name, arguments))
    }

    private func render(_ source: String, _ limits: Limits = Limits()) throws -> RenderResult {
        try Template(parsing: source, name: "t.vtl").render(options: RenderOptions(limits: limits))
    }

    private func hashMap(_ keys: [String]) -> MapRef {
        let map = MapRef(order: .javaHash)
        for (index, key) in keys.enumerated() { map.entries[MapKey(key)] = .int(Int32(index)) }
        return map
    }

    @Test func hashMapViewsFollowBucketOrderAndClassNames() throws {
        let map = hashMap(["header1", "header2", "header3"])
        let keys = try call(.map(map), "keySet")
        #expect(Java.toString(keys) == "[header3, header2, header1]")
        #expect(Java.className(keys) == "java.util.HashMap$KeySet")
        #expect(Java.className(try call(.map(map), "values")) == "java.util.HashMap$Values")
        #expect(Java.className(try call(.map(map), "entrySet")) == "java.util.HashMap$EntrySet")
        let iterator = try call(keys, "iterator")
        #expect(Java.className(iterator) == "java.util.HashMap$KeyIterator")
        #expect(Java.toString(try call(iterator, "next")) == "header3")
    }

    @Test func viewsAreMadeOncePerMap() throws {
        let map = Value.map(hashMap(["a"]))
        guard case .list(let first) = try call(map, "keySet"), case .list(let second) = try call(map, "keySet") else {
            Issue.record("keySet() is not a list")
            return
        }
        #expect(first === second)
    }

    @Test func removingThroughAViewChangesTheMap() throws {
        let map = hashMap(["a", "b", "c"])
        _ = try call(try call(.map(map), "keySet"), "remove", [.string("b")])
        #expect(map.entries.keys.map { Java.toString($0.value) } == ["a", "c"])
        _ = try call(try call(.map(map), "values"), "clear")
        #expect(map.entries.isEmpty)
    }

    @Test func subListWritesThroughAndGoesStale() throws {
        let list = ListRef([.int(1), .int(2), .int(3), .int(4)])
        let sub = try call(.list(list), "subList", [.int(1), .int(3)])
        _ = try call(sub, "add", [.int(9)])
        #expect(Java.toString(.list(list)) == "[1, 2, 3, 9, 4]")
        list.items.append(.int(5))
        #expect(throws: HostError("java.util.ConcurrentModificationException")) { try Java.callMethod(sub, "size", []) }
        // A stale view still reads without trapping.
        #expect(Java.toString(sub) == "[2, 3, 9]")
    }

    @Test func growthBeyondTheCollectionLimitFails() throws {
        let doubling = try render("#set($l = [1])#foreach($i in [1..100])#set($ok = $l.addAll($l))#end$l.size()", Limits(maxCollectionSize: 1000))
        #expect(doubling.failure?.reason == "a list or map grew beyond 1000 elements (limit maxCollectionSize)")
        let adding = try render("#set($m = {})#foreach($i in [1..20])#set($ok = $m.put($i, $i))#end$m.size()", Limits(maxCollectionSize: 10))
        #expect(adding.failure?.reason == "a list or map grew beyond 10 elements (limit maxCollectionSize)")
        let throughView = try render("#set($l = [1])#foreach($i in [1..100])#set($ok = $l.subList(0, 0).addAll($l))#end", Limits(maxCollectionSize: 1000))
        #expect(throughView.failure?.reason.contains("limit maxCollectionSize") == true)
    }

    @Test func shrinkingOrReadingAnOversizedListIsFine() throws {
        let result = try render("#set($l = [1..20])$l.size() $l.remove(0) $l.size()", Limits(maxCollectionSize: 10))
        #expect(result.failure == nil)
        #expect(result.output == "20 1 19")
    }

    @Test func stringDoublingThroughConcatFails() throws {
        let result = try render("#set($s = 'xxxxxxxxxx')#foreach($i in [1..40])#set($s = $s.concat($s))#end$s.length()", Limits(maxStringBytes: 1 << 16))
        #expect(result.failure?.reason == "a method returned a string of more than 65536 bytes (limit maxStringBytes)")
        let unbounded = try render("#set($s = 'xxxxxxxxxx')#foreach($i in [1..40])#set($s = $s.concat($s))#end$s.length()")
        #expect(unbounded.failure?.reason.contains("limit maxStringBytes") == true)
    }

    @Test func hugeReplaceFailsLikeJavaRunningOutOfMemory() throws {
        let result = try render("#set($s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')#foreach($i in [1..3])#set($s = $s.replace('a', $s))#end$s.length()")
        #expect(result.failure?.reason.contains("OutOfMemoryError") == true)
    }

    @Test func cyclicCollectionsFailOrCompareUnequalWithoutCrashing() throws {
        let hashed = try render("#set($a = [])#set($b = [$a])#set($ok = $a.add($b))$a.hashCode()")
        #expect(hashed.failure?.reason == "java.lang.StackOverflowError")
        let equals = try render("#set($a = [])#set($b = [])#set($ok = $a.add($b))#set($ok = $b.add($a))$a.equals($b)")
        #expect(equals.failure?.reason == "java.lang.StackOverflowError")
        // Velocity fails the render on `==` too; here it is false.
        let compared = try render("#set($a = [])#set($b = [])#set($ok = $a.add($b))#set($ok = $b.add($a))#if($a == $b)eq#{else}ne#end")
        #expect(compared.output == "ne")
    }
}
