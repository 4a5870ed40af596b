import APIGateway
import Foundation
import Testing
import VTL

/// The inputs of issue 14 for the one regex engine: each ends in bounded time, and a
/// hit names its limit as the step budget does.
@Suite struct RegexBudgetTests {
    @Test(arguments: [20_000])
    func deeplyNestedGroupsAreRefused(_ depth: Int) throws {
        let pattern = repeated("(", depth) + "a" + repeated(")", depth)
        let summary = try #require(finishing { run("#set($s = 'a')$s.matches('\(pattern)')") }, "did not finish")
        #expect(summary.reason?.contains("limit JavaPattern.maxNesting") == true, "\(summary.reason ?? "")")
    }

    @Test(arguments: ["[", "(?:"])
    func manyOpenersAreRefused(_ opener: String) throws {
        let summary = try #require(finishing { run("#set($s = 'a')$s.matches('\(repeated(opener, 100_000))')") }, "did not finish")
        #expect(summary.reason?.contains("limit JavaPattern.maxNesting") == true, "\(summary.reason ?? "")")
    }

    /// The budget is per render, not per find: these stop at the step budget.
    @Test(arguments: [
        ("$input.body.matches('(a+)+b')", repeated("a", 300_000)),
        ("$input.body.replaceAll('a(?=.*a)','X').length()", repeated("a", 100_000)),
    ])
    func subjectSizedWorkStopsAtTheStepBudget(_ template: String, _ body: String) throws {
        let started = Date()
        let summary = try #require(finishing { runMapping(template, body: body) }, "did not finish")
        #expect(summary.reason?.contains("(limit stepBudget)") == true, "\(summary.reason ?? "")")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    /// Java 9+'s loop memo (which the engine has too) answers the first at once; the budget
    /// stops the exponential one (a back reference turns the memo off).
    @Test(arguments: [("(a+)+$", "[]"), ("(a|aa)+\\1b", nil)])
    func jsonPathFilterRegexEndsInBoundedTime(_ pattern: String, _ expected: String?) throws {
        let body = "{\"items\": [{\"name\": \"\(repeated("a", 30))!\"}]}"
        let summary = try #require(finishing { runMapping("$input.json('$.items[?(@.name =~ /\(pattern)/)]')", body: body) }, "did not finish")
        if let expected {
            #expect(summary.output == expected)
        } else {
            #expect(summary.reason?.contains("(limit stepBudget)") == true, "\(summary.reason ?? "")")
        }
    }

    @Test func jsonPathFilterRegexKeepsJavaSemantics() throws {
        let body = "{\"items\": [{\"name\": \"Abc\"}, {\"name\": \"abc\"}, {\"name\": \"xabc\"}]}"
        let summary = try #require(finishing { runMapping("$input.json('$.items[?(@.name =~ /abc/i)].name')", body: body) }, "did not finish")
        #expect(summary.output == "[\"Abc\",\"abc\"]")
    }

    @Test func doublesPrintOnceAsJava17() throws {
        let summary = try #require(finishing { runMapping("$input.json('$.a') $input.path('$.a') $input.json('$')", body: "{\"a\": 1e23}") })
        #expect(summary.output == "9.999999999999999E22 9.999999999999999E22 {\"a\":9.999999999999999E22}")
    }
}
