import VTL

/// Everything one render of the session's template produced: what the TUI's
/// panes, the REPL and the CLI show.
public struct Outcome: Sendable {
    /// The rendered text (up to the failure, if any).
    public var output: String
    /// The HTTP status API Gateway would answer: 200, `$context.responseOverride.status`
    /// when the template set one, 500 for a template error, 400 for a body `$input`
    /// could not parse; nil when the request file itself is invalid (nothing rendered).
    public var status: Int?
    /// API Gateway's error message when the render failed (`Internal server error`,
    /// `Could not process payload...`).
    public var errorMessage: String?
    /// Errors with their positions: a template syntax or runtime error, or a request
    /// file problem (its `templateName` is then the request file's name).
    public var diagnostics: [Diagnostic]
    /// Findings that do not stop the render: AWS pitfalls, loop limits, template size.
    public var warnings: [Diagnostic]
    /// The evaluation steps, when the session records them.
    public var trace: Trace?
    /// `$context`, `$input`, `$stageVariables`, `$util`, then the variables `#set` defined.
    public var variables: [VariableNode]
    /// Whether the output is valid JSON, and where it is not.
    public var json: JSONCheck

    public init(output: String, status: Int?, errorMessage: String? = nil, diagnostics: [Diagnostic] = [], warnings: [Diagnostic] = [],
                trace: Trace? = nil, variables: [VariableNode] = [], json: JSONCheck) {
        self.output = output
        self.status = status
        self.errorMessage = errorMessage
        self.diagnostics = diagnostics
        self.warnings = warnings
        self.trace = trace
        self.variables = variables
        self.json = json
    }
}

/// The output seen as JSON (mapping templates usually produce JSON).
public enum JSONCheck: Sendable, Equatable {
    /// The output parses as JSON.
    case valid
    /// The output is empty or blank.
    case empty
    /// The output is not JSON: the reason and its 1-based line and column in the output.
    case invalid(reason: String, line: Int, column: Int)
}
