import Testing
@testable import TUI

@Suite struct EditingTests {
    @Test func typingBackspaceAndDelete() {
        var e = editor("")
        for character in "hello" { e.insert(String(character)) }
        e.newline()
        e.insert("x")
        #expect(e.text == "hello\nx")
        e.backspace()
        e.backspace()
        #expect(e.text == "hello")
        #expect(e.cursor == TextPosition(line: 0, column: 5))
        e.move(.lineStart, selecting: false)
        e.deleteForward()
        #expect(e.text == "ello")
    }

    @Test func newlineKeepsIndentation() {
        var e = editor("  #if($a)")
        e.move(.lineEnd, selecting: false)
        e.newline()
        e.insert("b")
        #expect(e.text == "  #if($a)\n  b")
    }

    @Test func undoGroupsTypingAndRedoes() {
        var e = editor("")
        for character in "one two" { e.insert(String(character)) }
        #expect(e.text == "one two")
        e.undo()
        #expect(e.text == "one ")
        e.undo()
        #expect(e.text == "")
        let undone = e.undo()
        #expect(!undone)
        e.redo()
        e.redo()
        #expect(e.text == "one two")
        #expect(e.cursor == TextPosition(line: 0, column: 7))
    }

    @Test func backspacesGroupIntoOneUndo() {
        var e = editor("abcdef")
        e.move(.lineEnd, selecting: false)
        e.backspace()
        e.backspace()
        e.backspace()
        #expect(e.text == "abc")
        e.undo()
        #expect(e.text == "abcdef")
        e.redo()
        #expect(e.text == "abc")
    }

    @Test func forwardDeletesGroupIntoOneUndo() {
        var e = editor("ab\ncd")
        e.move(.right, selecting: false)
        e.deleteForward()
        e.deleteForward()
        #expect(e.text == "acd")
        e.undo()
        #expect(e.text == "ab\ncd")
        e.redo()
        #expect(e.text == "acd")
    }

    @Test func dirtyFollowsSavedRevision() {
        var e = editor("x")
        #expect(!e.isDirty)
        e.insert("a")
        #expect(e.isDirty)
        e.markSaved()
        #expect(!e.isDirty)
        e.insert("b")
        #expect(e.isDirty)
        e.undo()
        #expect(!e.isDirty)
    }

    @Test func selectionWithShiftAndTypingReplacesIt() {
        var e = editor("hello world")
        e.move(.wordRight, selecting: true)
        #expect(e.selectedText == "hello ")
        e.insert("X")
        #expect(e.text == "Xworld")
        e.undo()
        #expect(e.text == "hello world")
    }

    @Test func cutAndPaste() {
        var e = editor("abc\ndef")
        e.move(.right, selecting: false)
        e.move(.down, selecting: true)
        let cut = e.cut()
        #expect(cut == "bc\nd")
        #expect(e.text == "aef")
        e.move(.lineEnd, selecting: false)
        e.paste(cut!)
        #expect(e.text == "aefbc\nd")
    }

    @Test func readOnlyIgnoresEdits() {
        var e = EditorState(text: "out", language: .plain, readOnly: true)
        e.insert("x")
        e.backspace()
        #expect(e.text == "out")
    }
}

@Suite struct MotionTests {
    @Test func wordJumps() {
        var e = editor("$input.json('$.a') done")
        e.move(.wordRight, selecting: false)
        #expect(e.cursor.column == 1)
        e.move(.wordRight, selecting: false)
        #expect(e.cursor.column == 6)
        e.move(.lineEnd, selecting: false)
        e.move(.wordLeft, selecting: false)
        #expect(e.cursor.column == 19)
        e.move(.wordLeft, selecting: false)
        #expect(e.cursor.column == 16)
    }

    @Test func homeTogglesBetweenIndentationAndLineStart() {
        var e = editor("    text")
        e.move(.lineEnd, selecting: false)
        e.move(.lineStart, selecting: false)
        #expect(e.cursor.column == 4)
        e.move(.lineStart, selecting: false)
        #expect(e.cursor.column == 0)
    }

    @Test func verticalMovesKeepTheDisplayColumnAcrossWideCharacters() {
        var e = editor("abcdef\n中文字\nabcdef")
        e.move(.lineEnd, selecting: false)
        e.move(.left, selecting: false)
        e.move(.left, selecting: false)
        #expect(e.cursor.column == 4)
        e.move(.down, selecting: false)
        #expect(e.cursor == TextPosition(line: 1, column: 2))
        e.move(.down, selecting: false)
        #expect(e.cursor == TextPosition(line: 2, column: 4))
    }

    @Test func tabsExpandToTheNextStop() {
        let line = Array("a\tb\t\tc")
        #expect(EditorState.displayColumn(of: 1, in: line) == 1)
        #expect(EditorState.displayColumn(of: 2, in: line) == 4)
        #expect(EditorState.displayColumn(of: 4, in: line) == 8)
        #expect(EditorState.displayColumn(of: 5, in: line) == 12)
        #expect(EditorState.column(atDisplay: 6, in: line) == 3)
    }

    @Test func leftAndRightCrossLinesAndGraphemes() {
        var e = editor("e\u{301}👍🏽\nx")
        e.move(.right, selecting: false)
        #expect(e.cursor.column == 1)
        e.move(.right, selecting: false)
        e.move(.right, selecting: false)
        #expect(e.cursor == TextPosition(line: 1, column: 0))
        e.move(.left, selecting: false)
        #expect(e.cursor == TextPosition(line: 0, column: 2))
    }

    @Test func pagingMovesByAPage() {
        var e = editor((1...100).map(String.init).joined(separator: "\n"))
        e.move(.pageDown, selecting: false, pageHeight: 20)
        #expect(e.cursor.line == 20)
        #expect(e.scrollTop == 20)
        e.move(.pageUp, selecting: false, pageHeight: 20)
        #expect(e.cursor.line == 0)
        e.move(.documentEnd, selecting: false)
        #expect(e.cursor == TextPosition(line: 99, column: 3))
    }

    @Test func scrollingFollowsTheCursor() {
        var e = editor((1...50).map { String(repeating: "x", count: $0) }.joined(separator: "\n"))
        e.place(at: TextPosition(line: 40, column: 35))
        e.scrollToCursor(rows: 10, columns: 20)
        #expect(e.scrollTop == 31)
        #expect(e.scrollLeft > 15 && e.scrollLeft <= 35)
        e.place(at: TextPosition(line: 2, column: 0))
        e.scrollToCursor(rows: 10, columns: 20)
        #expect(e.scrollTop == 2)
        #expect(e.scrollLeft == 0)
    }
}
