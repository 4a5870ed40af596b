import Testing
import JavaRuntime
import VTL

@Suite struct JavaRegexTests {
    @Test(arguments: regexCases) func regexMethods(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}

@Suite struct JavaRegexRandomTests {
    /// Random patterns (groups, lookaround, atomic groups, all quantifier kinds) on random inputs.
    @Test(arguments: randomRegexCases) func randomPatterns(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}

/// Matches run on the caller's stack; one that needs more starts over on a large stack
/// with the same result.
@Suite struct JavaRegexStackTests {
    @Test func deepMatchesStartOverOnALargeStack() throws {
        let long = String(repeating: "ab", count: 5000)
        #expect(try JavaPattern("(?:ab)*").matches(long))
        #expect(try JavaPattern("(a|b)*c").replace(in: long + "c", with: "x", all: true) == "x")
        #expect(try JavaPattern("(?:ab)*").matches("ab"))
    }
}
