import APIGateway
import Foundation
import JSON
import JSONPath

/// What running one case gave.
public struct CaseResult {
    public var file: String
    public var name: String
    public var line: Int
    public var column: Int
    /// What the case produced (the output, or an invocation's body).
    public var output: String
    public var status: Int?
    public var headers: [(name: String, value: String)]
    /// Each failed expectation: a title and its detail lines (a diff).
    public var failures: [(title: String, detail: [String])]

    public var passed: Bool { failures.isEmpty }

    /// `FILE:LINE:COL: NAME` then each failure and its detail, indented.
    public var report: String {
        var lines = ["FAIL \(file):\(line):\(column): \(name)"]
        for failure in failures {
            lines.append("  " + failure.title)
            lines += failure.detail.map { "    " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs test files' cases through the playground's renderer (or the invoker, or the
/// parameter mapper) and checks their expectations.
public enum TestRunner {
    /// The `*.vtltest.yaml`, `*.vtltest.yml` and `*.vtltest.json` files under `paths`
    /// (a file given by name is taken whatever its name), sorted.
    public static func discover(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = [], missing: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            guard isDirectory.boolValue else { files.append(path); continue }
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String }.filter(isTestFile).sorted() ?? []
            files += found.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.map { (path as NSString).appendingPathComponent($0) }
        }
        return (files, missing)
    }

    static func isTestFile(_ name: String) -> Bool {
        [".vtltest.yaml", ".vtltest.yml", ".vtltest.json"].contains { name.hasSuffix($0) }
    }

    /// Runs the cases whose name contains `filter` (all when nil).
    public static func run(_ file: TestFile, filter: String? = nil) -> [CaseResult] {
        file.cases.filter { filter == nil || $0.name.localizedCaseInsensitiveContains(filter!) }.map { run($0, of: file) }
    }

    static func run(_ testCase: TestCase, of file: TestFile) -> CaseResult {
        var result = CaseResult(file: file.path, name: testCase.name, line: testCase.line, column: testCase.column,
                                output: "", status: nil, headers: [], failures: [])
        var error: String?
        switch file.subject {
        case .template(let text, let name, let kind):
            let outcome = Session.render(template: text, name: name, request: testCase.request,
                                         settings: RenderSettings(recordTrace: false), kind: kind)
            result.output = outcome.output
            result.status = outcome.status
            if let diagnostic = outcome.diagnostics.first { error = diagnostic.formatted(source: text) }
        case .invocation(var invocation):
            invocation.request = testCase.request
            let answer = Invoker.invoke(invocation)
            result.output = answer.body
            result.status = answer.status
            result.headers = answer.headers
            error = answer.configurationError
        case .mapping(let mapping, let declarations, let api, let route):
            let run = MappingRun(api: api, route: route)
            switch run.run(mapping: mapping, declarations: declarations, request: APIGateway.SourceText(name: file.path, text: testCase.requestJSON)) {
            case .mapped(_, let side, let mapped):
                result.output = MappingReport.json(mapped, side: side)
                result.status = 200
            case .unreadable(let message): error = message
            case .invalid(let refusal, let notes, _): error = ([refusal.description] + notes).joined(separator: "\n")
            case .rejected(let rejection):
                result.status = rejection.status
                error = rejection.description
            }
        }
        check(testCase.expect, &result, error: error)
        return result
    }

    private static func check(_ expect: Expectation, _ result: inout CaseResult, error: String?) {
        if let error, expect.status == nil || expect.status != result.status {
            result.failures.append(("it failed" + (result.status.map { " (status \($0))" } ?? ""), error.split(separator: "\n").map(String.init)))
        }
        if let status = expect.status, status != result.status {
            result.failures.append(("status: expected \(status), actual \(result.status.map(String.init) ?? "none")", []))
        }
        if let output = expect.output, output != result.output {
            result.failures.append(("output differs", OutputDiff.lines(expected: output, actual: result.output)))
        }
        var actualJSON: JSONValue?
        if expect.json != nil || !expect.paths.isEmpty {
            if let problem = StrictJSON.firstError(in: result.output) {
                result.failures.append(("the output is not JSON (\(problem.location): \(problem.reason))", quoted(result.output)))
            } else {
                actualJSON = try? PermissiveJSON.parse(result.output)
            }
        }
        if let expected = expect.json, let actual = actualJSON, !expected.sameJSON(as: actual) {
            result.failures.append(("json differs", OutputDiff.json(expected, actual).map { $0 }))
        }
        for (path, expected) in expect.paths {
            guard let actual = actualJSON else { break }
            do {
                let compiled = try JSONPath(path)
                guard let found = try compiled.evaluate(actual).jsonValue else {
                    result.failures.append(("\(path): not found (expected \(OutputDiff.short(expected)))", []))
                    continue
                }
                if !expected.sameJSON(as: found) {
                    result.failures.append(("\(path): expected \(OutputDiff.short(expected)), actual \(OutputDiff.short(found))", []))
                }
            } catch {
                result.failures.append(("\(path): \(error)", []))
            }
        }
        for (name, value) in expect.headers {
            let actual = result.headers.last { $0.name.lowercased() == name.lowercased() }?.value
            if actual != value {
                result.failures.append(("header \(name): expected \(quote(value)), actual \(actual.map(quote) ?? "none")", []))
            }
        }
    }

    private static func quoted(_ output: String) -> [String] {
        output.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map { "| " + $0 }
    }

    private static func quote(_ text: String) -> String { JSONValue.string(text).jsonText(.compact) }
}
