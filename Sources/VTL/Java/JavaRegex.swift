/// A `java.util.regex.Pattern` compiled to a Swift `Regex` (see `JavaRegexTranslator`),
/// with Java's `matches`, `replaceAll`, `replaceFirst` and `split`.
///
/// Matching runs on Unicode scalars with ASCII `\w` `\d` `\s` and simple word
/// boundaries, as Java does by default. Not supported: lookbehind (an error
/// says so), Unicode blocks (`\p{InGreek}`); `(?i)` folds Unicode case where Java
/// folds ASCII only. Swift's regex engine has no step limit, so a catastrophic
/// pattern runs as long as Java's would.
public struct JavaPattern {
    public let source: String
    let regex: Regex<AnyRegexOutput>
    /// Capturing groups, not counting group 0.
    let groupCount: Int
    /// Named groups and their numbers.
    let groupNames: [String: Int]

    /// Compiles a Java regex; a `PatternSyntaxException` as a `HostError` when it is invalid.
    public init(_ source: String) throws(HostError) {
        var translator = JavaRegexTranslator(source)
        let translation = try translator.translate()
        let compiled: Regex<AnyRegexOutput>
        do {
            compiled = try Regex(translation.pattern)
        } catch {
            throw JavaRegexTranslator.syntaxError(String(describing: error), source, index: -1)
        }
        self.source = source
        self.regex = compiled.matchingSemantics(.unicodeScalar).asciiOnlyWordCharacters().asciiOnlyDigits()
            .asciiOnlyWhitespace().wordBoundaryKind(.simple)
        self.groupCount = translation.groupCount
        self.groupNames = translation.groupNames
    }

    /// `Matcher.matches()`: the whole string matches.
    public func matches(_ s: String) -> Bool { s.wholeMatch(of: regex) != nil }

    /// `String.replaceAll` / `replaceFirst` with Java's replacement syntax
    /// (`$1`, `${name}`, `\$`); a bad group reference throws, as in Java, only once a match needs it.
    public func replace(in s: String, with replacement: String, all: Bool) throws(HostError) -> String {
        var result = ""
        var last = s.startIndex
        for match in s.matches(of: regex) {
            result.unicodeScalars += s.unicodeScalars[last..<match.range.lowerBound]
            result += try expand(replacement, match)
            last = match.range.upperBound
            if !all { break }
        }
        result.unicodeScalars += s.unicodeScalars[last...]
        return result
    }

    /// `String.split(regex, limit)`: a zero-width match at the start adds no
    /// leading empty string; limit 0 drops trailing empty strings; a positive
    /// limit caps the number of parts; a negative one keeps everything.
    public func split(_ s: String, limit: Int = 0) -> [String] {
        var parts: [String] = []
        var index = s.startIndex
        var matched = false
        for match in s.matches(of: regex) {
            if limit > 0 && parts.count >= limit - 1 { break }
            if match.range.isEmpty && match.range.lowerBound == s.startIndex { continue }
            parts.append(String(s.unicodeScalars[index..<match.range.lowerBound]))
            index = match.range.upperBound
            matched = true
        }
        if !matched { return [s] }
        parts.append(String(s.unicodeScalars[index...]))
        if limit == 0 { while parts.last?.isEmpty == true { parts.removeLast() } }
        return parts
    }

    /// Java's `Matcher.appendReplacement` expansion of one replacement.
    private func expand(_ replacement: String, _ match: Regex<AnyRegexOutput>.Match) throws(HostError) -> String {
        let chars = Array(replacement.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func group(_ number: Int) throws(HostError) {
            if number > groupCount { throw HostError("java.lang.IndexOutOfBoundsException: No group \(number)") }
            if let text = match.output[number].substring { out += text.unicodeScalars }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                i += 1
                guard i < chars.count else { throw HostError("java.lang.IllegalArgumentException: character to be escaped is missing") }
                out.append(chars[i])
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
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }
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
