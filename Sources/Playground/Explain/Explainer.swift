/// Explains each part of a VTL expression or line for `:explain`: references
/// (`$input`, `$util`, `$context`, `$stageVariables`, variables), method calls,
/// JSONPath arguments, directives and literals.
public struct Explainer {
    /// Variables `#set` defined, with their type names.
    public var variables: [String: String]

    public init(variables: [String: String] = [:]) { self.variables = variables }

    /// One part of the expression and what it means.
    public struct Row: Equatable, Sendable {
        public var part: String
        public var meaning: String
        /// For a reference's parts, the reference up to and including this part
        /// (`$list.size()` for `.size()`): what to evaluate to show its value.
        public var source: String? = nil
    }

    /// The parts of `text`, left to right.
    public func explain(_ text: String) -> [Row] {
        var explainer = self
        for name in Self.loopVariables(in: text) where explainer.variables[name] == nil {
            explainer.variables[name] = "the #foreach loop variable: each item in turn"
        }
        return explainer.rows(text)
    }

    /// Names declared by `#foreach($name in ...)`.
    static func loopVariables(in text: String) -> [String] {
        var names: [String] = []
        for opener in ["#foreach(", "#{foreach}("] {
            var rest = Substring(text)
            while let range = rest.firstRange(of: opener) {
                rest = rest[range.upperBound...].drop { $0 == " " }
                guard rest.first == "$" else { continue }
                let name = rest.dropFirst().drop { $0 == "!" || $0 == "{" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                if !name.isEmpty { names.append(String(name)) }
            }
        }
        return names
    }

    private func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "$" {
                i = reference(chars, from: i, into: &rows)
            } else if c == "#" {
                i = directive(chars, from: i, into: &rows)
            } else if c == "'" || c == "\"" {
                let end = closing(chars, from: i)
                let literal = String(chars[i..<end])
                rows.append(Row(part: literal, meaning: c == "'" ? "a string, taken literally" : "a string; $references inside are replaced by their values"))
                i = end
            } else if c.isNumber {
                var end = i
                while end < chars.count, chars[end].isNumber || chars[end] == "." { end += 1 }
                let number = String(chars[i..<end])
                rows.append(Row(part: number, meaning: number.contains(".") ? "a Double number" : "an Integer number"))
                i = end
            } else if let (op, meaning) = Self.operators.first(where: { matches(chars, at: i, $0.0) }) {
                rows.append(Row(part: op, meaning: meaning))
                i += op.count
            } else {
                i += 1
            }
        }
        return rows
    }

    private static let operators: [(String, String)] = [
        ("==", "equal: numbers by value, otherwise by their text"), ("!=", "not equal"),
        ("&&", "and"), ("||", "or"), ("<=", "at most"), (">=", "at least"),
        ("<", "less than: only numbers are ordered (anything else compares false)"),
        (">", "greater than: only numbers are ordered (anything else compares false)"),
        ("/", "division: two integers give an integer (7 / 2 is 3)"),
        ("[", "a list literal, or an index: $list[0]"), ("{", "a map literal: {\"key\": value}"),
        ("..", "a range: [1..3] is [1, 2, 3]"),
    ]

    private func matches(_ chars: [Character], at i: Int, _ text: String) -> Bool {
        var k = i
        for c in text {
            guard k < chars.count, chars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// The index just after the string literal starting at `start`.
    private func closing(_ chars: [Character], from start: Int) -> Int {
        var k = start + 1
        while k < chars.count, chars[k] != chars[start] { k += 1 }
        return min(k + 1, chars.count)
    }

    private func directive(_ chars: [Character], from start: Int, into rows: inout [Row]) -> Int {
        if matches(chars, at: start, "##") {
            rows.append(Row(part: "##", meaning: Reference.directives.first { $0.name == "##" }!.meaning))
            return chars.count
        }
        if matches(chars, at: start, "#*") {
            rows.append(Row(part: "#*", meaning: Reference.directives.first { $0.name == "#*" }!.meaning))
            var k = start + 2
            while k < chars.count, !matches(chars, at: k, "*#") { k += 1 }
            return min(k + 2, chars.count)
        }
        var k = start + 1
        if k < chars.count, chars[k] == "{" { k += 1 }
        let nameStart = k
        while k < chars.count, chars[k].isLetter { k += 1 }
        let name = "#" + String(chars[nameStart..<k])
        if k < chars.count, chars[k] == "}" { k += 1 }
        if let entry = Reference.directives.first(where: { $0.name == name }) {
            rows.append(Row(part: name, meaning: entry.meaning))
        } else if name.count > 1 {
            rows.append(Row(part: name, meaning: "not a directive: printed as written (a macro call would be, on API Gateway)"))
        }
        return k
    }

    private func identifier(_ chars: [Character], from start: Int) -> Int {
        var k = start
        while k < chars.count, chars[k].isLetter || chars[k].isNumber || chars[k] == "_" || chars[k] == "-" { k += 1 }
        return k
    }

    private func reference(_ chars: [Character], from start: Int, into rows: inout [Row]) -> Int {
        var k = start + 1
        var quiet = false
        var braced = false
        if k < chars.count, chars[k] == "!" { quiet = true; k += 1 }
        if k < chars.count, chars[k] == "{" { braced = true; k += 1 }
        let nameEnd = identifier(chars, from: k)
        guard nameEnd > k else { return start + 1 }
        let root = String(chars[k..<nameEnd])
        var path = "$" + root
        var source = path
        var rowPart = String(chars[start..<nameEnd])
        rows.append(Row(part: rowPart, meaning: rootMeaning(root) + (quiet ? " ($! renders nothing when it is null)" : ""), source: source))
        k = nameEnd
        var documentedPath = Reference.lookup(reference: path) != nil
        while k < chars.count {
            if chars[k] == "[" {
                let end = closingBracket(chars, from: k)
                source += String(chars[k..<end])
                rows.append(Row(part: String(chars[k..<end]), meaning: "index: a list's item (from 0) or a map's value for a key", source: source))
                k = end
                documentedPath = false
                continue
            }
            guard chars[k] == ".", k + 1 < chars.count, chars[k + 1].isLetter else { break }
            let memberEnd = identifier(chars, from: k + 1)
            let member = String(chars[(k + 1)..<memberEnd])
            let isCall = memberEnd < chars.count && chars[memberEnd] == "("
            let emptyCall = isCall && memberEnd + 1 < chars.count && chars[memberEnd + 1] == ")"
            rowPart = String(chars[k..<memberEnd]) + (isCall ? (emptyCall ? "()" : "(…)") : "")
            let memberRow = rows.count
            if isCall, documentedPath, let entry = Reference.lookup(reference: path + "." + member + "(") {
                rows.append(Row(part: rowPart, meaning: entry.meaning))
                path += "." + member + "("
            } else if !isCall, documentedPath || Reference.lookup(reference: path + "." + member) != nil || path.hasPrefix("$context") {
                path += "." + member
                if let entry = Reference.lookup(reference: path) {
                    rows.append(Row(part: rowPart, meaning: entry.meaning))
                } else if path.hasPrefix("$context.authorizer.claims.") {
                    rows.append(Row(part: rowPart, meaning: "the Cognito claim \"\(member)\""))
                } else if path.hasPrefix("$context.authorizer.") {
                    rows.append(Row(part: rowPart, meaning: "the Lambda authorizer's context value \"\(member)\""))
                } else if path.hasPrefix("$stageVariables.") {
                    rows.append(Row(part: rowPart, meaning: "the stage variable \"\(member)\""))
                } else if path.hasPrefix("$context") && Reference.context.contains(where: { $0.name.hasPrefix(path + ".") }) {
                    rows.append(Row(part: rowPart, meaning: "a group of $context variables"))
                } else {
                    rows.append(Row(part: rowPart, meaning: "\"\(member)\": a map key or a getter (get\(member.prefix(1).uppercased() + member.dropFirst())()); renders \"\" when there is none"))
                }
            } else if isCall, let entry = Reference.methods.first(where: { $0.name == member }) {
                rows.append(Row(part: rowPart, meaning: entry.meaning))
                documentedPath = false
            } else {
                rows.append(Row(part: rowPart, meaning: isCall ? "the method \(member)(): unknown here; an unresolved call renders as \"\"" : "\"\(member)\": a map key or a getter; renders \"\" when there is none"))
                documentedPath = false
            }
            source += String(chars[k..<memberEnd])
            k = memberEnd
            if isCall { source += String(chars[k..<closingParenthesis(chars, from: k)]) }
            if memberRow < rows.count { rows[memberRow].source = source }
            if isCall {
                let end = closingParenthesis(chars, from: k)
                let inside = Array(chars[(k + 1)..<max(k + 1, end - 1)])
                if path == "$input.json(" || path == "$input.path(", let quote = inside.first, quote == "'" || quote == "\"" {
                    let jsonPath = String(inside.dropFirst().prefix { $0 != quote })
                    rows.append(contentsOf: explainJSONPath(jsonPath))
                } else {
                    rows.append(contentsOf: self.rows(String(inside)))
                }
                k = end
                documentedPath = false
            }
        }
        if braced, k < chars.count, chars[k] == "}" { k += 1 }
        return k
    }

    private func closingParenthesis(_ chars: [Character], from start: Int) -> Int {
        var depth = 0
        var k = start
        while k < chars.count {
            if chars[k] == "'" || chars[k] == "\"" { k = closing(chars, from: k); continue }
            if chars[k] == "(" { depth += 1 }
            if chars[k] == ")" { depth -= 1; if depth == 0 { return k + 1 } }
            k += 1
        }
        return chars.count
    }

    private func closingBracket(_ chars: [Character], from start: Int) -> Int {
        var k = start
        while k < chars.count, chars[k] != "]" { k += 1 }
        return min(k + 1, chars.count)
    }

    private func rootMeaning(_ root: String) -> String {
        if let entry = Reference.lookup(reference: "$" + root) { return entry.meaning }
        if let type = variables[root] { return type.hasPrefix("the #foreach") ? type : "a variable you #set (\(type))" }
        switch root {
        case "foreach": return "the current #foreach loop: index, count, hasNext, first, last"
        case "velocityCount": return "the current #foreach iteration, from 1"
        case "velocityHasNext": return "whether the current #foreach has more items"
        default: return "not defined: renders as \"\" on API Gateway (#set it first)"
        }
    }

    /// The steps of a JSONPath (Jayway dialect) such as `$.things[0].name`.
    func explainJSONPath(_ path: String) -> [Row] {
        var rows = [Row(part: "'\(path)'", meaning: "a JSONPath, evaluated against the request body")]
        let chars = Array(path)
        var k = 0
        while k < chars.count {
            if chars[k] == "$" {
                rows.append(Row(part: "$", meaning: "the root of the body"))
                k += 1
            } else if matches(chars, at: k, "..") {
                let end = identifier(chars, from: k + 2)
                rows.append(Row(part: String(chars[k..<end]), meaning: "deep scan: every \"\(String(chars[(k + 2)..<end]))\" at any depth (gives a list)"))
                k = max(end, k + 2)
            } else if chars[k] == "." {
                let end = identifier(chars, from: k + 1)
                let name = String(chars[(k + 1)..<end])
                rows.append(Row(part: "." + (name.isEmpty && end < chars.count && chars[end] == "*" ? "*" : name), meaning: name.isEmpty ? "every property (gives a list)" : "the property \"\(name)\""))
                k = name.isEmpty ? end + 1 : end
            } else if chars[k] == "[" {
                let end = closingBracket(chars, from: k)
                let inside = String(chars[(k + 1)..<max(k + 1, end - 1)])
                let meaning: String
                if inside == "*" { meaning = "every item (gives a list)" }
                else if inside.hasPrefix("?") { meaning = "a filter: the items for which the condition holds (gives a list)" }
                else if inside.hasPrefix("'") || inside.hasPrefix("\"") { meaning = "the property \(inside)" }
                else if inside.contains(":") { meaning = "a slice of the array (gives a list)" }
                else { meaning = "the array item at index \(inside) (from 0)" }
                rows.append(Row(part: String(chars[k..<end]), meaning: meaning))
                k = end
            } else {
                k += 1
            }
        }
        return rows
    }
}
