/// A `java.util.regex.Pattern` with Java's `matches`, `replaceAll`,
/// `replaceFirst` and `split`, run by vtlplay's own backtracking matcher over
/// UTF-16 units (`RegexParser`, `RegexMatcher`). It is the only regex engine of
/// vtlplay: VTL's String methods, JSONPath's `=~`, `selectionPattern`.
///
/// Matching charges its steps to the render's `WorkMeter.current`, so one budget
/// bounds all the regex work of a render; outside a render each operation gets a
/// meter of `standaloneBudget` units. Patterns longer than `maxPatternLength` or
/// nested deeper than `maxNesting` are refused.
public struct JavaPattern: Sendable {
    /// Work units one operation may spend when no render's meter is running.
    public static let standaloneBudget = 5_000_000
    /// Matching steps per work unit charged to the meter.
    static let stepsPerUnit = 1
    /// Longest pattern accepted, in Unicode scalars.
    public static let maxPatternLength = 1 << 20
    /// Deepest nesting of groups and character classes accepted.
    public static let maxNesting = 256

    public let source: String
    let root: RegexNode
    /// Capturing groups, not counting group 0.
    let groupCount: Int
    /// Named groups and their numbers.
    let groupNames: [String: Int]
    let memoizeLoops: Bool

    /// Compiles a Java regex (with `CASE_INSENSITIVE` when `ignoreCase`); a
    /// `PatternSyntaxException` when it is invalid.
    public init(_ source: String, ignoreCase: Bool = false) throws(JavaRegexError) {
        var parser = RegexParser(source, ignoreCase: ignoreCase)
        self.root = try parser.parse()
        self.source = source
        self.groupCount = parser.groupCount
        self.groupNames = parser.groupNames
        self.memoizeLoops = !parser.hasBackReferences
    }

    private func stopError(_ matcher: RegexMatcher) -> JavaRegexError {
        if matcher.meter.stop != nil {
            let limit = matcher.meter === WorkMeter.current ? "the render's work budget" : "\(Self.standaloneBudget) work units (limit JavaPattern.standaloneBudget)"
            return JavaRegexError("java.lang.StackOverflowError", "vtlplay stopped matching /\(source)/ after \(limit) (catastrophic backtracking)",
                                  meterStopped: matcher.meter === WorkMeter.current)
        }
        return JavaRegexError("java.lang.StackOverflowError",
                              "vtlplay stopped matching /\(source)/ at \(RegexMatcher.depthLimit) nested steps (limit RegexMatcher.depthLimit)")
    }

    /// Runs `body` on the caller's thread; a match that needs more stack than it may
    /// use there starts over on a thread with a large stack.
    private func run<T>(_ s: String, _ body: @escaping (RegexMatcher) -> Result<T, JavaRegexError>) throws(JavaRegexError) -> T {
        let meter = WorkMeter.current ?? WorkMeter(limit: Self.standaloneBudget)
        let units = Array(s.utf16)
        var matcher = RegexMatcher(root, groupCount: groupCount, units: units, memoizeLoops: memoizeLoops, meter: meter, onCallerStack: true)
        var result = body(matcher)
        if matcher.outOfStack {
            matcher = RegexMatcher(root, groupCount: groupCount, units: units, memoizeLoops: memoizeLoops, meter: meter, onCallerStack: false)
            let outcome = Outcome<T>()
            let deepMatcher = matcher
            onLargeStack { outcome.value = body(deepMatcher) }
            result = outcome.value!
        }
        if matcher.aborted { throw stopError(matcher) }
        return try result.get()
    }

    /// `Matcher.matches()`: the whole string matches.
    public func matches(_ s: String) throws(JavaRegexError) -> Bool {
        try run(s) { .success($0.matchesWhole()) }
    }

    /// Java's `find()` loop: after an empty match the search resumes one unit further.
    private static func forEachMatch(_ matcher: RegexMatcher, _ body: (Int, Int) throws(JavaRegexError) -> Bool) throws(JavaRegexError) {
        var from = 0
        while from <= matcher.units.count, let (start, end) = matcher.find(from: from) {
            if try !body(start, end) { return }
            from = end == start ? end + 1 : end
        }
    }

    /// `String.replaceAll` / `replaceFirst` with Java's replacement syntax
    /// (`$1`, `${name}`, `\$`); a bad group reference throws, as in Java, only once a match needs it.
    public func replace(in s: String, with replacement: String, all: Bool) throws(JavaRegexError) -> String {
        let template = Array(replacement.unicodeScalars)
        return try run(s) { matcher in
            var out: [UInt16] = []
            var last = 0
            do throws(JavaRegexError) {
                try Self.forEachMatch(matcher) { (start, end) throws(JavaRegexError) in
                    out += matcher.units[last..<start]
                    out += try self.expand(template, matcher)
                    last = end
                    return all
                }
            } catch {
                return .failure(error)
            }
            out += matcher.units[last...]
            return .success(Self.text(out[...]))
        }
    }

    /// `String.split(regex, limit)`: a zero-width match at the start adds no
    /// leading empty string; limit 0 drops trailing empty strings; a positive
    /// limit caps the number of parts; a negative one keeps everything.
    public func split(_ s: String, limit: Int = 0) throws(JavaRegexError) -> [String] {
        try run(s) { matcher in
            var parts: [String] = []
            var index = 0
            var matched = false
            try? Self.forEachMatch(matcher) { start, end in
                if limit > 0 && parts.count >= limit - 1 { return false }
                if start == end && start == 0 { return true }
                parts.append(Self.text(matcher.units[index..<start]))
                index = end
                matched = true
                return true
            }
            if !matched { return .success([s]) }
            parts.append(Self.text(matcher.units[index...]))
            if limit == 0 { while parts.last?.isEmpty == true { parts.removeLast() } }
            return .success(parts)
        }
    }

    /// The text of UTF-16 units (ASCII, the usual case, is copied byte for byte).
    private static func text(_ units: ArraySlice<UInt16>) -> String {
        guard units.allSatisfy({ $0 < 0x80 }) else { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            for (offset, unit) in units.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }

    /// Java's `Matcher.appendReplacement` expansion of one replacement.
    private func expand(_ chars: [Unicode.Scalar], _ matcher: RegexMatcher) throws(JavaRegexError) -> [UInt16] {
        var out: [UInt16] = []
        var i = 0
        func group(_ number: Int) throws(JavaRegexError) {
            if number > groupCount { throw JavaRegexError("java.lang.IndexOutOfBoundsException", "No group \(number)") }
            if let text = matcher.group(number) { out += text }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                i += 1
                guard i < chars.count else { throw JavaRegexError("java.lang.IllegalArgumentException", "character to be escaped is missing") }
                out += String(chars[i]).utf16
                i += 1
            } else if c == "$" {
                i += 1
                guard i < chars.count else { throw JavaRegexError("java.lang.IllegalArgumentException", "Illegal group reference: group index is missing") }
                if chars[i] == "{" {
                    i += 1
                    var name = ""
                    while i < chars.count, chars[i].isASCII, chars[i].properties.isAlphabetic || ("0"..."9").contains(chars[i]) {
                        name.unicodeScalars.append(chars[i])
                        i += 1
                    }
                    if name.isEmpty { throw JavaRegexError("java.lang.IllegalArgumentException", "named capturing group has 0 length name") }
                    guard i < chars.count, chars[i] == "}" else { throw JavaRegexError("java.lang.IllegalArgumentException", "named capturing group is missing trailing '}'") }
                    i += 1
                    guard let number = groupNames[name] else { throw JavaRegexError("java.lang.IllegalArgumentException", "No group with name {\(name)}") }
                    try group(number)
                } else {
                    guard let first = chars[i].properties.numericType == .decimal && chars[i].isASCII ? Int(chars[i].value) - 48 : nil else {
                        throw JavaRegexError("java.lang.IllegalArgumentException", "Illegal group reference")
                    }
                    var number = first
                    i += 1
                    while i < chars.count, chars[i].isASCII, ("0"..."9").contains(chars[i]) {
                        let next = number * 10 + Int(chars[i].value) - 48
                        if next > groupCount { break }
                        number = next
                        i += 1
                    }
                    try group(number)
                }
            } else {
                out += String(c).utf16
                i += 1
            }
        }
        return out
    }
}

/// Carries a result out of the matching thread.
private final class Outcome<T> {
    var value: Result<T, JavaRegexError>?
}

/// A Java exception from compiling or running a pattern (`PatternSyntaxException`,
/// `IllegalArgumentException` for a bad replacement, `StackOverflowError` at a limit).
public struct JavaRegexError: Error, Sendable, Equatable {
    /// The exception's class, e.g. `java.util.regex.PatternSyntaxException`.
    public let exceptionClass: String
    public let message: String
    /// The render's meter stopped the match (its budget is spent or it was cancelled):
    /// the caller reports that instead.
    public let meterStopped: Bool

    public init(_ exceptionClass: String, _ message: String, meterStopped: Bool = false) {
        self.exceptionClass = exceptionClass
        self.message = message
        self.meterStopped = meterStopped
    }

    /// `toString()` of the exception: `class: message`.
    public var reason: String { exceptionClass + ": " + message }
}
