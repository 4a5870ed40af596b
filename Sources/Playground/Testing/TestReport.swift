import Foundation

/// Writes test results for people (failures with diffs), for TAP consumers and as
/// JUnit XML.
public enum TestReport {
    /// `N passed, N failed`.
    public static func summary(_ results: [CaseResult]) -> String {
        let failed = results.filter { !$0.passed }.count
        return "\(results.count - failed) passed, \(failed) failed"
    }

    /// TAP version 13: one `ok`/`not ok` line per case, failures as YAML diagnostics.
    public static func tap(_ results: [CaseResult]) -> String {
        var lines = ["TAP version 13", "1..\(results.count)"]
        for (index, result) in results.enumerated() {
            lines.append("\(result.passed ? "ok" : "not ok") \(index + 1) - \(result.file): \(result.name)")
            guard !result.passed else { continue }
            lines.append("  ---")
            lines.append("  at: \(result.file):\(result.line):\(result.column)")
            lines.append("  message: |")
            for failure in result.failures {
                lines.append("    " + failure.title)
                lines += failure.detail.map { "      " + $0 }
            }
            lines.append("  ...")
        }
        lines.append("# " + summary(results))
        return lines.joined(separator: "\n") + "\n"
    }

    /// JUnit XML: a `testsuite` per file, a `testcase` per case, a `failure` per failed case.
    public static func junit(_ results: [CaseResult]) -> String {
        var files: [String] = []
        for result in results where !files.contains(result.file) { files.append(result.file) }
        let failures = results.filter { !$0.passed }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"vtlplay\" tests=\"\(results.count)\" failures=\"\(failures)\">\n"
        for file in files {
            let cases = results.filter { $0.file == file }
            xml += "  <testsuite name=\"\(escape(file))\" tests=\"\(cases.count)\" failures=\"\(cases.filter { !$0.passed }.count)\">\n"
            for result in cases {
                xml += "    <testcase name=\"\(escape(result.name))\" classname=\"\(escape(file))\" file=\"\(escape(file))\" line=\"\(result.line)\""
                if result.passed {
                    xml += "/>\n"
                    continue
                }
                let message = result.failures.map(\.title).joined(separator: "; ")
                let detail = result.failures.flatMap { [$0.title] + $0.detail.map { "  " + $0 } }.joined(separator: "\n")
                xml += ">\n      <failure message=\"\(escape(message))\">\(escape(detail))</failure>\n    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    /// XML text: markup characters as entities; control characters XML cannot hold as `?`.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
