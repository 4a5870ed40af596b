import Foundation
import JSON

/// Compares a batch outcome with the expectation of a conformance case.
public enum ConformanceCheck {
    /// Whether `outcome` matches `expectation` under its compare mode.
    public static func passes(_ outcome: BatchOutcome, _ batchCase: BatchCase) -> Bool {
        guard let expectation = batchCase.expectation else { return true }
        guard outcome.status == expectation.status else { return false }
        guard let expected = expectation.output else {
            return outcome.output == nil && (expectation.error == nil || outcome.error == expectation.error)
        }
        guard var actual = outcome.output else { return false }
        // A Lambda non-proxy integration invoked with an empty payload receives `{}`.
        if batchCase.integration?.hasPrefix("AWS (Lambda") == true, actual.allSatisfy(\.isWhitespace) { actual = "{}" }
        switch expectation.compare {
        case .exact: return actual == expected
        case .whitespace: return normalized(actual) == normalized(expected)
        case .json:
            guard let a = try? PermissiveJSON.parse(trimmed(actual)), let b = try? PermissiveJSON.parse(trimmed(expected)) else {
                return false
            }
            return a.sameJSON(as: b)
        }
    }

    /// The capturing harness's normalisation: newlines to spaces, trimmed, whitespace runs collapsed.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
