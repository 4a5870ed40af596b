/// A Java string seen as UTF-16 code units, the units Java's indices count.
struct JavaText {
    var units: [UInt16]

    init(_ string: String) { units = Array(string.utf16) }
    init(units: some Sequence<UInt16>) { self.units = Array(units) }

    var string: String { String(decoding: units, as: UTF16.self) }
    var count: Int { units.count }

    /// Whether Java 17 stores the string as Latin-1 (its exception messages differ).
    var isLatin1: Bool { units.allSatisfy { $0 <= 0xFF } }

    /// `String.indexOf(String, from)`.
    func indexOf(_ needle: [UInt16], from: Int = 0) -> Int {
        let start = max(0, from)
        guard needle.count <= units.count else { return -1 }
        if needle.isEmpty { return min(start, units.count) }
        var i = start
        while i + needle.count <= units.count {
            if units[i] == needle[0] && units[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return -1
    }

    /// `String.lastIndexOf(String, from)`.
    func lastIndexOf(_ needle: [UInt16], from: Int) -> Int {
        var i = min(from, units.count - needle.count)
        while i >= 0 {
            if units[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return -1
    }

    /// The units of a code point (Java's `indexOf(int ch)` takes one).
    static func units(ofCodePoint codePoint: Int32) -> [UInt16]? {
        guard let scalar = Unicode.Scalar(UInt32(bitPattern: codePoint)) else {
            return (0xD800...0xDFFF).contains(codePoint) ? [UInt16(codePoint)] : nil
        }
        return Array(String(scalar).utf16)
    }

    /// `Character.isWhitespace` for a UTF-16 unit.
    static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x1C...0x20, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: return true
        default: return false
        }
    }

    func checkRange(_ begin: Int, _ end: Int) throws(HostError) {
        if begin < 0 || begin > end || end > count {
            throw HostError("java.lang.StringIndexOutOfBoundsException: begin \(begin), end \(end), length \(count)")
        }
    }

    func checkIndex(_ index: Int) throws(HostError) {
        if index < 0 || index >= count {
            throw HostError("java.lang.StringIndexOutOfBoundsException: " + (isLatin1 ? "String index out of range: \(index)" : "index \(index), length \(count)"))
        }
    }
}

extension Java {
    /// Methods of `java.lang.String` (Java 17), including the statics callable
    /// on an instance (`valueOf`, `join`, `format`).
    static func stringMethod(_ s: String, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        let text = JavaText(s)
        switch (name, args.count) {
        case ("length", 0): return .int(Int32(text.count))
        case ("isEmpty", 0): return .bool(text.count == 0)
        case ("isBlank", 0): return .bool(text.units.allSatisfy(JavaText.isWhitespace))
        case ("toString", 0), ("intern", 0): return .string(s)
        case ("toLowerCase", 0): return .string(javaLowercased(s))
        case ("toUpperCase", 0): return .string(s.uppercased())
        case ("trim", 0):
            let units = text.units.drop(while: { $0 <= 0x20 })
            return .string(JavaText(units: units.reversed().drop(while: { $0 <= 0x20 }).reversed()).string)
        case ("strip", 0), ("stripLeading", 0), ("stripTrailing", 0):
            var units = ArraySlice(text.units)
            if name != "stripTrailing" { units = units.drop(while: JavaText.isWhitespace) }
            if name != "stripLeading" { while let last = units.last, JavaText.isWhitespace(last) { units.removeLast() } }
            return .string(JavaText(units: units).string)
        case ("toCharArray", 0):
            return .list(ListRef(text.units.map { .host(JavaCharacter($0)) }, style: .custom(JavaCollectionFormatter(kind: .array, className: "[C"))))
        case ("getBytes", 0):
            return .list(ListRef(s.utf8.map { .int(Int32(Int8(bitPattern: $0))) }, style: .custom(JavaCollectionFormatter(kind: .array, className: "[B"))))
        case ("charAt", 1):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            try text.checkIndex(Int(i))
            return .host(JavaCharacter(text.units[Int(i)]))
        case ("codePointAt", 1):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            if i < 0 || Int(i) >= text.count { throw HostError("java.lang.StringIndexOutOfBoundsException: index \(i), length \(text.count)") }
            let unit = text.units[Int(i)]
            if UTF16.isLeadSurrogate(unit), Int(i) + 1 < text.count, UTF16.isTrailSurrogate(text.units[Int(i) + 1]) {
                return .int(Int32(0x10000 + ((Int(unit) - 0xD800) << 10) + (Int(text.units[Int(i) + 1]) - 0xDC00)))
            }
            return .int(Int32(unit))
        case ("substring", 1), ("substring", 2), ("subSequence", 2):
            guard let begin = JavaArgument.int(args[0]) else { return nil }
            var end = Int32(text.count)
            if args.count == 2 {
                guard let e = JavaArgument.int(args[1]) else { return nil }
                end = e
            }
            try text.checkRange(Int(begin), Int(end))
            return .string(JavaText(units: text.units[Int(begin)..<Int(end)]).string)
        case ("indexOf", 1), ("indexOf", 2), ("lastIndexOf", 1), ("lastIndexOf", 2):
            let needle: [UInt16]
            if let sub = JavaArgument.string(args[0]) { needle = Array(sub.utf16) } else if let c = JavaArgument.int(args[0]) {
                guard let units = JavaText.units(ofCodePoint: c) else { return .int(-1) }
                needle = units
            } else { return nil }
            var from: Int32?
            if args.count == 2 {
                guard let f = JavaArgument.int(args[1]) else { return nil }
                from = f
            }
            if name == "indexOf" { return .int(Int32(text.indexOf(needle, from: Int(from ?? 0)))) }
            return .int(Int32(text.lastIndexOf(needle, from: Int(from ?? Int32(text.count)))))
        case ("contains", 1):
            guard let sub = JavaArgument.string(args[0]) else { return nil }
            return .bool(text.indexOf(Array(sub.utf16)) >= 0)
        case ("startsWith", 1), ("startsWith", 2):
            guard let prefix = JavaArgument.string(args[0]) else { return nil }
            var offset: Int32 = 0
            if args.count == 2 {
                guard let o = JavaArgument.int(args[1]) else { return nil }
                offset = o
            }
            let p = Array(prefix.utf16)
            guard offset >= 0, Int(offset) + p.count <= text.count else { return .bool(false) }
            return .bool(text.units[Int(offset)..<(Int(offset) + p.count)].elementsEqual(p))
        case ("endsWith", 1):
            guard let suffix = JavaArgument.string(args[0]) else { return nil }
            return .bool(text.units.reversed().starts(with: suffix.utf16.reversed()))
        case ("equalsIgnoreCase", 1):
            if case .null = args[0] { return .bool(false) }
            guard let other = JavaArgument.string(args[0]) else { return nil }
            let o = JavaText(other)
            return .bool(o.count == text.count && compareIgnoringCase(text.units, o.units) == 0)
        case ("compareTo", 1):
            guard let other = JavaArgument.string(args[0]) else { throw classCastError(args[0], to: "java.lang.String") }
            return .int(Int32(compareUnits(text.units, Array(other.utf16))))
        case ("compareToIgnoreCase", 1):
            guard let other = JavaArgument.string(args[0]) else { return nil }
            return .int(Int32(compareIgnoringCase(text.units, Array(other.utf16))))
        case ("contentEquals", 1):
            guard let other = JavaArgument.string(args[0]) else { return nil }
            return .bool(s == other)
        case ("regionMatches", 4), ("regionMatches", 5):
            return regionMatches(text, args)
        case ("concat", 1):
            guard let other = JavaArgument.string(args[0]) else { return nil }
            return .string(s + other)
        case ("repeat", 1):
            guard let count = JavaArgument.int(args[0]) else { return nil }
            if count < 0 { throw HostError("java.lang.IllegalArgumentException: count is negative: \(count)") }
            if Int(count) * text.count > maxStringLength { throw outOfMemory }
            return .string(String(repeating: s, count: Int(count)))
        case ("replace", 2):
            if let target = JavaArgument.char(args[0]), let replacement = JavaArgument.char(args[1]) {
                return .string(JavaText(units: text.units.map { $0 == target ? replacement : $0 }).string)
            }
            guard let target = JavaArgument.string(args[0]), let replacement = JavaArgument.string(args[1]) else { return nil }
            return .string(try replaceLiteral(text, Array(target.utf16), Array(replacement.utf16)))
        case ("matches", 1), ("replaceAll", 2), ("replaceFirst", 2), ("split", 1), ("split", 2):
            return try regexMethod(s, name, args)
        case ("valueOf", 1), ("copyValueOf", 1):
            if case .list(let l) = args[0], name == "copyValueOf" || collectionKind(l) == .array {
                return .string(l.items.map { toString($0) }.joined())
            }
            return .string(toString(args[0]))
        case ("join", _) where args.count >= 2:
            guard let separator = JavaArgument.string(args[0]) else { return nil }
            let parts: [Value]
            if args.count == 2, case .list(let l) = args[1] { parts = l.items } else { parts = Array(args.dropFirst()) }
            let texts = parts.map { toString($0) }
            if texts.reduce(separator.utf16.count * texts.count, { $0 + $1.utf16.count }) > maxStringLength { throw outOfMemory }
            return .string(texts.joined(separator: separator))
        case ("format", _) where args.count >= 1:
            guard let format = JavaArgument.string(args[0]) else { return nil }
            return .string(try formatString(format, Array(args.dropFirst())))
        case ("formatted", _):
            return .string(try formatString(s, args))
        default: return nil
        }
    }

    /// Strings longer than this (in UTF-16 units) are refused as Java would run out of memory.
    static let maxStringLength = 1 << 24

    static let outOfMemory = HostError("java.lang.OutOfMemoryError: Required length exceeds implementation limit")

    /// `String.regionMatches([ignoreCase,] toffset, other, ooffset, len)` (Java 17):
    /// false when a region falls outside its string; with `ignoreCase`, units (code
    /// points, for surrogate pairs) also match when their upper cases, or the lower
    /// cases of those, are equal.
    private static func regionMatches(_ text: JavaText, _ args: [Value]) -> Value? {
        var ignoreCase = false
        var rest = args[...]
        if args.count == 5 {
            guard let flag = JavaArgument.bool(args[0]) else { return nil }
            ignoreCase = flag
            rest = args.dropFirst()
        }
        guard let start = JavaArgument.int(rest[rest.startIndex]), let other = JavaArgument.string(rest[rest.startIndex + 1]),
              let otherStart = JavaArgument.int(rest[rest.startIndex + 2]), let length = JavaArgument.int(rest[rest.startIndex + 3]) else { return nil }
        let a = text.units, b = Array(other.utf16)
        let (t, o, n) = (Int(start), Int(otherStart), Int(length))
        if o < 0 || t < 0 || t > a.count - n || o > b.count - n { return .bool(false) }
        var k = 0
        while k < n {
            let x = a[t + k], y = b[o + k]
            k += 1
            if x == y { continue }
            guard ignoreCase else { return .bool(false) }
            // Surrogate pairs fold as code points, whether their lead or trail units differ.
            var (cx, cy) = (UInt32(x), UInt32(y))
            let (i, j) = (t + k - 1, o + k - 1)
            if k >= 2, UTF16.isTrailSurrogate(x), UTF16.isTrailSurrogate(y), UTF16.isLeadSurrogate(a[i - 1]), UTF16.isLeadSurrogate(b[j - 1]) {
                (cx, cy) = (codePoint(a, i - 1), codePoint(b, j - 1))
            } else if k < n, codePoint(a, i) > 0xFFFF, codePoint(b, j) > 0xFFFF {
                (cx, cy) = (codePoint(a, i), codePoint(b, j))
                k += 1
            }
            if foldCase(cx) != foldCase(cy) { return .bool(false) }
        }
        return .bool(true)
    }

    /// `String.replace(CharSequence, CharSequence)`: every occurrence, left to
    /// right; an empty target inserts the replacement around every unit.
    private static func replaceLiteral(_ text: JavaText, _ target: [UInt16], _ replacement: [UInt16]) throws(HostError) -> String {
        var result: [UInt16] = []
        if target.isEmpty {
            if (text.count + 1) * replacement.count > maxStringLength { throw outOfMemory }
            for unit in text.units { result += replacement; result.append(unit) }
            return JavaText(units: result + replacement).string
        }
        var i = 0
        while true {
            let found = text.indexOf(target, from: i)
            if found < 0 { break }
            result += text.units[i..<found]
            result += replacement
            if result.count > maxStringLength { throw outOfMemory }
            i = found + target.count
        }
        result += text.units[i...]
        return JavaText(units: result).string
    }

    /// `String.compareTo`: the first differing unit's difference, else the length difference.
    private static func compareUnits(_ a: [UInt16], _ b: [UInt16]) -> Int {
        for (x, y) in zip(a, b) where x != y { return Int(x) - Int(y) }
        return a.count - b.count
    }

    /// `String.compareToIgnoreCase` (Java 17): at the first differing unit, the
    /// code points there are folded (upper-, then lower-case, simple mappings) and
    /// their difference returned; else the length difference.
    /// (Only when neither string is Latin-1, as Java 17 stores them; else unit by unit.)
    private static func compareIgnoringCase(_ a: [UInt16], _ b: [UInt16]) -> Int {
        let byCodePoint = !JavaText(units: a).isLatin1 && !JavaText(units: b).isLatin1
        var k = 0
        while k < min(a.count, b.count) {
            let x = byCodePoint ? codePoint(a, k) : UInt32(a[k]), y = byCodePoint ? codePoint(b, k) : UInt32(b[k])
            if x != y {
                let fx = foldCase(x), fy = foldCase(y)
                if fx != fy { return Int(fx) - Int(fy) }
            }
            k += x > 0xFFFF && y > 0xFFFF ? 2 : 1
        }
        return a.count - b.count
    }

    private static func codePoint(_ units: [UInt16], _ k: Int) -> UInt32 {
        if UTF16.isLeadSurrogate(units[k]), k + 1 < units.count, UTF16.isTrailSurrogate(units[k + 1]) {
            return 0x10000 + ((UInt32(units[k]) - 0xD800) << 10) + (UInt32(units[k + 1]) - 0xDC00)
        }
        return UInt32(units[k])
    }

    /// `Character.toLowerCase(Character.toUpperCase(c))` with Unicode's simple mappings.
    private static func foldCase(_ codePoint: UInt32) -> UInt32 {
        func simple(_ mapping: String, _ original: UInt32) -> UInt32 {
            let scalars = mapping.unicodeScalars
            return scalars.count == 1 ? scalars.first!.value : original
        }
        guard let scalar = Unicode.Scalar(codePoint) else { return codePoint }
        let upper = simple(scalar.properties.uppercaseMapping, codePoint)
        // U+0130 is the one letter whose simple lower case (i) differs from a multi-scalar full one.
        if upper == 0x130 { return 0x69 }
        guard let upperScalar = Unicode.Scalar(upper) else { return upper }
        return simple(upperScalar.properties.lowercaseMapping, upper)
    }

    /// `String.toLowerCase()`: full Unicode lower-casing with Java's final-sigma
    /// rule (Σ after a cased letter and not before one becomes ς).
    private static func javaLowercased(_ s: String) -> String {
        guard s.unicodeScalars.contains("\u{3A3}") else { return s.lowercased() }
        let scalars = Array(s.unicodeScalars)
        var out = ""
        for (i, c) in scalars.enumerated() {
            if c == "\u{3A3}" && isFinalSigma(scalars, i) { out += "\u{3C2}" } else { out += String(c).lowercased() }
        }
        return out
    }

    private static func isFinalSigma(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        var before = i - 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0 && scalars[before].properties.isCased else { return false }
        var after = i + 1
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return !(after < scalars.count && scalars[after].properties.isCased)
    }
}
