import Testing
@testable import REPL

struct BlockBalanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let open: Bool
        var testDescription: String { (open ? "open: " : "complete: ") + text.replacingNewlines() }
    }

    static let cases: [Case] = [
        Case(text: "$x", open: false),
        Case(text: "#set($a = 1)", open: false),
        Case(text: "#if($a)", open: true),
        Case(text: "#if($a) yes #end", open: false),
        Case(text: "#foreach($i in [1..3])\n$i", open: true),
        Case(text: "#foreach($i in [1..3])\n$i\n#end", open: false),
        Case(text: "#{if}($a)x#{end}", open: false),
        Case(text: "#if($a)#if($b)x#end", open: true),
        Case(text: "#set($s = \"#if\")", open: false),
        Case(text: "## #if in a comment", open: false),
        Case(text: "#* a block comment", open: true),
        Case(text: "#* #if *# done", open: false),
        Case(text: "#[[ unparsed #if", open: true),
        Case(text: "#set($m = {", open: true),
        Case(text: "#macro(m $a)x#end", open: false),
        Case(text: "#ending is text", open: false),
        Case(text: "#end", open: false),
    ]

    @Test(arguments: cases)
    func balance(_ c: Case) {
        #expect(BlockBalance.needsMoreInput(c.text) == c.open)
    }
}

extension String {
    func replacingNewlines() -> String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }
}
