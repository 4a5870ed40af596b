import Testing
import VTL

@Suite struct JavaRegexTests {
    @Test(arguments: regexCases) func regexMethods(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}
