/// A parsed Velocity template, as API Gateway runs it (Apache Velocity 1.7 with
/// undefined references rendering as `""`). Parse once, render many times.
public struct Template: Sendable {
    /// The name used in diagnostics (a file path or a label).
    public let name: String
    /// The source text as given.
    public let source: String
    /// The source's bytes and line table (nodes refer to byte offsets into it).
    let text: SourceText
    let root: Block
    /// The variable names, by slot (see `VariableSlots`).
    let variableNames: [String]

    /// Parses `source`; a syntax error throws a `Diagnostic` with its position.
    public init(parsing source: String, name: String = "template") throws(Diagnostic) {
        self.name = name
        self.source = source
        var parser = Parser(source: source, templateName: name)
        self.root = try parser.parseTemplate()
        self.text = parser.text
        self.variableNames = parser.variables.names
    }

    /// Renders with `globals` (`$input`, `$util`, `$context`, variables kept from an earlier
    /// render, ...). Never throws: a runtime failure is `RenderResult.failure`.
    public func render(globals: [String: Value] = [:], options: RenderOptions = RenderOptions()) -> RenderResult {
        var evaluator = Evaluator(template: self, globals: globals, options: options)
        return evaluator.run()
    }
}

/// How to render.
public struct RenderOptions: Sendable {
    public var limits: Limits
    /// Record a `Trace` of every evaluation step (costs nothing when false).
    public var recordTrace: Bool
    /// Polled regularly; returning true stops the render with the failure "render cancelled".
    public var isCancelled: (@Sendable () -> Bool)?
    /// Looks at the variables as they are at chosen steps of a traced render (a debugger).
    public var observer: (any StepObserver)?

    public init(limits: Limits = Limits(), recordTrace: Bool = false, isCancelled: (@Sendable () -> Bool)? = nil,
                observer: (any StepObserver)? = nil) {
        self.limits = limits
        self.recordTrace = recordTrace
        self.isCancelled = isCancelled
        self.observer = observer
    }
}

/// The outcome of a render.
public struct RenderResult {
    /// The text produced (up to the failure, if any).
    public var output: String
    /// A runtime error (API Gateway answers HTTP 500); `output` is what was produced before it.
    public var failure: Diagnostic?
    /// Non-fatal findings: `#foreach` loop limit reached, template larger than 300 KB, ...
    public var warnings: [Diagnostic]
    /// The evaluation steps, when `RenderOptions.recordTrace` was set.
    public var trace: Trace?
    /// The top-level variables after the render: the globals plus every `#set` at top
    /// level (for a REPL or a variables view; pass them back as `globals` to continue).
    public var variables: [String: Value]

    public init(output: String, failure: Diagnostic? = nil, warnings: [Diagnostic] = [], trace: Trace? = nil, variables: [String: Value] = [:]) {
        self.output = output
        self.failure = failure
        self.warnings = warnings
        self.trace = trace
        self.variables = variables
    }
}
