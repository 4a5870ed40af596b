import Testing
@testable import VTL

@Suite struct SourceTextTests {
    @Test func positionsCountBytesLinesAndScalars() {
        let text = SourceText("ab\r\né€x\ry\nz")
        #expect(text.position(0) == SourcePosition(offset: 0, line: 1, column: 1))
        #expect(text.position(4) == SourcePosition(offset: 4, line: 2, column: 1))
        // "é" is 2 bytes and "€" 3: "x" is at byte 9, column 3.
        #expect(text.position(9) == SourcePosition(offset: 9, line: 2, column: 3))
        #expect(text.position(11) == SourcePosition(offset: 11, line: 3, column: 1))
        #expect(text.position(13) == SourcePosition(offset: 13, line: 4, column: 1))
        #expect(text.position(99).offset == 14)
    }
}
