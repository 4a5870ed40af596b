import VTL

/// The result of one batch case.
public struct BatchOutcome {
    public var id: DocumentNode
    /// The rendered text, nil on failure.
    public var output: String?
    /// What went wrong: API Gateway's message for a payload error
    /// (`Could not process payload...`), else the diagnostic with its position.
    public var error: String?
    /// The HTTP status API Gateway would answer; nil when the line itself is unusable.
    public var status: Int?

    /// The outcome of an unusable line (1-based `number`): no id, no status.
    public init(line number: Int, error: String) {
        self.init(id: DocumentNode(.null, line: 0, column: 0), output: nil, error: "line \(number): \(error)", status: nil)
    }

    public init(id: DocumentNode, output: String?, error: String?, status: Int?) {
        self.id = id
        self.output = output
        self.error = error
        self.status = status
    }

    /// The output line: `{"id","output","status"}` or `{"id","error","status"}`.
    public var line: String {
        var pairs: [(key: String, value: DocumentNode)] = [("id", id)]
        if let output { pairs.append(("output", DocumentNode(.string(output), line: 0, column: 0))) }
        if let error { pairs.append(("error", DocumentNode(.string(error), line: 0, column: 0))) }
        pairs.append(("status", DocumentNode(status.map { .number(.int(Int32($0))) } ?? .null, line: 0, column: 0)))
        return BatchLineWriter.write(DocumentNode(.object(pairs), line: 0, column: 0))
    }
}

/// Runs batch files: one case per non-blank line, one outcome per case, in order.
public enum BatchRunner {
    /// Parses and runs one line (1-based `number`, for messages).
    public static func run(line: String, number: Int, file: String, options: MappingOptions = MappingOptions()) -> (BatchCase?, BatchOutcome) {
        let label = "\(file):\(number)"
        let batchCase: BatchCase
        do {
            let node = try DocumentParser.parse(line, file: label, format: .json)
            batchCase = try BatchCaseDecoder.decode(node, file: label)
        } catch {
            return (nil, BatchOutcome(line: number, error: "\(error.reason) (column \(error.column))"))
        }
        return (batchCase, run(batchCase, options: options))
    }

    /// Runs one case: the request template first when there is one (its `$context`
    /// changes carry over), then the template.
    public static func run(_ batchCase: BatchCase, options: MappingOptions = MappingOptions()) -> BatchOutcome {
        var variables = MappingVariables(request: batchCase.request, mapOrder: options.mapOrder)
        var kind = batchCase.kind
        if let requestTemplate = batchCase.requestTemplate {
            let first = MappingRenderer.render(template: requestTemplate, name: "request_template", variables: variables,
                                               kind: .request, options: options)
            if let failure = first.failure { return outcome(batchCase.id, failure) }
            let payload = batchCase.integrationEchoes ? first.output : ""
            variables = variables.withPayload(payload, request: batchCase.request, mapOrder: options.mapOrder)
            kind = .response
        }
        let result = MappingRenderer.render(template: batchCase.template, variables: variables, kind: kind, options: options)
        if let failure = result.failure { return outcome(batchCase.id, failure) }
        return BatchOutcome(id: batchCase.id, output: result.output, error: nil, status: result.status)
    }

    private static func outcome(_ id: DocumentNode, _ failure: MappingFailure) -> BatchOutcome {
        let text: String
        if failure.status == 400 {
            text = failure.message
        } else {
            let d = failure.diagnostic
            text = "\(d.templateName):\(d.range.start.line):\(d.range.start.column): \(d.reason)"
        }
        return BatchOutcome(id: id, output: nil, error: text, status: failure.status)
    }
}
