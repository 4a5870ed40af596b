import Testing
import TUI

/// Real renders put thousands of trace steps on one long output line: the locator
/// searches long lines instead of walking them, with the same answers.
@Suite struct LongLineLocatorTests {
    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 299, 300, 301, 1_000, 5_000])
    func longLinesMapLikeShortOnes(_ offset: Int) {
        let unit = "aé€😀"  // 1 + 2 + 3 + 4 bytes
        let long = String(repeating: unit, count: 100)
        let locator = UTF8Locator(TextBuffer("x\n" + long + "\ny"))
        let inLine = offset - 2
        var remaining = inLine, column = 0
        for character in long {
            let size = character.utf8.count
            if remaining < size { break }
            remaining -= size
            column += 1
        }
        let expected = offset < 2 ? TextPosition(line: 0, column: offset)
            : offset >= 2 + long.utf8.count + 1 ? TextPosition(line: 2, column: min(offset - long.utf8.count - 3, 1))
            : TextPosition(line: 1, column: column)
        #expect(locator.position(ofUTF8: offset) == expected)
    }
}
