/// The directive names Velocity knows (`\#name` escapes only these), matched on
/// the UTF-8 bytes of a name without building a string.
enum DirectiveKeyword: String {
    case set, `if`, elseif, `else`, end, foreach, define, macro, `break`, stop, literal, parse, include

    /// The keyword spelled by `bytes[start..<end]`, or nil for any other name.
    init?(_ bytes: [UInt8], from start: Int, to end: Int) {
        func spells(_ word: StaticString) -> Bool {
            word.withUTF8Buffer { spelling in
                for k in 0..<spelling.count where bytes[start + k] != spelling[k] { return false }
                return true
            }
        }
        let keyword: DirectiveKeyword?
        switch end - start {
        case 2: keyword = spells("if") ? .if : nil
        case 3: keyword = spells("set") ? .set : spells("end") ? .end : nil
        case 4: keyword = spells("else") ? .else : spells("stop") ? .stop : nil
        case 5: keyword = spells("macro") ? .macro : spells("break") ? .break : spells("parse") ? .parse : nil
        case 6: keyword = spells("elseif") ? .elseif : spells("define") ? .define : nil
        case 7: keyword = spells("foreach") ? .foreach : spells("literal") ? .literal : spells("include") ? .include : nil
        default: keyword = nil
        }
        guard let keyword else { return nil }
        self = keyword
    }
}

/// A directive name after a `#`: `#name` or `#{name}`.
struct DirectiveName {
    /// The keyword, or nil for a name Velocity does not know as a directive.
    var keyword: DirectiveKeyword?
    /// Byte offsets of the name itself.
    var nameStart: Int, nameEnd: Int
    var bracketed: Bool
    /// Byte offset just after the name (and its closing `}`).
    var end: Int
}
