import Testing
import VTL

@Suite struct JavaFormatTests {
    @Test(arguments: formatCases) func format(_ c: MethodCase) {
        #expect(c.run() == c.expected)
    }
}
