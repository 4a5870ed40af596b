import Testing
import VTL

/// Expected values printed by the oracle (see each comment's template).
@Suite struct JavaEvaluatorHelperTests {
    // #set($x = "a" + 1)$x #set($x = 1 + "a")$x #set($l = [1])#set($x = $l + "a")$x
    // #set($x = true + "a")$x ... #set($x = 1.5 + "a")$x #set($m = {})#set($x = $m + "a")$x -> a1 1a [1]a truea 1.5a {}a
    @Test func plusConcatenatesWhenEitherSideIsAString() {
        #expect(Java.plus(.string("a"), .int(1)).map(Java.toString) == "a1")
        #expect(Java.plus(.int(1), .string("a")).map(Java.toString) == "1a")
        #expect(Java.plus(.list(ListRef([.int(1)])), .string("a")).map(Java.toString) == "[1]a")
        #expect(Java.plus(.bool(true), .string("a")).map(Java.toString) == "truea")
        #expect(Java.plus(.double(1.5), .string("a")).map(Java.toString) == "1.5a")
        #expect(Java.plus(.map(MapRef()), .string("a")).map(Java.toString) == "{}a")
        #expect(Java.plus(.host(JavaCharacter(98)), .string("x")).map(Java.toString) == "bx")
    }

    // #set($x = $l + $l), true + 1, $c + 1 (a Character): the #set does not happen.
    @Test func plusIsNilWithoutAStringOrTwoNumbers() {
        #expect(Java.plus(.list(ListRef([.int(1)])), .list(ListRef([.int(1)]))) == nil)
        #expect(Java.plus(.bool(true), .int(1)) == nil)
        #expect(Java.plus(.host(JavaCharacter(98)), .int(1)) == nil)
        #expect(Java.plus(.int(2147483647), .int(1)).map(Java.toString) == "2147483648")
    }

    // #foreach($x in {"a":1,"b":2})$x#end -> 12; over "abc" and 5 -> nothing; over split/keySet/entrySet -> items.
    @Test func iterationItems() throws {
        let map = MapRef([MapKey("a"): .int(1), MapKey("b"): .int(2)])
        #expect(Java.iterationItems(.map(map))?.map(Java.toString) == ["1", "2"])
        #expect(Java.iterationItems(.string("abc")) == nil)
        #expect(Java.iterationItems(.int(5)) == nil)
        let keys = try #require(try Java.callMethod(.map(map), "keySet", []))
        #expect(Java.iterationItems(keys)?.map(Java.toString) == ["a", "b"])
        let parts = try #require(try Java.callMethod(.string("abc"), "split", [.string("b")]))
        #expect(Java.iterationItems(parts)?.map(Java.toString) == ["a", "c"])
    }

    // #set($e = "")#set($z = 0)#set($l = [])#set($m = {})#set($f = "false") #if on each -> y y y y y
    @Test func referencesAreTruthyUnlessNullOrFalse() {
        for value: Value in [.string(""), .int(0), .list(ListRef()), .map(MapRef()), .string("false"), .double(0)] {
            #expect(Java.isTruthy(value))
        }
        #expect(!Java.isTruthy(.null))
        #expect(!Java.isTruthy(.bool(false)))
    }

    // #set($s = "abc")$s.replace($s.charAt(0), $s.charAt(1)) -> bbc; charAt(1) == "b" is true.
    @Test func charactersWorkAsCharArguments() throws {
        let a = try #require(try Java.callMethod(.string("abc"), "charAt", [.int(0)]))
        let b = try #require(try Java.callMethod(.string("abc"), "charAt", [.int(1)]))
        #expect(try Java.callMethod(.string("abc"), "replace", [a, b]).map(Java.toString) == "bbc")
        #expect(Java.velocityEquals(b, .string("b")))
        #expect(try Java.callMethod(b, "toString", []) == nil) // host objects are resolved by the evaluator
    }
}
