import JavaRuntime

/// A filter operand's value as Jayway 2.0.0 sees it: Java `null`, a `String`, a
/// `Number` (its `toString()`), a `Boolean`, a regex, or another object.
enum FilterValue {
    case null
    case string(String)
    case number(String)
    case bool(Bool)
    case pattern(JavaPattern)
    /// A map, list or other object: its `toString()` and Java class.
    case other(String, className: String)

    /// Java's `toString()`, what `=~` matches against.
    var javaText: String? {
        switch self {
        case .null: return nil
        case .string(let s), .number(let s), .other(let s, _): return s
        case .bool(let b): return b ? "true" : "false"
        case .pattern(let p): return p.source
        }
    }

    var javaClassName: String {
        switch self {
        case .null: return "null"
        case .string: return "java.lang.String"
        case .number(let text):
            if text.contains(where: { !$0.isASCII || !($0.isNumber || $0 == "-") }) { return "java.lang.Double" }
            if Int32(text) != nil { return "java.lang.Integer" }
            return Int64(text) != nil ? "java.lang.Long" : "java.math.BigInteger"
        case .bool: return "java.lang.Boolean"
        case .pattern: return "java.util.regex.Pattern"
        case .other(_, let className): return className
        }
    }

    /// The message of the `ClassCastException` a cast of this value to `Pattern` throws.
    var patternCastMessage: String {
        let name = javaClassName
        let module = name.hasPrefix("java.") ? "\(name) and java.util.regex.Pattern are in module java.base of loader 'bootstrap'"
            : "\(name) is in unnamed module of loader 'app'; java.util.regex.Pattern is in module java.base of loader 'bootstrap'"
        return "class \(name) cannot be cast to class java.util.regex.Pattern (\(module))"
    }
}

/// `Criteria.CriteriaType.eval` and `Criteria.safeCompare` of Jayway 2.0.0.
enum FilterComparison {
    /// Evaluates `actual op expected`, where `actual` is the left operand of the filter
    /// expression and `expected` the right one. `identical` is Java's `left == right`.
    static func evaluate(_ comparison: Comparison, actual: FilterValue, expected: FilterValue, identical: Bool) throws(JSONPathError) -> Bool {
        func compare() throws(JSONPathError) -> Int? {
            identical ? 0 : try safeCompare(expected, actual)
        }
        let nullMismatch = isJavaNull(expected) != isJavaNull(actual)
        switch comparison {
        case .equal: return try compare() == 0
        case .notEqual:
            guard let result = try compare() else { return false }
            return result != 0
        case .greater:
            if nullMismatch { return false }
            return (try compare()).map { $0 < 0 } ?? false
        case .greaterOrEqual:
            if nullMismatch { return false }
            return (try compare()).map { $0 <= 0 } ?? false
        case .less:
            if nullMismatch { return false }
            return (try compare()).map { $0 > 0 } ?? false
        case .lessOrEqual:
            if nullMismatch { return false }
            return (try compare()).map { $0 >= 0 } ?? false
        case .matches:
            let pattern: JavaPattern
            let target: FilterValue
            if case .pattern(let p) = actual {
                pattern = p
                target = expected
            } else if case .pattern(let p) = expected {
                pattern = p
                target = actual
            } else if isJavaNull(expected) {
                // `(Pattern) null` succeeds; using it fails, if there is something to match.
                if isJavaNull(actual) { return false }
                throw JSONPathError.java("java.lang.NullPointerException",
                                         "Cannot invoke \"java.util.regex.Pattern.matcher(java.lang.CharSequence)\" because \"pattern\" is null")
            } else {
                throw JSONPathError.java("java.lang.ClassCastException", expected.patternCastMessage)
            }
            guard let text = target.javaText else { return false }
            do throws(JavaRegexError) {
                return try pattern.matches(text)
            } catch {
                throw JSONPathError.java(error.exceptionClass, error.message)
            }
        }
    }

    private static func isJavaNull(_ value: FilterValue) -> Bool {
        if case .null = value { return true }
        return false
    }

    private static func isNullish(_ value: FilterValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let s): return s == "null"
        default: return false
        }
    }

    /// `safeCompare(left, right)`; nil where Java throws `ValueCompareException` (the
    /// criterion is then false).
    static func safeCompare(_ left: FilterValue, _ right: FilterValue) throws(JSONPathError) -> Int? {
        let leftNullish = isNullish(left), rightNullish = isNullish(right)
        if leftNullish && !rightNullish { return -1 }
        if !leftNullish && rightNullish { return 1 }
        if leftNullish && rightNullish { return 0 }
        switch (left, right) {
        case (.string(var expected), .string(let actual)):
            if expected.contains("'") { expected = replacingEscapedQuotes(expected) }
            return compareUTF16(expected, actual)
        case (.number(let a), .number(let b)), (.string(let a), .number(let b)):
            return try JavaDecimal.compare(a, b)
        case (.string(let text), .bool(let actual)):
            return compareBooleans(text.lowercased() == "true", actual)
        case (.bool(let expected), .bool(let actual)):
            return compareBooleans(expected, actual)
        default:
            return nil
        }
    }

    private static func compareBooleans(_ a: Bool, _ b: Bool) -> Int {
        a == b ? 0 : (a ? 1 : -1)
    }

    /// Java's `String.compareTo`: UTF-16 code units, lexicographically.
    static func compareUTF16(_ a: String, _ b: String) -> Int {
        var left = a.utf16.makeIterator(), right = b.utf16.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    /// `exp.replace("\\'", "'")`.
    private static func replacingEscapedQuotes(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        var pendingBackslash = false
        while let character = iterator.next() {
            if pendingBackslash {
                pendingBackslash = false
                if character == "'" { result.append("'"); continue }
                result.append("\\")
            }
            if character == "\\" { pendingBackslash = true } else { result.append(character) }
        }
        if pendingBackslash { result.append("\\") }
        return result
    }
}

/// Comparison of `new BigDecimal(text)` values.
enum JavaDecimal {
    struct Parsed {
        var negative: Bool
        /// Significant digits without leading or trailing zeros; empty for zero.
        var digits: [UInt8]
        /// The value is 0.d1d2d3... × 10^exponent.
        var exponent: Int
    }

    static func compare(_ a: String, _ b: String) throws(JSONPathError) -> Int {
        let x = try parse(a), y = try parse(b)
        let xSign = x.digits.isEmpty ? 0 : (x.negative ? -1 : 1)
        let ySign = y.digits.isEmpty ? 0 : (y.negative ? -1 : 1)
        if xSign != ySign { return xSign < ySign ? -1 : 1 }
        if xSign == 0 { return 0 }
        var magnitude: Int
        if x.exponent != y.exponent {
            magnitude = x.exponent < y.exponent ? -1 : 1
        } else {
            magnitude = 0
            for index in 0..<max(x.digits.count, y.digits.count) {
                let dx = index < x.digits.count ? x.digits[index] : 0
                let dy = index < y.digits.count ? y.digits[index] : 0
                if dx != dy { magnitude = dx < dy ? -1 : 1; break }
            }
        }
        return xSign * magnitude
    }

    /// `new BigDecimal(String)`; throws `NumberFormatException` like Java.
    static func parse(_ text: String) throws(JSONPathError) -> Parsed {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw JSONPathError.java("java.lang.NumberFormatException", nil) }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var all: [UInt8] = []
        var pointPosition: Int? = nil
        var exponent = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                all.append(byte - UInt8(ascii: "0"))
            } else if byte == UInt8(ascii: ".") && pointPosition == nil {
                pointPosition = all.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                let rest = String(decoding: bytes[(index + 1)...], as: UTF8.self)
                guard !all.isEmpty, let value = Int32(rest) else { throw JSONPathError.java("java.lang.NumberFormatException", nil) }
                exponent = Int(value)
                break
            } else {
                let character = String(decoding: [byte], as: UTF8.self)
                throw JSONPathError.java("java.lang.NumberFormatException",
                                         "Character \(byte < 0x80 ? character : "?") is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.")
            }
            index += 1
        }
        guard !all.isEmpty else { throw JSONPathError.java("java.lang.NumberFormatException", nil) }
        let integerDigits = pointPosition ?? all.count
        guard let first = all.firstIndex(where: { $0 != 0 }) else {
            return Parsed(negative: negative, digits: [], exponent: 0)
        }
        var last = all.count - 1
        while all[last] == 0 { last -= 1 }
        return Parsed(negative: negative, digits: Array(all[first...last]), exponent: integerDigits - first + exponent)
    }
}
