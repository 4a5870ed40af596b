import Testing
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
