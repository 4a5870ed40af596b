/// A `java.util.regex.Pattern` from a filter's `/regex/` or `/regex/i` literal, run with
/// Swift's regex engine (close to Java's syntax for everyday patterns). `=~` needs the
/// whole text to match, as Java's `Matcher.matches()`.
final class JavaPattern: @unchecked Sendable {
    let source: String
    private let regex: Regex<AnyRegexOutput>

    init(source: String, ignoreCase: Bool) throws(JSONPathError) {
        self.source = source
        do {
            var regex = try Regex(source).matchingSemantics(.unicodeScalar)
            if ignoreCase { regex = regex.ignoresCase() }
            self.regex = regex
        } catch {
            throw JSONPathError.java("java.util.regex.PatternSyntaxException", "\(error) near index 0\n\(source)")
        }
    }

    func matchesWhole(_ text: String) -> Bool {
        (try? regex.wholeMatch(in: text)) != nil
    }
}
