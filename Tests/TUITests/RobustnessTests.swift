import Testing
@testable import TUI

/// Random key sequences must never crash the app or leave a cursor outside its buffer.
@Suite struct RobustnessTests {
    /// A small deterministic generator (so a failure reproduces).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let keys: [Key] = {
        var keys: [Key] = "aZ0 ${}()#\"'.\\中😀é\t".map { Key.char($0) }
        keys += [Key(.enter), Key(.backspace), Key(.delete), Key(.escape), Key(.tab, .shift)]
        for code in [Key.Code.up, .down, .left, .right, .home, .end, .pageUp, .pageDown] {
            keys += [Key(code), Key(code, .shift), Key(code, .control), Key(code, [.control, .shift])]
        }
        keys += "acxvzyeo".map { Key.ctrl($0) }
        keys += (1...9).map { Key.function($0) }
        return keys
    }()

    @Test(arguments: [1, 2])
    func randomKeysKeepTheStateValid(seed: Int) {
        var random = Generator(state: UInt64(seed))
        var state = makeApp(template: "#if($a)\n  {\"x\": [1, 2]}\n#end\n", request: "{\"a\": true}")
        for round in 0..<400 {
            let roll = random.next(100)
            var effects: [Effect]
            if roll < 2 {
                effects = state.update(.resize(Size(width: 20 + random.next(120), height: 5 + random.next(50))))
            } else if roll < 4 {
                effects = state.update(.paste("pasted\n\t中 line \(round)\n"))
            } else {
                effects = state.update(.key(RobustnessTests.keys[random.next(RobustnessTests.keys.count)]))
            }
            if effects.quits || state.finished { break }
            // Close dialogs that would swallow the rest of the run.
            if case .prompt? = state.overlay, random.next(4) == 0 { _ = state.update(.key(Key(.escape))) }
            if case .quitConfirm? = state.overlay { _ = state.update(.key(.char("c"))) }
            if random.next(3) == 0 { state.settle(effects) }
            for pane in Pane.allCases {
                let editor = state.editor(pane)
                #expect(editor.buffer.clamp(editor.cursor) == editor.cursor)
                #expect(editor.scrollTop >= 0 && editor.scrollLeft >= 0)
            }
            if round % 4 == 0 {
                #expect(render(state).lines.count == state.size.height)
            }
        }
    }
}
