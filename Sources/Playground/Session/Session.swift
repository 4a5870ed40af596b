import APIGateway
import VTL

/// The playground's state, shared by the TUI, the REPL and the CLI: the template
/// and request documents, the parsed request, and rendering with API Gateway's
/// behaviour, budgets and cancellation.
public final class Session {
    /// The mapping template being edited.
    public var template: Document
    /// The request file (JSON or YAML, the oracle's request format). Setting it re-parses it.
    public var requestDocument: Document {
        didSet { parseRequest() }
    }
    /// The last request that parsed (the default request until one does).
    public private(set) var request: MethodRequest
    /// Why `requestDocument` does not parse, if it does not.
    public private(set) var requestError: DocumentError?
    /// How to render.
    public var settings: RenderSettings

    public init(template: Document = Document(), requestDocument: Document = Document(), settings: RenderSettings = RenderSettings()) {
        self.template = template
        self.requestDocument = requestDocument
        self.request = MethodRequest()
        self.settings = settings
        parseRequest()
    }

    /// Opens a template file (replacing the current template).
    public func openTemplate(_ path: String) throws(FileError) {
        template = try Document.open(path)
    }

    /// Saves the template atomically, to `path` or to where it came from.
    public func saveTemplate(to path: String? = nil) throws(FileError) {
        try template.save(to: path)
    }

    /// Opens a request file; a file that does not parse is kept (and `requestError` set).
    public func openRequest(_ path: String) throws(FileError) {
        requestDocument = try Document.open(path)
    }

    /// Saves the request file atomically.
    public func saveRequest(to path: String? = nil) throws(FileError) {
        try requestDocument.save(to: path)
    }

    /// Replaces the request (for edits such as the REPL's `:header`): the request
    /// document's text becomes the request as JSON.
    public func setRequest(_ request: MethodRequest) {
        requestDocument.text = RequestWriter.json(request)
        self.request = request
        requestError = nil
    }

    /// Renders the template against the request.
    public func render(isCancelled: (@Sendable () -> Bool)? = nil) -> Outcome {
        if let requestError {
            let position = SourcePosition(offset: 0, line: requestError.line, column: requestError.column)
            let diagnostic = Diagnostic(reason: requestError.reason, range: SourceRange(at: position), templateName: requestError.file)
            return Outcome(output: "", status: nil, diagnostics: [diagnostic], json: .empty)
        }
        return Self.render(template: template.text, name: template.path ?? "template", request: request,
                           settings: settings, isCancelled: isCancelled)
    }

    /// Renders `template` against `request` without a session (safe to call on any thread
    /// with values the caller owns).
    public static func render(template: String, name: String, request: MethodRequest, settings: RenderSettings,
                              kind: TemplateKind = .request, isCancelled: (@Sendable () -> Bool)? = nil) -> Outcome {
        let options = MappingOptions(mapOrder: settings.mapOrder,
                                     render: RenderOptions(limits: settings.limits, recordTrace: settings.recordTrace, isCancelled: isCancelled))
        let result = MappingRenderer.render(template: template, name: name, request: request, kind: kind, options: options)
        var warnings = result.warnings + Pitfalls.macros(in: template, name: name)
        warnings += Pitfalls.escapedQuotes(output: result.output, template: template, name: name, trace: result.trace)
        return Outcome(output: result.output, status: result.status, errorMessage: result.failure?.message,
                       diagnostics: result.failure.map { [$0.diagnostic] } ?? [], warnings: warnings, trace: result.trace,
                       variables: VariablesTree.build(result.topLevel), json: OutputJSON.check(result.output))
    }

    private func parseRequest() {
        let text = requestDocument.text
        if text.allSatisfy(\.isWhitespace) {
            request = MethodRequest()
            requestError = nil
            return
        }
        do {
            request = try MethodRequest(parsing: text, file: requestDocument.path ?? "request")
            requestError = nil
        } catch {
            requestError = error
        }
    }
}

/// How the session renders.
public struct RenderSettings: Sendable {
    /// Loop, depth, output and step budgets.
    public var limits: Limits
    /// Record the evaluation steps (for the trace view).
    public var recordTrace: Bool
    /// `HashMap` order for headers and `$context` as on API Gateway, or insertion order.
    public var mapOrder: MapOrder

    public init(limits: Limits = .apiGateway, recordTrace: Bool = true, mapOrder: MapOrder = .javaHash) {
        self.limits = limits
        self.recordTrace = recordTrace
        self.mapOrder = mapOrder
    }
}
