import APIGateway
import Foundation
import Playground
import VTL

/// The real engine behind the playground screen: parses the request document,
/// renders the template with API Gateway's behaviour through `Playground.Session`
/// (trace on, cancellable) and reports it in the UI's terms.
public struct PlaygroundRenderer: LiveRenderer {
    /// Budgets and map order; the trace is always recorded.
    public var settings: RenderSettings

    public init(settings: RenderSettings = RenderSettings()) {
        var settings = settings
        settings.recordTrace = true
        self.settings = settings
    }

    public func render(_ input: RenderInput, isCancelled: @Sendable () -> Bool) -> RenderReport {
        let clock = ContinuousClock()
        let start = clock.now
        let request: MethodRequest
        switch Self.parseRequest(input) {
        case .success(let parsed):
            request = parsed
        case .failure(let error):
            var report = RenderReport(output: "", status: nil, diagnostics: [Self.diagnostic(error, in: input.request)])
            report.elapsed = clock.now - start
            return report
        }
        let outcome = withoutActuallyEscaping(isCancelled) { isCancelled in
            Session.render(template: input.template, name: input.templatePath ?? "template", request: request,
                           settings: settings, isCancelled: isCancelled)
        }
        var report = ReportBuilder.report(outcome, template: input.template)
        report.elapsed = clock.now - start
        return report
    }

    /// The request the document describes; a blank document is the default request.
    static func parseRequest(_ input: RenderInput) -> Result<MethodRequest, DocumentError> {
        if input.request.allSatisfy(\.isWhitespace) { return .success(MethodRequest()) }
        let format: DocumentFormat = input.requestFormat == .yaml ? .yaml : .json
        do {
            return .success(try MethodRequest(parsing: input.request, file: input.requestPath ?? "request", format: format))
        } catch {
            return .failure(error)
        }
    }

    /// A request document error as a diagnostic on the request pane, marking the character at its position.
    static func diagnostic(_ error: DocumentError, in request: String) -> RenderReport.Diagnostic {
        let offset = TextOffsets.byteOffset(line: error.line, column: error.column, in: request)
        let utf8 = request.utf8
        var end = offset
        if offset < utf8.count {
            let index = utf8.index(utf8.startIndex, offsetBy: offset)
            end = offset + (request.unicodeScalars[index...].first.map { String($0).utf8.count } ?? 0)
        }
        return RenderReport.Diagnostic(severity: .error, message: error.reason, source: .request,
                                       line: error.line, column: error.column, range: offset..<end)
    }
}
