/// The engine the playground re-renders with after every change. Called on a
/// background thread; it should poll `isCancelled` (between directives, in
/// loops) and return early when it turns true: the result is then discarded.
public protocol LiveRenderer: Sendable {
    func render(_ input: RenderInput, isCancelled: @Sendable () -> Bool) -> RenderReport
}

/// What to render: the template and the request document as the user has them.
public struct RenderInput: Sendable, Equatable {
    public var template: String
    public var request: String
    /// How `request` is written.
    public var requestFormat: RequestFormat
    /// The files the texts come from, for messages (nil when unsaved).
    public var templatePath: String?
    public var requestPath: String?

    public init(template: String, request: String, requestFormat: RequestFormat,
                templatePath: String? = nil, requestPath: String? = nil) {
        self.template = template
        self.request = request
        self.requestFormat = requestFormat
        self.templatePath = templatePath
        self.requestPath = requestPath
    }
}

/// The syntax of the request/context document.
public enum RequestFormat: String, Sendable, Equatable { case json, yaml }

/// The result of one render. Source ranges are UTF-8 byte offsets into the
/// strings of the `RenderInput` (template or request) and into `output`.
public struct RenderReport: Sendable, Equatable {
    /// The rendered body.
    public var output: String
    /// The HTTP status API Gateway would return; nil when nothing could be rendered
    /// (the request document itself is invalid).
    public var status: Int?
    /// API Gateway's error message for a failed render (`Internal server error`, ...).
    public var errorMessage: String?
    public var diagnostics: [Diagnostic]
    public var warnings: [String]
    /// The steps of the evaluation, in order, for the step-through debugger.
    public var trace: [TraceStep]
    /// The variables in scope at the end, as a tree.
    public var variables: [Variable]
    public var elapsed: Duration

    /// `diagnostics` hold errors and warnings with positions; `warnings` are notes without one.
    public init(output: String, status: Int? = 200, errorMessage: String? = nil, diagnostics: [Diagnostic] = [],
                warnings: [String] = [],
                trace: [TraceStep] = [], variables: [Variable] = [], elapsed: Duration = .zero) {
        self.output = output
        self.status = status
        self.errorMessage = errorMessage
        self.diagnostics = diagnostics
        self.warnings = warnings
        self.trace = trace
        self.variables = variables
        self.elapsed = elapsed
    }
}

extension RenderReport {
    /// An error or warning with its place. `line` and `column` are 1-based, as shown to users.
    public struct Diagnostic: Sendable, Equatable {
        public enum Severity: String, Sendable { case error, warning, note }
        /// Which document the position refers to.
        public enum Source: String, Sendable { case template, request }

        public var severity: Severity
        public var message: String
        public var source: Source
        public var line: Int
        public var column: Int
        /// The offending span (UTF-8 offsets into the source document), when known.
        public var range: Range<Int>?

        public init(severity: Severity, message: String, source: Source = .template, line: Int, column: Int,
                    range: Range<Int>? = nil) {
            self.severity = severity
            self.message = message
            self.source = source
            self.line = line
            self.column = column
            self.range = range
        }
    }
}

/// One step of the evaluation: the template span evaluated and the output it produced.
public struct TraceStep: Sendable, Equatable {
    /// A one-line summary, e.g. `#set($a = 1)` or `$input.json('$')`.
    public var title: String
    /// More lines: values, conditions' results, iteration numbers.
    public var details: [String]
    /// UTF-8 offsets into the template.
    public var templateRange: Range<Int>?
    /// UTF-8 offsets into the output; empty when the step wrote nothing.
    public var outputRange: Range<Int>

    public init(title: String, details: [String] = [], templateRange: Range<Int>?, outputRange: Range<Int>) {
        self.title = title
        self.details = details
        self.templateRange = templateRange
        self.outputRange = outputRange
    }
}

extension RenderReport {
    /// A variable (or a member of one) with its full path, type and rendered value.
    public struct Variable: Sendable, Equatable {
        public var name: String
        public var path: String
        public var type: String
        public var value: String
        public var children: [Variable]

        public init(name: String, path: String, type: String, value: String, children: [Variable] = []) {
            self.name = name
            self.path = path
            self.type = type
            self.value = value
            self.children = children
        }
    }
}
