import APIGateway
import JSON
import VTL

/// One lint finding: `FILE:LINE:COL: warning: MESSAGE [RULE]`.
public struct LintFinding: Sendable, Equatable {
    public var rule: LintRule
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var text: String { "\(file):\(line):\(column): warning: \(message) [\(rule.rawValue)]" }
}

/// The lint rules.
public enum LintRule: String, Sendable, CaseIterable {
    case macro
    case unsupportedDirective = "unsupported-directive"
    case escapedQuote = "escaped-quote"
    case invalidJSON = "invalid-json"
    case unquotedPath = "unquoted-path"
    case loopLimit = "loop-limit"
    case templateSize = "template-size"
    case parameterMapping = "parameter-mapping"
    case syntax

    /// What the rule looks for (SARIF's rule description).
    public var summary: String {
        switch self {
        case .macro: "#macro definitions, which API Gateway ignores"
        case .unsupportedDirective: "#evaluate, #include, #parse, #define, which API Gateway does not run"
        case .escapedQuote: "$util.escapeJavaScript in JSON output (\\' is not a JSON escape)"
        case .invalidJSON: "an application/json template whose output is not JSON on a representative request"
        case .unquotedPath: "$input.path(...) outside quotes in JSON"
        case .loopLimit: "#foreach that can pass API Gateway's 1,000 iterations"
        case .templateSize: "templates over 300 KB"
        case .parameterMapping: "parameter mappings API Gateway would refuse"
        case .syntax: "templates that do not parse"
        }
    }
}

/// Checks templates and API definitions for what works in Velocity but not (or not as
/// expected) on API Gateway, through the playground's pitfall checks and renderer.
public enum Linter {
    /// Checks one template. `json` says whether it produces JSON (a definition's
    /// `application/json` template); nil guesses from the template's first character.
    /// `place` maps a position in the template to a position in its file.
    public static func lint(template: String, file: String, json: Bool? = nil,
                            place: (SourcePosition) -> (line: Int, column: Int) = { ($0.line, $0.column) }) -> [LintFinding] {
        var found: [(LintRule, Diagnostic)] = []
        found += Pitfalls.macros(in: template, name: file).map { (.macro, $0) }
        found += Pitfalls.unsupportedDirectives(in: template, name: file).map { (.unsupportedDirective, $0) }
        found += Pitfalls.longLoops(template: template, name: file).map { (.loopLimit, $0) }
        found += Pitfalls.templateSize(template: template, name: file).map { (.templateSize, $0) }
        let producesJSON = json ?? Pitfalls.looksLikeJSON(template)
        if producesJSON {
            found += Pitfalls.escapeJavaScriptInJSON(template: template, name: file).map { (.escapedQuote, $0) }
            found += Pitfalls.unquotedPaths(template: template, name: file).map { (.unquotedPath, $0) }
        }
        let outcome = Session.render(template: template, name: file, request: representativeRequest, settings: RenderSettings(recordTrace: true))
        if let failure = outcome.diagnostics.first, outcome.status == 500, case .parse = failureKind(failure) {
            found.append((.syntax, failure))
        } else if producesJSON, case .invalid(let reason, let line, let column) = outcome.json, outcome.diagnostics.isEmpty {
            let range = outputSource(line: line, column: column, output: outcome.output, trace: outcome.trace)
            found.append((.invalidJSON, Diagnostic(severity: .warning,
                                                   reason: "on a request with an empty JSON body the output is not JSON (output line \(line), column \(column): \(reason))",
                                                   range: range, templateName: file)))
        }
        return found.map { rule, diagnostic in
            let position = place(diagnostic.range.start)
            return LintFinding(rule: rule, file: file, line: position.line, column: position.column, message: diagnostic.reason)
        }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Checks every template and parameter mapping of an API definition.
    public static func lint(definition: APIDefinition) -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in definition.entries {
            switch entry.content {
            case .template(let text):
                let json = entry.reference.contentType.map { $0.lowercased().contains("json") }
                findings += lint(template: text, file: entry.file, json: json) { position in
                    // A one-line value keeps its column; a block's lines follow its key.
                    position.line == 1 ? (entry.line, entry.column + position.column - 1) : (entry.line + position.line - 1, position.column)
                }.map { finding in
                    var finding = finding
                    finding.message += " (in \(entry.reference.text))"
                    return finding
                }
            case .parameters(let mappings):
                findings += lint(mappings: mappings, entry: entry)
            }
        }
        return findings
    }

    /// Parameter mappings API Gateway would refuse (put-integration's validation).
    static func lint(mappings: [MappingEntry], entry: DefinitionEntry) -> [LintFinding] {
        let side: MappingSide = entry.reference.kind == .responseParameters ? .response : .request
        let validator = MappingValidator(api: .rest, side: side)
        return mappings.flatMap { mapping in
            validator.expressionProblems(mapping).map { problem in
                LintFinding(rule: .parameterMapping, file: entry.file, line: entry.line, column: entry.column,
                            message: "API Gateway would refuse \(mapping.target): \(problem) (in \(entry.reference.text))")
            }
        }
    }

    /// The request lint renders with: an empty JSON body, JSON content type.
    static var representativeRequest: MethodRequest { MethodRequest(body: "{}", headers: ["Content-Type": "application/json"]) }

    private enum FailureKind { case parse, runtime }
    private static func failureKind(_ diagnostic: Diagnostic) -> FailureKind {
        diagnostic.reason.contains("Encountered") || diagnostic.reason.lowercased().contains("parse") ? .parse : .runtime
    }

    /// The template range of the step that wrote the output at `line`:`column`, else the start.
    private static func outputSource(line: Int, column: Int, output: String, trace: Trace?) -> SourceRange {
        var offset = 0, currentLine = 1, currentColumn = 1
        for scalar in output.unicodeScalars {
            if currentLine == line && currentColumn >= column || currentLine > line { break }
            if scalar == "\n" { currentLine += 1; currentColumn = 1 } else { currentColumn += 1 }
            offset += UTF8.width(scalar)
        }
        if let event = trace?.events.last(where: { $0.outputRange.contains(offset) && $0.sourceRange.start.offset != $0.sourceRange.end.offset }) {
            return event.sourceRange
        }
        return SourceRange(at: SourcePosition(offset: 0, line: 1, column: 1))
    }
}
