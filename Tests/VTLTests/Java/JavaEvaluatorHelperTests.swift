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

/// `$x[i]`; expected values printed by the oracle:
/// `#set($l = [1,2,3])$l[0] $l[-1] $l[2]` -> `1 3 3`; `$l[3]` and `$l[-4]` fail with
/// `Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList`;
/// `$l["1"]`, `$s[0]`, `$m.keySet()[0]`, `$l[$long]` -> empty; `{"a":1, "1":2}`: `$m["a"]` -> 1, `$m[1]` -> empty, `$m["1"]` -> 2.
@Suite struct JavaIndexTests {
    static func list() -> Value { .list(ListRef([.int(1), .int(2), .int(3)])) }

    @Test func listIndexCountsNegativeFromTheEnd() throws {
        #expect(try Java.index(Self.list(), .int(0)).map(Java.toString) == "1")
        #expect(try Java.index(Self.list(), .int(-1)).map(Java.toString) == "3")
        #expect(try Java.index(Self.list(), .int(2)).map(Java.toString) == "3")
    }

    @Test(arguments: [3, -4]) func listIndexOutOfRangeFails(_ i: Int32) {
        #expect(throws: HostError("Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList")) {
            try Java.index(Self.list(), .int(i))
        }
    }

    @Test func unresolvedIndexesAreNil() throws {
        #expect(try Java.index(Self.list(), .string("1")) == nil)
        #expect(try Java.index(Self.list(), .long(1)) == nil)
        #expect(try Java.index(.string("abc"), .int(0)) == nil)
        let map = MapRef([MapKey("a"): .int(1), MapKey("1"): .int(2)])
        let keys = try #require(try Java.callMethod(.map(map), "keySet", []))
        #expect(try Java.index(keys, .int(0)) == nil)
    }

    @Test func mapIndexIsGet() throws {
        let map = Value.map(MapRef([MapKey("a"): .int(1), MapKey("1"): .int(2)]))
        #expect(try Java.index(map, .string("a")).map(Java.toString) == "1")
        #expect(try Java.index(map, .int(1)).map(MethodCase.render) == "")
        #expect(try Java.index(map, .string("1")).map(Java.toString) == "2")
    }
}

/// Infinity and NaN (made in the oracle as `1e308 * 10` and `$inf - $inf`):
/// `$inf $nan` -> `Infinity NaN`; `$nan == 1` true, `$nan < 1` false, `$nan <= 1` true,
/// `$nan.equals($nan)` true; intValue 0 / 2147483647; hashCodes 2146959360 / 2146435072.
@Suite struct JavaNotANumberTests {
    @Test func nanComparesEqualToEverything() throws {
        let inf = try #require(Java.arithmetic(.multiply, .double(1e308), .int(10)))
        let nan = try #require(Java.arithmetic(.subtract, inf, inf))
        #expect(Java.toString(inf) == "Infinity")
        #expect(Java.toString(nan) == "NaN")
        #expect(Java.velocityEquals(nan, .int(1)))
        #expect(Java.velocityCompare(nan, .int(1)) == 0)
        #expect(try Java.callMethod(nan, "equals", [nan]).map(Java.toString) == "true")
        #expect(try Java.callMethod(nan, "intValue", []).map(Java.toString) == "0")
        #expect(try Java.callMethod(inf, "intValue", []).map(Java.toString) == "2147483647")
        #expect(try Java.callMethod(nan, "hashCode", []).map(Java.toString) == "2146959360")
        #expect(try Java.callMethod(inf, "hashCode", []).map(Java.toString) == "2146435072")
    }
}

/// `#set($l = [])$l.add($l)$l` -> `true[(this Collection)]`; `#set($m = {})$m.put("me", $m)$m` -> `{me=(this Map)}`.
@Suite struct JavaSelfReferenceTests {
    @Test func collectionsContainingThemselves() throws {
        let list = ListRef()
        #expect(try Java.callMethod(.list(list), "add", [.list(list)]).map(Java.toString) == "true")
        #expect(Java.toString(.list(list)) == "[(this Collection)]")
        let map = MapRef()
        _ = try Java.callMethod(.map(map), "put", [.string("me"), .map(map)])
        #expect(Java.toString(.map(map)) == "{me=(this Map)}")
    }

    @Test func cyclesThroughTwoCollectionsStayBounded() {
        let a = ListRef(), b = ListRef()
        a.items = [.list(b)]
        b.items = [.list(a)]
        #expect(Java.toString(.list(a)).hasPrefix("[[[["))
    }
}
