import Testing
import VTL

@Suite struct JavaMethodTests {
    @Test(arguments: stringCases) func stringMethods(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }

    @Test(arguments: listCases) func listMethods(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }

    @Test(arguments: mapCases) func mapMethods(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}

@Suite struct JavaNumberMethodTests {
    @Test(arguments: numberMethodCases) func numberAndBooleanMethods(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}

@Suite struct JavaStringRandomTests {
    /// Random strings with special-casing letters (ß, İ, ı, Σ/ς, ǅ, ﬁ, ŉ), emoji and Unicode spaces.
    @Test(arguments: randomStringCases) func randomStrings(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}
