import Testing
import VTL

/// Catastrophic backtracking in `matches`, `replaceAll`, `replaceFirst` and `split`
/// is bounded: the render ends with a result or a clear failure.
@Suite struct RegexTests {
    static let subject = repeated("a", 40) + "!"

    @Test(arguments: [
        "#set($s = '\(subject)')$s.matches('(a+)+$')",
        "#set($s = '\(subject)')$s.matches('(a|aa)+$')",
        "#set($s = '\(subject)')$s.matches('(a|a?)+$')",
        "#set($s = '\(subject)')$s.matches('(.*a){20}$')",
        "#set($s = '\(subject)')$s.replaceAll('(a+)+b', 'x')",
        "#set($s = '\(subject)')$s.replaceFirst('(a*)*b', 'x')",
        "#set($s = '\(subject)')$s.split('(a+)+b').size()",
        "#set($s = '\(repeated("x", 5000))')$s.replaceAll('(x+x+)+y', '-')",
    ])
    func catastrophicPatternsAreBounded(_ source: String) throws {
        let summary = try #require(finishing { run(source) }, "did not finish")
        if let reason = summary.reason {
            #expect(!reason.isEmpty)
        } else {
            #expect(["false", "\(Self.subject)", "1", repeated("x", 5000)].contains(summary.output), "\(summary.output.prefix(60))")
        }
    }

    @Test(arguments: [
        "$s.matches('(')",
        "$s.replaceAll('[a-', 'x')",
        "$s.replaceAll('a', '$9')",
        "$s.replaceAll('a', '\\\\')",
        "$s.split('*').size()",
        "$s.matches('\\\\')",
        "$s.matches('a{99999999999}')",
        "$s.matches('(?<name')",
    ])
    func malformedPatternsFailClearly(_ call: String) throws {
        let summary = try #require(finishing { run("#set($s = 'abc')" + call) }, "did not finish")
        if let reason = summary.reason { #expect(!reason.isEmpty) }
    }

    @Test func hugeInputsToSimplePatterns() throws {
        let source = "#set($s = '\(repeated("ab", 200_000))')$s.replaceAll('b', '').length() $s.split('a').size()"
        let summary = try #require(finishing { run(source) }, "did not finish")
        #expect(summary.reason == nil)
    }
}
