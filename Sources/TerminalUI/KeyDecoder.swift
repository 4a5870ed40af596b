import CNCursesShim
import TUI

/// Turns curses input into keys: characters, control characters, curses key
/// codes, and the xterm sequences for modified arrows and paging keys (bound
/// with `define_key` so terminals without them in terminfo work too).
struct KeyDecoder {
    private var codes: [Int32: Key] = [:]
    /// Key codes of the bracketed-paste markers.
    private(set) var pasteStart: Int32 = 0
    private(set) var pasteEnd: Int32 = 0

    init() {
        let simple: [(Int32, Key)] = [
            (KEY_UP, Key(.up)), (KEY_DOWN, Key(.down)), (KEY_LEFT, Key(.left)), (KEY_RIGHT, Key(.right)),
            (KEY_HOME, Key(.home)), (KEY_END, Key(.end)), (KEY_PPAGE, Key(.pageUp)), (KEY_NPAGE, Key(.pageDown)),
            (KEY_IC, Key(.insert)), (KEY_DC, Key(.delete)), (KEY_BACKSPACE, Key(.backspace)),
            (KEY_ENTER, Key(.enter)), (KEY_BTAB, Key(.tab, .shift)),
            (KEY_SLEFT, Key(.left, .shift)), (KEY_SRIGHT, Key(.right, .shift)), (KEY_SR, Key(.up, .shift)),
            (KEY_SF, Key(.down, .shift)), (KEY_SHOME, Key(.home, .shift)), (KEY_SEND, Key(.end, .shift)),
            (KEY_SPREVIOUS, Key(.pageUp, .shift)), (KEY_SNEXT, Key(.pageDown, .shift)), (KEY_SDC, Key(.delete, .shift)),
            (KEY_A1, Key(.home)), (KEY_C1, Key(.end)), (KEY_A3, Key(.pageUp)), (KEY_C3, Key(.pageDown)),
        ]
        for (code, key) in simple { codes[code] = key }
        for number in 1...12 { codes[vtl_key_f(Int32(number))] = Key(.function(number)) }
        bindModifiedKeys()
        pasteStart = vtl_bind_key("\u{1B}[200~", 0x7F0)
        pasteEnd = vtl_bind_key("\u{1B}[201~", 0x7F1)
    }

    /// xterm's `ESC [ 1 ; m X` and `ESC [ n ; m ~` with m = 1 + shift(1) + alt(2) + ctrl(4).
    private mutating func bindModifiedKeys() {
        var next: Int32 = 0x700
        let letters: [(String, Key.Code)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)]
        let tildes: [(String, Key.Code)] = [("5", .pageUp), ("6", .pageDown), ("3", .delete)]
        for modifier in 2...8 {
            let modifiers = Key.xtermModifiers(modifier)
            let sequences = letters.map { ("\u{1B}[1;\(modifier)\($0.0)", $0.1) }
                + tildes.map { ("\u{1B}[\($0.0);\(modifier)~", $0.1) }
            for (sequence, code) in sequences {
                let bound = vtl_bind_key(sequence, next)
                codes[bound] = Key(code, modifiers)
                next += 1
            }
        }
    }

    /// The key for a curses key code.
    func key(code: UInt32) -> Key? { codes[Int32(bitPattern: code)] }

    /// The key for a character read (Escape is `Key(.escape)`; the caller pairs it with a following character for Alt).
    func key(character value: UInt32) -> Key? { Key.terminal(character: value) }
}
