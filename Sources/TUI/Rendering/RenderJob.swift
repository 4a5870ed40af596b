/// A render the UI asks for: snapshots of both documents (cheap copies) and a
/// generation number; a newer generation makes older ones obsolete.
public struct RenderRequest: Sendable {
    public var generation: Int
    public var template: TextBuffer
    public var request: TextBuffer
    public var requestFormat: RequestFormat
    public var templatePath: String?
    public var requestPath: String?
}

/// Whether the output is JSON.
public enum JSONStatus: Sendable, Equatable {
    case empty
    case valid
    /// Not JSON: the first error at a 1-based line and column.
    case invalid(line: Int, column: Int, message: String)
}

/// A report made ready for display, off the input path: the output as a
/// buffer, its pretty-printed JSON, and every range as buffer positions.
public struct RenderOutcome: Sendable {
    public var generation: Int
    public var report: RenderReport
    public var output: TextBuffer
    /// The pretty-printed output when it is valid JSON.
    public var pretty: TextBuffer?
    public var json: JSONStatus
    /// A JSON request document's first syntax error, checked here independently of the engine.
    public var requestError: (position: TextPosition, message: String)?
    /// For each diagnostic, its span in the template or the request buffer.
    public var diagnosticRanges: [TextRange?]
    /// For each trace step, its span in the template and in the output.
    public var stepTemplateRanges: [TextRange?]
    public var stepOutputRanges: [TextRange]

    public init(generation: Int, report: RenderReport, template: TextBuffer, request: TextBuffer,
                requestFormat: RequestFormat = .json) {
        self.generation = generation
        self.report = report
        output = TextBuffer(report.output)
        let trimmed = report.output.drop(while: \.isWhitespace)
        if trimmed.isEmpty {
            json = .empty
        } else {
            switch JSONFormatter.check(report.output) {
            case .valid(let text):
                json = .valid
                pretty = TextBuffer(text)
            case .invalid(let line, let column, let message):
                json = .invalid(line: line, column: column, message: message)
            }
        }
        if requestFormat == .json, case .invalid(let line, let column, let message) = JSONFormatter.check(request.text) {
            requestError = (Self.position(line: line, column: column, in: request), message)
        }
        let templateLocator = UTF8Locator(template)
        let outputLocator = UTF8Locator(output)
        var requestLocator: UTF8Locator?
        diagnosticRanges = report.diagnostics.map { diagnostic in
            guard let range = diagnostic.range else { return nil }
            if diagnostic.source == .template { return templateLocator.range(ofUTF8: range) }
            if requestLocator == nil { requestLocator = UTF8Locator(request) }
            return requestLocator?.range(ofUTF8: range)
        }
        stepTemplateRanges = report.trace.map { $0.templateRange.map(templateLocator.range(ofUTF8:)) }
        stepOutputRanges = report.trace.map { outputLocator.range(ofUTF8: $0.outputRange) }
    }

    /// The buffer position of a 1-based line and a column counted in Unicode scalars.
    static func position(line: Int, column: Int, in buffer: TextBuffer) -> TextPosition {
        let index = min(max(line - 1, 0), buffer.lineCount - 1)
        var scalars = 0, cluster = 0
        for character in buffer.line(index) {
            scalars += character.unicodeScalars.count
            if scalars >= column { break }
            cluster += 1
        }
        return TextPosition(line: index, column: cluster)
    }
}

/// Runs a render request against an engine; called by the adapter on a background thread.
public enum RenderJob {
    /// The prepared outcome, or nil when cancelled.
    public static func run(_ request: RenderRequest, renderer: some LiveRenderer,
                           isCancelled: @Sendable () -> Bool) -> RenderOutcome? {
        let input = RenderInput(template: request.template.text, request: request.request.text,
                                requestFormat: request.requestFormat, templatePath: request.templatePath,
                                requestPath: request.requestPath)
        if isCancelled() { return nil }
        let report = renderer.render(input, isCancelled: isCancelled)
        if isCancelled() { return nil }
        return RenderOutcome(generation: request.generation, report: report, template: request.template,
                             request: request.request, requestFormat: request.requestFormat)
    }
}
