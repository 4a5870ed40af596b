import Foundation
import Testing
import JavaRuntime

/// Hostile patterns and subjects end in bounded time with an error naming the limit.
@Suite struct JavaPatternLimitTests {
    @Test(arguments: [
        ("20000 nested groups", String(repeating: "(", count: 20_000) + "a" + String(repeating: ")", count: 20_000)),
        ("100000 [", String(repeating: "[", count: 100_000)),
        ("100000 (?:", String(repeating: "(?:", count: 100_000)),
        ("100000 (?i:", String(repeating: "(?i:", count: 100_000)),
        ("nested lookbehinds", String(repeating: "(?<=", count: 5_000) + "a" + String(repeating: ")", count: 5_000)),
    ]) func deepNestingIsRefused(_ name: String, _ source: String) {
        #expect {
            _ = try JavaPattern(source)
        } throws: { error in
            (error as? JavaRegexError)?.message.contains("limit JavaPattern.maxNesting") == true
        }
    }

    @Test func nestingAtTheLimitCompiles() throws {
        let depth = JavaPattern.maxNesting
        let source = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        #expect(try JavaPattern(source).matches("a"))
    }

    @Test func overlongPatternIsRefused() {
        #expect(throws: JavaRegexError.self) { _ = try JavaPattern(String(repeating: "a", count: JavaPattern.maxPatternLength + 1)) }
    }

    /// Outside a render each operation has `standaloneBudget` units: catastrophic
    /// backtracking stops within seconds.
    @Test(arguments: [
        ("(a+)+b", String(repeating: "a", count: 300_000)),
        ("(a|aa)+b", String(repeating: "a", count: 40) + "!"),
        ("(((((.*)*)*)*)*)*x", "500"),
        ("(a+)+$", String(repeating: "a", count: 30) + "!"),
        ("(\\w+\\s?)*\\1$", String(repeating: "ab ", count: 30) + "!"),
    ]) func backtrackingStopsAtTheStandaloneBudget(_ source: String, _ subject: String) throws {
        let started = Date()
        do {
            _ = try JavaPattern(source).matches(subject)
        } catch {
            #expect(error.message.contains("limit JavaPattern.standaloneBudget") || error.message.contains("limit RegexMatcher.depthLimit"))
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    /// Inside a render the meter is shared: many finds together stop at the render's budget.
    @Test func findsShareTheRenderMeter() {
        let meter = WorkMeter(limit: 100_000)
        let subject = String(repeating: "a", count: 100_000)
        let outcome: Result<String, JavaRegexError> = WorkMeter.$current.withValue(meter) {
            do throws(JavaRegexError) {
                return .success(try JavaPattern("a(?=.*a)").replace(in: subject, with: "X", all: true))
            } catch {
                return .failure(error)
            }
        }
        guard case .failure(let error) = outcome else { Issue.record("the replace should stop"); return }
        #expect(error.meterStopped)
        #expect(meter.stop == .budget)
    }

    @Test func cancellationStopsAMatch() {
        let meter = WorkMeter(limit: .max, isCancelled: { true })
        let stopped = WorkMeter.$current.withValue(meter) {
            (try? JavaPattern("(a|aa)+b").matches(String(repeating: "a", count: 5000))) == nil
        }
        #expect(stopped)
        #expect(meter.stop == .cancelled)
    }
}
