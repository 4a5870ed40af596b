import Playground
import VTL

/// Maps a Playground `Outcome` to the UI's `RenderReport`.
enum ReportBuilder {
    static func report(_ outcome: Outcome, template: String) -> RenderReport {
        RenderReport(output: outcome.output, status: outcome.status, errorMessage: outcome.errorMessage,
                     diagnostics: (outcome.diagnostics + outcome.warnings).map(diagnostic),
                     trace: TraceSteps.steps(outcome.trace?.events ?? [], template: template, output: outcome.output),
                     variables: outcome.variables.map(variable))
    }

    static func diagnostic(_ diagnostic: VTL.Diagnostic) -> RenderReport.Diagnostic {
        let severity: RenderReport.Diagnostic.Severity = switch diagnostic.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        let start = diagnostic.range.start
        return RenderReport.Diagnostic(severity: severity, message: diagnostic.reason, source: .template,
                                       line: start.line, column: start.column, range: diagnostic.range.offsets)
    }

    static func variable(_ node: VariableNode) -> RenderReport.Variable {
        RenderReport.Variable(name: node.name, path: node.path, type: node.typeName, value: node.rendered,
                              children: node.children.map(variable))
    }
}
