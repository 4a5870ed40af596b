import JavaRuntime

/// Jayway 2.0.0's inline filter parser (`Filter.parse` and `Criteria.parse`).
///
/// The expression inside `[?( )]` is split at every `&&` and `||` (even inside quotes);
/// each part, stripped of `[ ? (` in front and `)` behind, is one criterion: `left op right`
/// with the first operator found in the order `== >= <= != < > =~`, or a lone path (an
/// existence check, `!@.x` negated). Supported operators: `== != < <= > >= =~` only
/// (`in`, `nin`, `size`, `empty` and functions came in later versions).
enum FilterCompiler {
    static func parse(_ units: [UInt16]) throws(JSONPathError) -> FilterExpression {
        var filter = PathCompiler.javaTrim(units)
        let original = PathCompiler.string(filter)
        guard filter.first == UInt16(UInt8(ascii: "[")), filter.last == UInt16(UInt8(ascii: "]")) else {
            throw JSONPathError.invalidPath("Filter must start with '[' and end with ']'. " + original)
        }
        filter = PathCompiler.javaTrim(Array(filter.dropFirst().dropLast()))
        guard filter.first == UInt16(UInt8(ascii: "?")) else {
            throw JSONPathError.invalidPath("Filter must start with '[?' and end with ']'. " + PathCompiler.string(filter))
        }
        filter = PathCompiler.javaTrim(Array(filter.dropFirst()))
        guard filter.first == UInt16(UInt8(ascii: "(")), filter.last == UInt16(UInt8(ascii: ")")) else {
            throw JSONPathError.invalidPath("Filter must start with '[?(' and end with ')]'. " + PathCompiler.string(filter))
        }
        filter = PathCompiler.javaTrim(Array(filter.dropFirst().dropLast()))
        let body = PathCompiler.string(filter)

        var operators: [String] = []
        var criteria: [FilterExpression] = []
        for part in splitAtLogicalOperators(filter) {
            let trimmed = PathCompiler.javaTrim(part)
            let text = PathCompiler.string(trimmed)
            if text == "&&" || text == "||" {
                operators.append(text)
            } else {
                criteria.append(.criterion(try parseCriterion(try clean(trimmed))))
            }
        }
        guard let last = criteria.popLast() else { throw JSONPathError.java("java.util.EmptyStackException", nil) }
        var root = last
        while let op = operators.popLast() {
            if op == "&&" {
                guard let next = criteria.popLast() else { throw JSONPathError.java("java.util.EmptyStackException", nil) }
                root = and(root, next)
            } else {
                guard let next = criteria.popLast() else { throw JSONPathError.invalidPath("Invalid operators " + body) }
                root = .either(root, next)
            }
        }
        if !criteria.isEmpty { throw JSONPathError.invalidPath("Invalid operators " + body) }
        return root
    }

    /// `Filter.and` as each filter class defines it.
    private static func and(_ filter: FilterExpression, _ other: FilterExpression) -> FilterExpression {
        switch filter {
        case .all(let list): return .all(list + [other])
        case .either(let left, let right): return .either(left, .all([right, other]))
        case .criterion: return .all([filter, other])
        }
    }

    /// Java's `split("((?<=&&|\\|\\|)|(?=&&|\\|\\|))")`: the operators become parts of their own.
    private static func splitAtLogicalOperators(_ units: [UInt16]) -> [[UInt16]] {
        var parts: [[UInt16]] = []
        var current: [UInt16] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            if index + 1 < units.count, (unit == UInt16(UInt8(ascii: "&")) || unit == UInt16(UInt8(ascii: "|"))), units[index + 1] == unit {
                if !current.isEmpty || !parts.isEmpty { parts.append(current) }
                parts.append([unit, unit])
                current = []
                index += 2
            } else {
                current.append(unit)
                index += 1
            }
        }
        if !current.isEmpty || parts.isEmpty { parts.append(current) }
        return parts
    }

    /// `Filter.cleanCriteria`: drops `[`, `?`, `(` and spaces in front, `)` and spaces behind.
    private static func clean(_ units: [UInt16]) throws(JSONPathError) -> [UInt16] {
        var begin = 0
        var end = units.count - 1
        func at(_ index: Int) throws(JSONPathError) -> UInt16 {
            guard index >= 0 && index < units.count else { throw JSONPathError.stringIndexOutOfRange(index) }
            return units[index]
        }
        var c = try at(begin)
        while c == UInt16(UInt8(ascii: "[")) || c == UInt16(UInt8(ascii: "?")) || c == UInt16(UInt8(ascii: "(")) || c == UInt16(UInt8(ascii: " ")) {
            begin += 1
            c = try at(begin)
        }
        c = try at(end)
        while c == UInt16(UInt8(ascii: ")")) || c == UInt16(UInt8(ascii: " ")) {
            end -= 1
            c = try at(end)
        }
        guard end + 1 >= begin else {
            throw JSONPathError.java("java.lang.StringIndexOutOfBoundsException", "begin \(begin), end \(end + 1), length \(units.count)")
        }
        return Array(units[begin..<(end + 1)])
    }

    private static let operatorOrder: [Comparison] = [.equal, .greaterOrEqual, .lessOrEqual, .notEqual, .less, .greater, .matches]

    /// `Criteria.parse` and `Criteria.create`.
    static func parseCriterion(_ units: [UInt16]) throws(JSONPathError) -> Criterion {
        var left = PathCompiler.string(PathCompiler.javaTrim(units))
        var right = ""
        var comparison: Comparison? = nil
        for candidate in operatorOrder {
            let needle = Array(candidate.rawValue.utf16)
            if let index = indexOf(needle, in: units) {
                comparison = candidate
                left = PathCompiler.string(PathCompiler.javaTrim(Array(units[..<index])))
                right = PathCompiler.string(PathCompiler.javaTrim(Array(units[(index + needle.count)...])))
                break
            }
        }

        var leftOperand = Operand.text(left)
        var leftPath: CompiledPath? = nil
        var existsExpected = true
        if isPath(left) {
            var source = left
            if source.hasPrefix("!") {
                existsExpected = false
                source.removeFirst()
            }
            let path = try compileNested(source)
            if !path.isDefinite { throw JSONPathError.invalidPath("the predicate path: \(source) is not definite") }
            leftPath = path
            leftOperand = .path(path, source: source)
        } else if let operand = try literal(left) {
            leftOperand = operand
        }

        var rightOperand = Operand.text(right)
        if isPath(right) {
            if right.hasPrefix("!") {
                throw JSONPathError.invalidPath("Invalid negation! Can only be used for existence check e.g [?(!@.foo)]")
            }
            let path = try compileNested(right)
            if !path.isDefinite { throw JSONPathError.invalidPath("the predicate path: \(right) is not definite") }
            rightOperand = .path(path, source: right)
        } else if let operand = try literal(right) {
            rightOperand = operand
        }

        if let leftPath, comparison == nil {
            return .exists(leftPath, expected: existsExpected)
        }
        guard let comparison else {
            throw JSONPathError.java("java.lang.UnsupportedOperationException", "CriteriaType  can not be parsed")
        }
        return .compare(leftOperand, comparison, rightOperand)
    }

    /// Java's `String.indexOf(String)`.
    private static func indexOf(_ needle: [UInt16], in units: [UInt16]) -> Int? {
        guard units.count >= needle.count else { return nil }
        for start in 0...(units.count - needle.count) where units[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    private static func compileNested(_ text: String) throws(JSONPathError) -> CompiledPath {
        do {
            return try PathCompiler.compile(text)
        } catch {
            throw error.unlocated()
        }
    }

    private static func isPath(_ text: String) -> Bool {
        text.hasPrefix("$") || text.hasPrefix("@") || text.hasPrefix("!@")
    }

    /// A quoted string (its content) or a `/regex/` (`/regex/i`); nil for other text.
    private static func literal(_ text: String) throws(JSONPathError) -> Operand? {
        let units = Array(text.utf16)
        if units.count >= 1, units.first == UInt16(UInt8(ascii: "'")), units.last == UInt16(UInt8(ascii: "'")) {
            // Java's substring(1, length - 1) of a lone "'" throws.
            guard units.count >= 2 else { throw JSONPathError.java("java.lang.StringIndexOutOfBoundsException", "begin 1, end 0, length 1") }
            return .text(PathCompiler.string(units[1..<(units.count - 1)]))
        }
        guard units.first == UInt16(UInt8(ascii: "/")) else { return nil }
        let endsWithSlash = units.last == UInt16(UInt8(ascii: "/"))
        let endsWithFlag = units.count >= 2 && units[units.count - 2] == UInt16(UInt8(ascii: "/")) && units.last == UInt16(UInt8(ascii: "i"))
        guard endsWithSlash || endsWithFlag else { return nil }
        let lastSlash = units.lastIndex(of: UInt16(UInt8(ascii: "/"))) ?? 0
        guard lastSlash >= 1 else { throw JSONPathError.java("java.lang.StringIndexOutOfBoundsException", "begin 1, end 0, length 1") }
        let source = PathCompiler.string(units[1..<lastSlash])
        do throws(JavaRegexError) {
            return .pattern(try JavaPattern(source, ignoreCase: units.last == UInt16(UInt8(ascii: "i"))))
        } catch {
            throw JSONPathError.java(error.exceptionClass, error.message)
        }
    }
}
