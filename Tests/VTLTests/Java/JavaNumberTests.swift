import Testing
import VTL

@Suite struct JavaNumberTests {
    @Test(arguments: arithmeticCases) func arithmetic(_ c: OperatorCase) {
        #expect(c.run() == c.expected)
    }

    @Test(arguments: equalityCases) func equality(_ c: OperatorCase) {
        #expect(c.run() == c.expected)
    }

    @Test(arguments: comparisonCases) func comparison(_ c: OperatorCase) {
        #expect(c.run() == c.expected)
    }

    @Test(arguments: toStringCases) func toString(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}
