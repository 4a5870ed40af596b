import Testing
@testable import TUI

@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var screen = Screen(size: Size(width: 5, height: 1))
        let used = screen.write("a中😀", row: 0, column: 0)
        #expect(used == 5)
        #expect(screen.lines == ["a中😀"])
        #expect(screen[0, 2].isContinuation)
        screen.put("x", width: 1, row: 0, column: 2, style: .plain)
        #expect(screen.lines == ["a x😀"])
        var narrow = Screen(size: Size(width: 3, height: 1))
        narrow.write("ab中", row: 0, column: 0)
        #expect(narrow.lines == ["ab"])
    }

    @Test func controlCharactersShowAsCaretNotation() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.write("a\u{1}b", row: 0, column: 0)
        #expect(screen.lines == ["a^Ab"])
    }

    @Test func colorsDegrade() {
        #expect(ColorMode.detect(colors: 256, noColor: false) == .full)
        #expect(ColorMode.detect(colors: 8, noColor: false) == .basic)
        #expect(ColorMode.detect(colors: 256, noColor: true) == .none)
        #expect(ColorMode.detect(colors: 2, noColor: false) == .none)
        #expect(Color.indexed(196).basic == .red)
        #expect(Color.indexed(231).basic == .white)
        for role in Role.allCases {
            let style = Theme(mode: .none).style(role)
            #expect(style.foreground == nil && style.background == nil)
        }
    }
}
