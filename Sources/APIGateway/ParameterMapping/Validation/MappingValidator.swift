/// Checks a set of mappings as API Gateway does on put-integration /
/// update-integration / put-integration-response, and parses them.
public struct MappingValidator: Sendable {
    public var api: MappingAPI
    public var side: MappingSide
    /// The WebSocket route key (`$connect`, `$default`, `sendmessage`); nil for REST.
    public var route: String?
    public var declarations: ParameterDeclarations

    public init(api: MappingAPI, side: MappingSide = .request, route: String? = nil, declarations: ParameterDeclarations = .init()) {
        self.api = api
        self.side = side
        self.route = route
        self.declarations = declarations
    }

    /// Parses every `target -> source` entry, in order; throws AWS's message listing every problem.
    public func validate(_ entries: [MappingEntry]) throws(MappingValidationError) -> [ParameterMapping] {
        var mappings: [ParameterMapping] = []
        var issues: [String] = []
        for entry in entries {
            let (targetText, sourceText) = (entry.target, entry.source)
            let target = MappingExpressionParser.target(targetText, side: side)
            let source = MappingExpressionParser.source(sourceText, api: api, side: side)
            switch (target, source) {
            case (.success(let target), .success(let source)):
                let problems = problems(target: target, source: source)
                if problems.isEmpty {
                    mappings.append(ParameterMapping(target: target, source: source, sourceText: sourceText))
                }
                issues += problems
            case (.failure(let issue), .success), (.success, .failure(let issue)):
                issues.append(issue.message)
            case (.failure(let targetIssue), .failure(let sourceIssue)):
                issues += [targetIssue.message, sourceIssue.message]
            }
        }
        guard issues.isEmpty else { throw MappingValidationError(errors: issues) }
        return mappings
    }

    /// Problems with a well-formed pair: undeclared parameters and the `$connect`-only rule.
    private func problems(target: MappingTarget, source: MappingSource) -> [String] {
        var problems: [String] = []
        if case .methodResponseHeader(let name) = target, declarations.responseHeaders[name] == nil {
            problems.append(MappingValidationError.invalidParameter(target.expression))
        }
        if case .requestParameter(let parameter) = source {
            if let problem = RouteRules.problem(with: parameter, api: api, route: route) {
                problems.append(problem)
            } else if declarations.requestParameters[parameter] == nil {
                problems.append(MappingValidationError.invalidParameter(parameter.expression(for: api)))
            }
        }
        return problems
    }
}
