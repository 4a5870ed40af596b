import APIGateway
import Foundation
import JSON
import JSONPath

/// `vtlplay test --update`: writes what failing cases produced into their file as the
/// new expectations. Only the bytes of the expectations that failed change (a case with
/// no output expectation gets one); everything else in the file is kept byte for byte.
public enum TestUpdater {
    /// The file's new text; `results` are the results of `file`'s cases, in order,
    /// as `TestRunner.run` gave them (possibly filtered).
    public static func updated(_ file: TestFile, results: [CaseResult]) -> String {
        let yaml = !file.path.lowercased().hasSuffix(".json")
        let spans = TextSpans(file.text, yaml: yaml)
        var edits: [(start: Int, end: Int, text: String)] = []
        for result in results {
            guard let testCase = file.cases.first(where: { $0.line == result.line && $0.column == result.column }),
                  !result.passed || testCase.expect.output == nil && testCase.expect.json == nil else { continue }
            edits += caseEdits(testCase, result, spans: spans, yaml: yaml)
        }
        var bytes = Array(file.text.utf8)
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func caseEdits(_ testCase: TestCase, _ result: CaseResult, spans: TextSpans, yaml: Bool) -> [(start: Int, end: Int, text: String)] {
        let actualJSON = StrictJSON.isValid(result.output) ? try? PermissiveJSON.parse(result.output) : nil
        var edits: [(start: Int, end: Int, text: String)] = []
        func replace(_ node: DocumentNode, with value: (_ indent: Int, _ flow: Bool) -> String) {
            let start = spans.offset(line: node.line, column: node.column)
            let keyIndent = node.keyPosition.map { $0.column - 1 }
            let flow = !yaml || isInFlow(spans, start)
            edits.append((start, spans.end(of: start, keyIndent: keyIndent), value(keyIndent ?? 0, flow)))
        }
        guard let expect = testCase.expectNode, case .object(let parts) = expect.kind else {
            edits.append(insertion(into: testCase.caseNode, spans: spans, yaml: yaml,
                                   member: ("expect", { indent, flow in
                                       yaml && !flow ? "\n" + String(repeating: " ", count: indent + 2) + "output: " + yamlString(result.output, indent: indent + 4, flow: false)
                                                     : "{" + quoted("output", yaml: yaml) + ": " + string(result.output, yaml: yaml) + "}"
                                   })))
            return edits
        }
        var hasOutput = false
        for (key, node) in parts {
            switch key {
            case "output", "body":
                hasOutput = true
                if testCase.expect.output != result.output {
                    replace(node) { indent, flow in yaml ? yamlString(result.output, indent: indent + 2, flow: flow) : string(result.output, yaml: false) }
                }
            case "json":
                hasOutput = true
                if let actual = actualJSON, testCase.expect.json.map({ !$0.sameJSON(as: actual) }) ?? true {
                    replace(node) { indent, flow in jsonText(actual, indent: indent + 2, yaml: yaml) }
                }
            case "status":
                if let status = result.status, status != testCase.expect.status { replace(node) { _, _ in String(status) } }
            case "paths":
                guard case .object(let entries) = node.kind, let actual = actualJSON else { continue }
                for (path, expected) in entries {
                    guard let found = try? JSONPath(path).evaluate(actual).jsonValue, !found.sameJSON(as: expected.jsonValue) else { continue }
                    replace(expected) { indent, _ in jsonText(found, indent: indent + 2, yaml: yaml) }
                }
            case "headers":
                guard case .object(let entries) = node.kind else { continue }
                for (name, expected) in entries {
                    guard let actual = result.headers.last(where: { $0.name.lowercased() == name.lowercased() })?.value,
                          actual != expected.scalarText else { continue }
                    replace(expected) { indent, flow in yaml ? yamlString(actual, indent: indent + 2, flow: flow) : string(actual, yaml: false) }
                }
            default: continue
            }
        }
        if !hasOutput {
            edits.append(insertion(into: expect, spans: spans, yaml: yaml, member: ("output", { indent, flow in
                yaml ? yamlString(result.output, indent: indent + 2, flow: flow) : string(result.output, yaml: false)
            })))
        }
        return edits
    }

    /// Adds `key: value` at the end of the object `node` (block or flow).
    private static func insertion(into node: DocumentNode, spans: TextSpans, yaml: Bool,
                                  member: (key: String, value: (_ indent: Int, _ flow: Bool) -> String)) -> (start: Int, end: Int, text: String) {
        let start = spans.offset(line: node.line, column: node.column)
        if !yaml || spans.bytes.indices.contains(start) && spans.bytes[start] == UInt8(ascii: "{") {
            let end = spans.end(of: start, keyIndent: nil) - 1
            let empty = spans.bytes[(start + 1)..<max(start + 1, end)].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            return (end, end, (empty ? "" : ", ") + quoted(member.key, yaml: yaml) + ": " + member.value(0, true))
        }
        let end = spans.blockMappingEnd(start)
        let indent = start - spans.lineStarts[spans.line(of: start) - 1]
        // At the end of a file without a final line break, one ends the added block.
        let close = end == spans.bytes.count ? "\n" : ""
        return (end, end, "\n" + String(repeating: " ", count: indent) + member.key + ":" + (member.key == "expect" ? "" : " ") + member.value(indent, false) + close)
    }

    private static func isInFlow(_ spans: TextSpans, _ start: Int) -> Bool {
        var depth = 0
        for byte in spans.bytes[spans.lineStarts[spans.line(of: start) - 1]..<start] {
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
        }
        return depth > 0
    }

    private static func quoted(_ key: String, yaml: Bool) -> String { yaml ? key : string(key, yaml: false) }

    /// A JSON string (also a valid YAML double-quoted scalar).
    private static func string(_ text: String, yaml: Bool) -> String { JSONValue.string(text).jsonText(.compact) }

    /// A string as YAML: single-quoted on one line, a literal block for plain multi-line
    /// text (outside flow collections), else double-quoted.
    static func yamlString(_ text: String, indent: Int, flow: Bool) -> String {
        let printable = text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{FEFF}") }
        guard printable else { return string(text, yaml: true) }
        if !text.contains("\n") { return "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = text.hasSuffix("\n") ? lines.dropLast() : lines[...]
        let blockable = !flow && !text.hasSuffix("\n\n") && !(body.first?.hasPrefix(" ") ?? true) && !(body.first?.isEmpty ?? true)
            && body.allSatisfy { !$0.hasSuffix(" ") && !$0.hasPrefix("\t") }
        guard blockable else { return string(text, yaml: true) }
        let pad = String(repeating: " ", count: indent)
        return (text.hasSuffix("\n") ? "|" : "|-") + body.map { $0.isEmpty ? "\n" : "\n" + pad + $0 }.joined()
    }

    /// A JSON value for a YAML or JSON file: on one line when short, else indented.
    static func jsonText(_ value: JSONValue, indent: Int, yaml: Bool) -> String {
        let pretty = value.jsonText(.pretty(indent: 2))
        let oneLine = pretty.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }.joined(separator: " ")
        if oneLine.count <= 100 || !yaml { return yaml ? oneLine : value.jsonText(.compact) }
        let pad = String(repeating: " ", count: indent)
        return pretty.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { $0 == 0 ? String($1) : pad + $1 }.joined(separator: "\n")
    }
}

private extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring { drop(while: predicate) }
}
