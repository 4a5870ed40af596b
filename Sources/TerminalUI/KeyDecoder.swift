import CNCursesShim
import TUI

/// Turns curses input into keys: characters, control characters, curses key
/// codes, and the xterm sequences for modified arrows and paging keys (bound
/// with `define_key` so terminals without them in terminfo work too).
struct KeyDecoder {
    private var codes: [Int32: Key] = [:]

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
    }

    /// xterm's `ESC [ 1 ; m X` and `ESC [ n ; m ~` with m = 1 + shift(1) + alt(2) + ctrl(4).
    private mutating func bindModifiedKeys() {
        var next: Int32 = 0x700
        let letters: [(String, Key.Code)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)]
        let tildes: [(String, Key.Code)] = [("5", .pageUp), ("6", .pageDown), ("3", .delete)]
        for modifier in 2...8 {
            var modifiers: Key.Modifiers = []
            if (modifier - 1) & 1 != 0 { modifiers.insert(.shift) }
            if (modifier - 1) & 2 != 0 { modifiers.insert(.alt) }
            if (modifier - 1) & 4 != 0 { modifiers.insert(.control) }
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
    func key(character value: UInt32) -> Key? {
        switch value {
        case 13, 10: return Key(.enter)
        case 9: return Key(.tab)
        case 8, 127: return Key(.backspace)
        case 27: return Key(.escape)
        case 1...26:
            return Key(.character(Character(Unicode.Scalar(value + 96)!)), .control)
        case 0, 28...31:
            return nil
        default:
            return Unicode.Scalar(value).map { Key.char(Character($0)) }
        }
    }
}
