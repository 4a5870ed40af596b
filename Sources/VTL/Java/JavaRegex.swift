/// A `java.util.regex.Pattern` with Java's `matches`, `replaceAll`,
/// `replaceFirst` and `split`, run by vtlplay's own backtracking matcher over
/// UTF-16 units (`JavaRegexParser`, `RegexMatcher`).
///
/// A search that needs more than `RegexMatcher.stepLimit` steps (plus
/// `stepsPerUnit` per input unit scanned) fails with an error instead of running
/// on; Java, which memoizes the same loops, may still answer such a pattern.
public struct JavaPattern {
    public let source: String
    let root: RegexNode
    /// Capturing groups, not counting group 0.
    let groupCount: Int
    /// Named groups and their numbers.
    let groupNames: [String: Int]
    let memoizeLoops: Bool

    /// Compiles a Java regex; a `PatternSyntaxException` as a `HostError` when it is invalid.
    public init(_ source: String) throws(HostError) {
        var parser = JavaRegexParser(source)
        self.root = try parser.parse()
        self.source = source
        self.groupCount = parser.groupCount
        self.groupNames = parser.groupNames
        self.memoizeLoops = !parser.hasBackReferences
    }

    private var limitError: HostError {
        HostError("java.lang.StackOverflowError: vtlplay stopped matching /\(source)/ at its step limit (catastrophic backtracking)")
    }

    /// Runs `body` on the caller's thread; a match that needs more stack than it may
    /// use there starts over on a thread with a large stack.
    private func run<T>(_ s: String, _ body: @escaping (RegexMatcher) -> Result<T, HostError>) throws(HostError) -> T {
        let units = Array(s.utf16)
        var matcher = RegexMatcher(root, groupCount: groupCount, units: units, memoizeLoops: memoizeLoops, onCallerStack: true)
        var result = body(matcher)
        if matcher.outOfStack {
            matcher = RegexMatcher(root, groupCount: groupCount, units: units, memoizeLoops: memoizeLoops, onCallerStack: false)
            let outcome = Outcome<T>()
            let deepMatcher = matcher
            onLargeStack { outcome.value = body(deepMatcher) }
            result = outcome.value!
        }
        if matcher.aborted { throw limitError }
        return try result.get()
    }

    /// `Matcher.matches()`: the whole string matches.
    public func matches(_ s: String) throws(HostError) -> Bool {
        try run(s) { .success($0.matchesWhole()) }
    }

    /// Java's `find()` loop: after an empty match the search resumes one unit further.
    private static func forEachMatch(_ matcher: RegexMatcher, _ body: (Int, Int) throws(HostError) -> Bool) throws(HostError) {
        var from = 0
        while from <= matcher.units.count, let (start, end) = matcher.find(from: from) {
            if try !body(start, end) { return }
            from = end == start ? end + 1 : end
        }
    }

    /// `String.replaceAll` / `replaceFirst` with Java's replacement syntax
    /// (`$1`, `${name}`, `\$`); a bad group reference throws, as in Java, only once a match needs it.
    public func replace(in s: String, with replacement: String, all: Bool) throws(HostError) -> String {
        let template = Array(replacement.unicodeScalars)
        return try run(s) { matcher in
            var out: [UInt16] = []
            var last = 0
            do throws(HostError) {
                try Self.forEachMatch(matcher) { (start, end) throws(HostError) in
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
    public func split(_ s: String, limit: Int = 0) throws(HostError) -> [String] {
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
    private func expand(_ chars: [Unicode.Scalar], _ matcher: RegexMatcher) throws(HostError) -> [UInt16] {
        var out: [UInt16] = []
        var i = 0
        func group(_ number: Int) throws(HostError) {
            if number > groupCount { throw HostError("java.lang.IndexOutOfBoundsException: No group \(number)") }
            if let text = matcher.group(number) { out += text }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                i += 1
                guard i < chars.count else { throw HostError("java.lang.IllegalArgumentException: character to be escaped is missing") }
                out += String(chars[i]).utf16
                i += 1
            } else if c == "$" {
                i += 1
                guard i < chars.count else { throw HostError("java.lang.IllegalArgumentException: Illegal group reference: group index is missing") }
                if chars[i] == "{" {
                    i += 1
                    var name = ""
                    while i < chars.count, chars[i].isASCII, chars[i].properties.isAlphabetic || ("0"..."9").contains(chars[i]) {
                        name.unicodeScalars.append(chars[i])
                        i += 1
                    }
                    if name.isEmpty { throw HostError("java.lang.IllegalArgumentException: named capturing group has 0 length name") }
                    guard i < chars.count, chars[i] == "}" else { throw HostError("java.lang.IllegalArgumentException: named capturing group is missing trailing '}'") }
                    i += 1
                    guard let number = groupNames[name] else { throw HostError("java.lang.IllegalArgumentException: No group with name {\(name)}") }
                    try group(number)
                } else {
                    guard let first = chars[i].properties.numericType == .decimal && chars[i].isASCII ? Int(chars[i].value) - 48 : nil else {
                        throw HostError("java.lang.IllegalArgumentException: Illegal group reference")
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
    var value: Result<T, HostError>?
}

extension Java {
    /// `matches`, `replaceAll`, `replaceFirst` and `split` on a string.
    static func regexMethod(_ s: String, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        guard let pattern = JavaArgument.string(args[0]) else { return nil }
        switch (name, args.count) {
        case ("matches", 1): return .bool(try JavaPattern(pattern).matches(s))
        case ("replaceAll", 2), ("replaceFirst", 2):
            guard let replacement = JavaArgument.string(args[1]) else { return nil }
            return .string(try JavaPattern(pattern).replace(in: s, with: replacement, all: name == "replaceAll"))
        case ("split", 1), ("split", 2):
            var limit: Int32 = 0
            if args.count == 2 {
                guard let l = JavaArgument.int(args[1]) else { return nil }
                limit = l
            }
            let parts = try JavaPattern(pattern).split(s, limit: Int(limit))
            return .list(ListRef(parts.map { .string($0) }, style: .custom(JavaCollectionFormatter(kind: .array, className: "[Ljava.lang.String;"))))
        default: return nil
        }
    }
}
