import Foundation
import JSON

/// Lint findings as compiler-style lines, GitHub workflow annotations or SARIF 2.1.0.
public enum LintReport {
    public enum Format: String, Sendable, CaseIterable {
        case text, github, sarif
    }

    public static func format(_ findings: [LintFinding], as format: Format) -> String {
        switch format {
        case .text:
            return findings.map { $0.text + "\n" }.joined()
        case .github:
            return findings.map { finding in
                "::warning file=\(property(finding.file)),line=\(finding.line),col=\(finding.column),title=\(property(finding.rule.rawValue))::\(data(finding.message))\n"
            }.joined()
        case .sarif:
            return sarif(findings).jsonText(.pretty(indent: 2)) + "\n"
        }
    }

    private static func sarif(_ findings: [LintFinding]) -> JSONValue {
        let rules: [JSONValue] = LintRule.allCases.map { rule in
            .object(["id": .string(rule.rawValue), "shortDescription": .object(["text": .string(rule.summary)])])
        }
        let results: [JSONValue] = findings.map { finding in
            let region: JSONValue = .object(["startLine": .int(Int32(clamping: finding.line)), "startColumn": .int(Int32(clamping: finding.column))])
            let location: JSONValue = .object(["physicalLocation": .object([
                "artifactLocation": .object(["uri": .string(finding.file)]), "region": region,
            ])])
            return .object(["ruleId": .string(finding.rule.rawValue), "level": .string("warning"),
                            "message": .object(["text": .string(finding.message)]), "locations": .array([location])])
        }
        let driver: JSONValue = .object(["name": .string("vtlplay"), "rules": .array(rules)])
        let run: JSONValue = .object(["tool": .object(["driver": driver]), "results": .array(results)])
        return .object(["$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"), "version": .string("2.1.0"), "runs": .array([run])])
    }

    /// GitHub's escaping of a workflow command's message.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a workflow command's property.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
