import VTL

/// Renders API Gateway mapping templates: the entry point for the CLI, the
/// playground, the TUI and the REPL.
public enum MappingRenderer {
    /// Renders `template` against `request` with fresh variables.
    public static func render(template: String, name: String = "template", request: MethodRequest,
                              kind: TemplateKind = .request, options: MappingOptions = MappingOptions()) -> MappingResult {
        render(template: template, name: name, variables: MappingVariables(request: request, mapOrder: options.mapOrder),
               kind: kind, options: options)
    }

    /// Renders `template` with given variables (for example those a request template
    /// already changed).
    public static func render(template: String, name: String = "template", variables: MappingVariables,
                              kind: TemplateKind = .request, options: MappingOptions = MappingOptions()) -> MappingResult {
        let parsed: Template
        do {
            parsed = try Template(parsing: template, name: name)
        } catch {
            return MappingResult(output: "", status: 500,
                                 failure: MappingFailure(status: 500, message: internalError, diagnostic: error),
                                 warnings: [], trace: nil, variables: variables, topLevel: variables.globals)
        }
        return render(parsed, variables: variables, kind: kind, options: options)
    }

    /// Renders an already parsed template.
    public static func render(_ template: Template, variables: MappingVariables, kind: TemplateKind = .request,
                              options: MappingOptions = MappingOptions()) -> MappingResult {
        variables.beginTemplate()
        let result = template.render(globals: variables.globals, options: options.render)
        var mapped = MappingResult(output: result.output, status: variables.statusOverride ?? 200, failure: nil,
                                   warnings: result.warnings, trace: result.trace, variables: variables,
                                   topLevel: result.variables)
        if let diagnostic = result.failure {
            if kind == .request, let payload = variables.input.payloadFailure {
                mapped.failure = MappingFailure(status: 400, message: "Could not process payload" + payload.exceptionText,
                                                diagnostic: diagnostic)
            } else {
                mapped.failure = MappingFailure(status: 500, message: internalError, diagnostic: diagnostic)
            }
            mapped.status = mapped.failure!.status
        }
        return mapped
    }

    /// API Gateway's message for a failed transformation.
    public static let internalError = "Internal server error"
}

/// How to render mapping templates.
public struct MappingOptions: Sendable {
    /// Iteration order of the header map and of every `$context` map: `HashMap`
    /// order as on API Gateway, or insertion order.
    public var mapOrder: MapOrder
    /// Limits, tracing and cancellation for the template engine.
    public var render: RenderOptions

    public init(mapOrder: MapOrder = .javaHash, render: RenderOptions = RenderOptions()) {
        self.mapOrder = mapOrder
        self.render = render
    }
}
