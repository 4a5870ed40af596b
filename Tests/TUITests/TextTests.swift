import Testing
@testable import TUI

@Suite struct DisplayWidthTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String, character: Character, width: Int
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "ASCII letter", character: "a", width: 1),
        Case(name: "CJK ideograph", character: "中", width: 2),
        Case(name: "Hangul syllable", character: "한", width: 2),
        Case(name: "fullwidth A", character: "Ａ", width: 2),
        Case(name: "emoji", character: "😀", width: 2),
        Case(name: "emoji with skin tone", character: "👍🏽", width: 2),
        Case(name: "flag", character: "🇫🇷", width: 2),
        Case(name: "heart with variation selector", character: "❤️", width: 2),
        Case(name: "e with combining acute", character: "e\u{301}", width: 1),
        Case(name: "lone combining mark", character: "\u{301}", width: 0),
        Case(name: "zero width space", character: "\u{200B}", width: 0),
        Case(name: "control character", character: "\u{1}", width: 2),
        Case(name: "accented Latin", character: "é", width: 1),
    ])
    func width(_ test: Case) {
        #expect(DisplayWidth.of(test.character) == test.width)
    }
}

@Suite struct TextBufferTests {
    @Test func splitsLinesAndKeepsLineEnding() {
        let buffer = TextBuffer("a\r\nbc\r\n")
        #expect(buffer.lines == [["a"], ["b", "c"], []])
        #expect(buffer.lineEnding == .crlf)
        #expect(buffer.text == "a\nbc\n")
        #expect(buffer.fileText == "a\r\nbc\r\n")
    }

    @Test func replaceAcrossLines() {
        var buffer = TextBuffer("one\ntwo\nthree")
        let end = buffer.replace(TextRange(TextPosition(line: 0, column: 1), TextPosition(line: 2, column: 2)), with: "X\nY")
        #expect(buffer.text == "oX\nYree")
        #expect(end == TextPosition(line: 1, column: 1))
    }

    @Test func combiningMarkJoinsItsBase() {
        var buffer = TextBuffer("cafe")
        let end = buffer.replace(TextRange(TextPosition(line: 0, column: 4), TextPosition(line: 0, column: 4)), with: "\u{301}")
        #expect(buffer.lines[0].count == 4)
        #expect(buffer.lines[0][3] == "e\u{301}")
        #expect(end.column == 4)
    }

    @Test func textInRange() {
        let buffer = TextBuffer("héllo\nwörld")
        #expect(buffer.text(in: TextRange(TextPosition(line: 0, column: 1), TextPosition(line: 1, column: 2))) == "éllo\nwö")
    }

    @Test func utf8OffsetsBecomePositions() {
        let buffer = TextBuffer("aé\n中x")
        let locator = UTF8Locator(buffer)
        #expect(locator.position(ofUTF8: 0) == TextPosition(line: 0, column: 0))
        #expect(locator.position(ofUTF8: 1) == TextPosition(line: 0, column: 1))
        #expect(locator.position(ofUTF8: 3) == TextPosition(line: 0, column: 2))
        #expect(locator.position(ofUTF8: 4) == TextPosition(line: 1, column: 0))
        #expect(locator.position(ofUTF8: 7) == TextPosition(line: 1, column: 1))
        #expect(locator.position(ofUTF8: 99) == TextPosition(line: 1, column: 2))
    }
}
