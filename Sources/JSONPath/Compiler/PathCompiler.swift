/// Jayway JsonPath 2.0.0's path compiler, reproduced step for step (including how it
/// fails: many malformed paths end in Java's `StringIndexOutOfBoundsException`).
///
/// A path not starting with `$` or `@` gets `$.` in front (`a.b` is `$.a.b`, `.a` is
/// `$..a`); spaces are only allowed inside brackets; `$["a"]` (double quotes) is rejected.
struct PathCompiler {
    private static let space: UInt16 = 0x20, dollar: UInt16 = 0x24, at: UInt16 = 0x40, period: UInt16 = 0x2E
    private static let star: UInt16 = 0x2A, open: UInt16 = 0x5B, close: UInt16 = 0x5D, quote: UInt16 = 0x27

    /// `PathCompiler.compile`: errors inside are wrapped in an `InvalidPathException`.
    static func compile(_ text: String) throws(JSONPathError) -> CompiledPath {
        if text.isEmpty {
            throw JSONPathError.java("java.lang.IllegalArgumentException", "json can not be null or empty", kind: .invalidPath)
        }
        do {
            let units = Array(text.utf16)
            let leading = units.prefix { $0 <= 0x20 }.count
            return try compileTrimmed(javaTrim(units), leading: leading)
        } catch {
            throw error.wrappedInInvalidPath()
        }
    }

    /// `leading`: how many characters trimming removed, to report positions in the original text.
    private static func compileTrimmed(_ trimmed: [UInt16], leading: Int) throws(JSONPathError) -> CompiledPath {
        var path = trimmed
        if path.count >= 2 && path[path.count - 1] == period && path[path.count - 2] == period {
            throw JSONPathError.invalidPath("A path can not end with a scan.")
        }
        guard let first = path.first else { throw JSONPathError.stringIndexOutOfRange(0) }
        var added = 0
        if first != dollar && first != at {
            path = [dollar, period] + path
            added = 2
        }
        func position(_ index: Int) -> Int { max(0, index - added) + leading }
        let startsAtRoot = path[0] == dollar
        path[0] = dollar
        if path.count > 1 && path[1] != period && path[1] != open {
            throw JSONPathError.invalidPath("Invalid path " + string(path))
        }
        var tokens: [PathToken] = []
        var i = 0
        repeat {
            let fragment: [UInt16]
            let fragmentStart = i
            switch path[i] {
            case space:
                throw JSONPathError.invalidPath("Space not allowed in path").at(position(i))
            case dollar:
                fragment = [dollar]
                i += 1
            case open:
                let length = lengthUntilClosed(path, from: i)
                fragment = Array(path[i..<(i + length)])
                i += length
            case period:
                i += 1
                guard i < path.count else { throw JSONPathError.stringIndexOutOfRange(i).at(position(i - 1)) }
                if path[i] == period {
                    fragment = [period, period]
                    i += 1
                } else {
                    let length = lengthOfName(path, from: i)
                    if length == 0 { continue }
                    if length == 1 && path[i] == star {
                        fragment = Array("[*]".utf16)
                    } else {
                        fragment = Array("['".utf16) + path[i..<(i + length)] + Array("']".utf16)
                    }
                    i += length
                }
            case star:
                fragment = Array("[*]".utf16)
                i += 1
            default:
                let length = lengthOfName(path, from: i)
                fragment = Array("['".utf16) + path[i..<(i + length)] + Array("']".utf16)
                i += length
            }
            var analyzer = FragmentAnalyzer(fragment: fragment)
            do {
                tokens.append(try analyzer.analyze())
            } catch {
                throw error.at(position(fragmentStart))
            }
        } while i < path.count
        return CompiledPath(tokens: tokens, startsAtRoot: startsAtRoot)
    }

    /// `fastForward`: the length of a dot-notation name (up to `.`, `[` or a space).
    private static func lengthOfName(_ path: [UInt16], from start: Int) -> Int {
        var index = start
        while index < path.count, path[index] != period, path[index] != open, path[index] != space { index += 1 }
        return index - start
    }

    /// `fastForwardUntilClosed`: the length of a bracket group, nested brackets included.
    private static func lengthUntilClosed(_ path: [UInt16], from start: Int) -> Int {
        var index = start + 1
        var nested = 0
        while index < path.count {
            let current = path[index]
            index += 1
            if current == close && nested == 0 { break }
            if current == open { nested += 1 }
            if current == close { nested -= 1 }
        }
        return index - start
    }

    static func javaTrim(_ units: [UInt16]) -> [UInt16] {
        var lower = 0, upper = units.count
        while lower < upper && units[lower] <= 0x20 { lower += 1 }
        while upper > lower && units[upper - 1] <= 0x20 { upper -= 1 }
        return Array(units[lower..<upper])
    }

    /// The text of UTF-16 units (ASCII, the usual case, is copied byte for byte).
    static func string(_ units: some Collection<UInt16>) -> String {
        guard units.allSatisfy({ $0 < 0x80 }) else { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            for (offset, unit) in units.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }
}

/// `PathCompiler.PathComponentAnalyzer`: turns one fragment (`$`, `..`, `['a']`, `[0:2]`,
/// `[?(...)]`) into a token.
private struct FragmentAnalyzer {
    let fragment: [UInt16]
    var i = 0

    init(fragment: [UInt16]) { self.fragment = fragment }

    func at(_ index: Int) throws(JSONPathError) -> UInt16 {
        guard index >= 0 && index < fragment.count else { throw JSONPathError.stringIndexOutOfRange(index) }
        return fragment[index]
    }

    mutating func analyze() throws(JSONPathError) -> PathToken {
        let text = PathCompiler.string(fragment)
        switch text {
        case "$": return .root
        case "..": return .scan
        case "[*]", ".*": return .wildcard
        case "[?]": return .missingFilter
        default: break
        }
        if Self.isPlaceholderList(fragment) { return .missingFilter }
        i = 0
        repeat {
            let current = try at(i)
            switch current {
            case UInt16(UInt8(ascii: "?")):
                return try analyzeFilter()
            case UInt16(UInt8(ascii: "'")):
                return try analyzeProperty()
            default:
                if isDigit(current) || current == UInt16(UInt8(ascii: ":")) || current == UInt16(UInt8(ascii: "-")) || current == UInt16(UInt8(ascii: "@")) {
                    return try analyzeArray()
                }
                i += 1
            }
        } while i < fragment.count
        throw JSONPathError.invalidPath("Could not analyze path component: " + text)
    }

    /// `[?, ?]`: the pattern `^\[\s*\?\s*[,\s*\?]*?\s*]$`.
    static func isPlaceholderList(_ units: [UInt16]) -> Bool {
        guard units.count >= 3, units.first == UInt16(UInt8(ascii: "[")), units.last == UInt16(UInt8(ascii: "]")) else { return false }
        let inner = units.dropFirst().dropLast().drop { isJavaWhitespace($0) }
        guard inner.first == UInt16(UInt8(ascii: "?")) else { return false }
        return inner.dropFirst().allSatisfy { $0 == UInt16(UInt8(ascii: ",")) || $0 == UInt16(UInt8(ascii: "*")) || $0 == UInt16(UInt8(ascii: "?")) || isJavaWhitespace($0) }
    }

    static func isJavaWhitespace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0B || unit == 0x0C || unit == 0x0D
    }

    func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// `['a']`, `['a','b']`: names inside single quotes, up to the first `]`.
    mutating func analyzeProperty() throws(JSONPathError) -> PathToken {
        var names: [String] = []
        var buffer: [UInt16] = []
        var open = false
        var current = try at(i)
        while current != UInt16(UInt8(ascii: "]")) {
            if current == UInt16(UInt8(ascii: "'")) {
                if open {
                    names.append(PathCompiler.string(buffer))
                    buffer.removeAll()
                }
                open.toggle()
            } else if open {
                buffer.append(current)
            }
            i += 1
            current = try at(i)
        }
        return .property(names)
    }

    /// Indexes, slices and `[(@.length-n)]`.
    mutating func analyzeArray() throws(JSONPathError) -> PathToken {
        var buffer: [UInt16] = []
        var numbers: [Int] = []
        var current = try at(i)
        let contextSize = current == UInt16(UInt8(ascii: "@"))
        var sliceTo = false, sliceFrom = false, sliceBetween = false, indexSequence = false
        if contextSize {
            i += 1; current = try at(i)
            i += 1; current = try at(i)
            while current != UInt16(UInt8(ascii: "-")) {
                if current != UInt16(UInt8(ascii: " ")) && current != UInt16(UInt8(ascii: "(")) && current != UInt16(UInt8(ascii: ")")) {
                    buffer.append(current)
                }
                i += 1; current = try at(i)
            }
            let function = PathCompiler.string(buffer)
            buffer.removeAll()
            if function != "size" && function != "length" {
                throw JSONPathError.invalidPath("Invalid function: @.\(function). Supported functions are: [(@.length - n)] and [(@.size() - n)]")
            }
            while current != UInt16(UInt8(ascii: ")")) {
                if current != UInt16(UInt8(ascii: " ")) { buffer.append(current) }
                i += 1; current = try at(i)
            }
        } else {
            func isSequenceCharacter(_ unit: UInt16) -> Bool {
                isDigit(unit) || unit == UInt16(UInt8(ascii: ",")) || unit == UInt16(UInt8(ascii: " ")) || unit == UInt16(UInt8(ascii: ":")) || unit == UInt16(UInt8(ascii: "-"))
            }
            while isSequenceCharacter(current) {
                switch current {
                case UInt16(UInt8(ascii: " ")):
                    break
                case UInt16(UInt8(ascii: ":")):
                    if buffer.isEmpty {
                        sliceTo = true
                        i += 1; current = try at(i)
                        while isDigit(current) || current == UInt16(UInt8(ascii: " ")) || current == UInt16(UInt8(ascii: "-")) {
                            if current != UInt16(UInt8(ascii: " ")) { buffer.append(current) }
                            i += 1; current = try at(i)
                        }
                        numbers.append(try parseInt(buffer))
                        buffer.removeAll()
                    } else {
                        numbers.append(try parseInt(buffer))
                        buffer.removeAll()
                        i += 1; current = try at(i)
                        while isDigit(current) || current == UInt16(UInt8(ascii: " ")) || current == UInt16(UInt8(ascii: "-")) {
                            if current != UInt16(UInt8(ascii: " ")) { buffer.append(current) }
                            i += 1; current = try at(i)
                        }
                        if buffer.isEmpty {
                            sliceFrom = true
                        } else {
                            sliceBetween = true
                            numbers.append(try parseInt(buffer))
                            buffer.removeAll()
                        }
                    }
                case UInt16(UInt8(ascii: ",")):
                    numbers.append(try parseInt(buffer))
                    buffer.removeAll()
                    indexSequence = true
                default:
                    buffer.append(current)
                }
                if current == UInt16(UInt8(ascii: "]")) { break }
                i += 1; current = try at(i)
            }
        }
        if !buffer.isEmpty { numbers.append(try parseInt(buffer)) }
        let singleIndex = numbers.count == 1 && !sliceTo && !sliceFrom && !contextSize
        if singleIndex { return .array(.index(numbers[0])) }
        if indexSequence { return .array(.indexes(numbers)) }
        if sliceFrom { return .array(.sliceFrom(numbers[0])) }
        if sliceTo { return .array(.sliceTo(numbers[0])) }
        if sliceBetween { return .array(.sliceBetween(numbers[0], numbers[1])) }
        if contextSize, let offset = numbers.first { return .array(.fromEnd(offset)) }
        // Jayway's `assert operation != null` is disabled; the null operation fails later.
        throw JSONPathError.java("java.lang.NullPointerException", nil)
    }

    /// `Integer.parseInt`.
    func parseInt(_ units: [UInt16]) throws(JSONPathError) -> Int {
        let text = PathCompiler.string(units)
        guard let value = Int32(text) else {
            throw JSONPathError.java("java.lang.NumberFormatException", "For input string: \"\(text)\"")
        }
        return Int(value)
    }

    /// `[?(...)]`: finds the filter's extent and parses it.
    mutating func analyzeFilter() throws(JSONPathError) -> PathToken {
        var start = i
        while try at(start) != UInt16(UInt8(ascii: "[")) { start -= 1 }
        var previous: UInt16 = 0x20
        var index = start
        var inQuotes = false
        var squareBrackets = 0, parentheses = 0
        var end = 0
        while end == 0 {
            let c = try at(index)
            switch c {
            case UInt16(UInt8(ascii: "(")): if !inQuotes { parentheses += 1 }
            case UInt16(UInt8(ascii: ")")): if !inQuotes { parentheses -= 1 }
            case UInt16(UInt8(ascii: "[")): if !inQuotes { squareBrackets += 1 }
            case UInt16(UInt8(ascii: "]")):
                if !inQuotes {
                    squareBrackets -= 1
                    if parentheses == 0 { end = index + 1 }
                }
            case UInt16(UInt8(ascii: "'")):
                if previous != UInt16(UInt8(ascii: "\\")) { inQuotes.toggle() }
            default: break
            }
            previous = c
            index += 1
        }
        if parentheses != 0 || squareBrackets != 0 {
            throw JSONPathError.invalidPath("Filter brackets are not balanced")
        }
        i = end
        return .filter(try FilterCompiler.parse(Array(fragment[start..<end])))
    }
}
