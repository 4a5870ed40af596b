import VTL

/// An expression explained at a step: each part with its meaning and value, the
/// whole value, and why comparisons and conditions come out as they do.
public struct Explanation {
    /// One part of the expression (`$list`, `.size()`, `>`, `3`).
    public struct Part {
        public var part: String
        public var meaning: String
        /// The part's value at the step, as `"6" (java.lang.String)`; nil for operators and directives.
        public var value: String?
    }

    public var parts: [Part]
    /// The whole expression's value at the step.
    public var value: Evaluation
    /// Why the expression has this value: the rules of Velocity 1.7 as API Gateway runs it.
    public var notes: [String]
}

extension Debugger {
    /// Explains `expression` in the scope of the current step.
    public func explain(_ expression: String) -> Explanation {
        let limits = replay.settings.limits
        return replay.at(position) { scope in
            Explaining(scope: scope, limits: limits).explain(expression)
        } ?? Explanation(parts: [], value: .failure("the render ended before this step"), notes: [])
    }
}

/// Explains expressions against one scope.
struct Explaining {
    let scope: [String: Value]
    let limits: Limits

    func explain(_ expression: String) -> Explanation {
        let explainer = Explainer(variables: scope.mapValues(ValueDescription.typeName))
        let parts = explainer.explain(expression).map { row in
            Explanation.Part(part: row.part, meaning: row.meaning, value: row.source.map { describe(evaluate($0)) })
        }
        let value = evaluate(expression)
        var notes: [String] = []
        if case .failure = value {
            return Explanation(parts: parts, value: value, notes: notes)
        }
        if let split = Operators.split(expression) {
            notes += operatorNotes(split)
        }
        if Operators.split(expression)?.kind != .division { notes += valueNotes(expression, value) }
        return Explanation(parts: parts, value: value, notes: notes)
    }

    func evaluate(_ expression: String) -> Evaluation {
        ScopeEvaluator.evaluate(expression, in: scope, limits: limits)
    }

    /// `"6" (java.lang.String)`, `null (undefined)`, or the failure.
    func describe(_ evaluation: Evaluation) -> String {
        switch evaluation {
        case .value(.null, let defined): return defined ? "null" : "null (undefined)"
        case .value(let value, _): return ValueDescription.scalar(value) + " (" + Java.className(value) + ")"
        case .failure(let reason): return "error: " + reason
        }
    }

    private func operatorNotes(_ split: Operators.Split) -> [String] {
        let left = evaluate(split.left), right = evaluate(split.right)
        guard case .value(let a, _) = left, case .value(let b, _) = right else { return [] }
        let l = "\(split.left) is \(describe(left))", r = "\(split.right) is \(describe(right))"
        let numbers = JavaNumberCheck.isNumber(a) && JavaNumberCheck.isNumber(b)
        switch split.kind {
        case .order:
            if case .null = a { return ["\(l): a comparison with null is false (Velocity only orders two numbers)"] }
            if case .null = b { return ["\(r): a comparison with null is false (Velocity only orders two numbers)"] }
            if numbers { return ["\(l) and \(r): two numbers, compared by value"] }
            return ["\(l) and \(r): Velocity 1.7 orders only two numbers; any other pair (such as a String and a number) compares false, so `\(split.left) \(split.symbol) \(split.right)` is false and an #if takes its #else branch"]
        case .equality:
            if case .null = a, case .null = b { return ["both sides are null: equal"] }
            if case .null = a { return ["\(l): null equals only null"] }
            if case .null = b { return ["\(r): null equals only null"] }
            if numbers { return ["\(l) and \(r): two numbers, compared by value (1 == 1.0)"] }
            if Java.className(a) == Java.className(b) { return ["\(l) and \(r): the same class, compared with equals()"] }
            return ["\(l) and \(r): different classes, so Velocity compares their text: \(ValueDescription.quote(VariablesTree.rendered(a))) and \(ValueDescription.quote(VariablesTree.rendered(b)))"]
        case .division:
            if JavaNumberCheck.isInteger(a) && JavaNumberCheck.isInteger(b) {
                return ["\(l) and \(r): integer division drops the fraction (7 / 2 is 3; write 7.0 / 2 for 3.5); dividing by zero gives null"]
            }
            return []
        case .logic:
            return ["\(split.left) is \(truth(split.left) ? "true" : "false") and \(split.right) is \(truth(split.right) ? "true" : "false") as conditions"]
        }
    }

    private func truth(_ condition: String) -> Bool {
        (try? ScopeEvaluator.holds(condition, in: scope, limits: limits).get()) ?? false
    }

    private func valueNotes(_ expression: String, _ value: Evaluation) -> [String] {
        guard case .value(let v, let defined) = value else { return [] }
        var notes: [String] = []
        if case .null = v {
            notes.append(defined ? "null prints as nothing on API Gateway: \(expression) renders \"\""
                : "\(ScopeEvaluator.rootName(expression).map { "$" + $0 } ?? expression) is not defined here; it prints as nothing on API Gateway (\"\")")
        }
        let holds = truth(expression)
        let why: String
        switch v {
        case .null where !defined:
            why = holds ? "on API Gateway an undefined reference is true in #if, unlike in plain Velocity" : "undefined"
        case .null: why = holds ? "on API Gateway a null reference is true in #if, unlike in plain Velocity" : "null"
        case .bool: why = "a Boolean is itself"
        default: why = holds ? "any value but false and null is true" : ""
        }
        notes.append("as an #if condition: \(holds ? "true" : "false")" + (why.isEmpty ? "" : " (\(why))"))
        return notes
    }
}

/// Which values count as numbers for Velocity's operators.
enum JavaNumberCheck {
    static func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .long, .bigInteger, .double, .bigDecimal: return true
        default: return false
        }
    }

    static func isInteger(_ value: Value) -> Bool {
        switch value {
        case .int, .long, .bigInteger: return true
        default: return false
        }
    }
}

/// Finds the operator an expression applies last (outside quotes and brackets).
enum Operators {
    enum Kind { case logic, equality, order, division }

    struct Split {
        var left: String
        var symbol: String
        var right: String
        var kind: Kind
    }

    /// Lowest precedence first; word operators need spaces around them.
    private static let levels: [(Kind, [String])] = [
        (.logic, ["||", " or "]), (.logic, ["&&", " and "]),
        (.equality, ["==", "!=", " eq ", " ne "]),
        (.order, ["<=", ">=", "<", ">", " le ", " ge ", " lt ", " gt "]),
        (.division, ["/"]),
    ]

    static func split(_ expression: String) -> Split? {
        let chars = Array(expression)
        var top: [Int] = [] // offsets outside quotes and brackets
        var depth = 0
        var quote: Character?
        for (i, c) in chars.enumerated() {
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "'", "\"": quote = c
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: if depth == 0 { top.append(i) }
            }
        }
        for (kind, symbols) in levels {
            for i in top.reversed() {
                for symbol in symbols where matches(chars, symbol, at: i) && !partOfLonger(chars, symbol, at: i) {
                    let left = String(chars[..<i]).trimmed, right = String(chars[(i + symbol.count)...]).trimmed
                    guard !left.isEmpty, !right.isEmpty else { continue }
                    return Split(left: left, symbol: symbol.trimmed, right: right, kind: kind)
                }
            }
        }
        return nil
    }

    private static func matches(_ chars: [Character], _ symbol: String, at i: Int) -> Bool {
        var k = i
        for c in symbol {
            guard k < chars.count, chars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// `<` in `<=`, `=` runs, `!` of `!=`: the one-character operators inside longer ones.
    private static func partOfLonger(_ chars: [Character], _ symbol: String, at i: Int) -> Bool {
        guard symbol == "<" || symbol == ">" else { return false }
        return i + 1 < chars.count && chars[i + 1] == "="
    }
}

private extension String {
    var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
