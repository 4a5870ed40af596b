import Foundation
import JSON

/// Readable differences between an expected and an actual output: member by member
/// when both are JSON, else line by line.
public enum OutputDiff {
    /// The lines of the difference, each indented by two spaces.
    public static func lines(expected: String, actual: String) -> [String] {
        if let a = json(expected), let b = json(actual) {
            let found = json(a, b, at: "$")
            if !found.isEmpty { return ["as JSON (key order ignored):"] + found.map { "  " + $0 } }
        }
        return text(expected: expected, actual: actual)
    }

    /// The differences between two JSON values, one line per path:
    /// `$.a.b: expected 1, actual 2`, `$.c: missing (expected "x")`, `$.d: unexpected 3`.
    public static func json(_ expected: JSONValue, _ actual: JSONValue, at path: String = "$") -> [String] {
        switch (expected, actual) {
        case let (.object(x), .object(y)):
            var lines: [String] = []
            for (key, value) in x {
                let child = path + member(key)
                if let other = y[key] { lines += json(value, other, at: child) } else { lines.append("\(child): missing (expected \(short(value)))") }
            }
            for (key, value) in y where x[key] == nil { lines.append("\(path + member(key)): unexpected \(short(value))") }
            return lines
        case let (.array(x), .array(y)) where x.count == y.count:
            return zip(x, y).enumerated().flatMap { index, pair in json(pair.0, pair.1, at: "\(path)[\(index)]") }
        default:
            return expected.sameJSON(as: actual) ? [] : ["\(path): expected \(short(expected)), actual \(short(actual))"]
        }
    }

    /// A line diff: `- ` expected lines, `+ ` actual lines, `  ` common ones (with two
    /// lines of context around changes).
    static func text(expected: String, actual: String) -> [String] {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var rows: [(mark: Character, text: String)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) { rows.append(("-", old[i])); i += 1 }
            else if j < new.count, inserted.contains(j) { rows.append(("+", new[j])); j += 1 }
            else { rows.append((" ", j < new.count ? new[j] : old[i])); i += 1; j += 1 }
        }
        let changed = rows.indices.filter { rows[$0].mark != " " }
        let shown = rows.indices.filter { index in changed.contains { abs($0 - index) <= 2 } }
        var lines: [String] = []
        var last = -1
        for index in shown {
            if last >= 0, index > last + 1 { lines.append("  ...") }
            lines.append("  \(rows[index].mark) \(visible(rows[index].text))")
            last = index
        }
        if lines.isEmpty, expected != actual { lines.append("  (the outputs differ only in invisible characters)") }
        return ["- expected, + actual:"] + lines
    }

    /// Trailing spaces and tabs shown, so whitespace differences can be seen.
    private static func visible(_ line: String) -> String {
        var text = line.replacingOccurrences(of: "\t", with: "→").replacingOccurrences(of: "\r", with: "␍")
        let trailing = text.reversed().prefix { $0 == " " }.count
        if trailing > 0 { text = String(text.dropLast(trailing)) + String(repeating: "·", count: trailing) }
        return text
    }

    private static func json(_ text: String) -> JSONValue? {
        guard StrictJSON.isValid(text) else { return nil }
        return try? PermissiveJSON.parse(text)
    }

    private static func member(_ key: String) -> String {
        let simple = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !(key.first?.isNumber ?? false)
        return simple ? "." + key : "['" + key.replacingOccurrences(of: "'", with: "\\'") + "']"
    }

    /// A value's compact JSON, shortened past 80 characters.
    static func short(_ value: JSONValue) -> String {
        let text = value.jsonText(.compact)
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}
