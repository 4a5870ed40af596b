import OrderedCollections

/// Resolves validated mappings against a request, as API Gateway does when a
/// request arrives: required parameters first, then each mapping in order.
public struct MappingResolver: Sendable {
    public var api: MappingAPI
    public var side: MappingSide
    public var declarations: ParameterDeclarations
    public var bodyReader: any MappingBodyReader

    public init(api: MappingAPI, side: MappingSide = .request, declarations: ParameterDeclarations = .init(), bodyReader: any MappingBodyReader) {
        self.api = api
        self.side = side
        self.declarations = declarations
        self.bodyReader = bodyReader
    }

    /// The mapped parameters, or the rejection API Gateway answers with: 400 for a missing
    /// required parameter or a request body that is not valid JSON, 500 for such a response body.
    public func resolve(_ mappings: [ParameterMapping], request: MappingRequest) throws(MappingRejection) -> ParameterMappingResult {
        if side == .request {
            let missing = declarations.requestParameters.filter { $0.value && !isPresent($0.key, in: request) }
            if !missing.isEmpty { throw .missingRequired(missing.keys.map(\.name)) }
        }
        var parameters = MappedParameters()
        var steps: [MappingStep] = []
        for mapping in mappings {
            let step = try resolve(mapping, request: request)
            if case .values(let values) = step.outcome {
                switch mapping.target {
                case .integrationRequest(.header, let name), .methodResponseHeader(let name):
                    parameters.header[name] = values.joined(separator: ",")
                case .integrationRequest(.querystring, let name):
                    parameters.querystring[name] = values
                case .integrationRequest(.path, let name):
                    parameters.path[name] = values.joined(separator: ",")
                }
            }
            steps.append(step)
        }
        return ParameterMappingResult(parameters: parameters, steps: steps)
    }

    private func isPresent(_ parameter: RequestParameter, in request: MappingRequest) -> Bool {
        switch parameter.location {
        case .path: request.path[parameter.name] != nil
        case .querystring, .multivaluequerystring: !(request.queryString[parameter.name] ?? []).isEmpty
        case .header, .multivalueheader: !(request.headers[parameter.name] ?? []).isEmpty
        }
    }

    private func resolve(_ mapping: ParameterMapping, request: MappingRequest) throws(MappingRejection) -> MappingStep {
        let (lookedUp, found) = try lookUp(mapping, in: request)
        let outcome: MappingStep.Outcome = switch found {
        case .success(let values) where values.allSatisfy(\.isEmpty):
            .missing("the value is empty, and API Gateway does not send empty parameters")
        case .success(let values): .values(values)
        case .failure(let reason): .missing(reason.text)
        }
        return MappingStep(mapping: mapping, lookedUp: lookedUp, outcome: outcome)
    }

    private struct Reason: Error {
        var text: String
    }

    private func lookUp(_ mapping: ParameterMapping, in request: MappingRequest) throws(MappingRejection) -> (String, Result<[String], Reason>) {
        switch mapping.source {
        case .staticValue(let text):
            return ("the literal between the single quotes", .success([text]))
        case .stageVariable(let name):
            return ("stage variable \(quoted(name))", found(request.stageVariables[name], "the stage has no such variable"))
        case .context(let name):
            return ("$context.\(name)", contextValue(name, in: request.context))
        case .requestParameter(let parameter):
            return ("\(parameter.location.description) \(quoted(parameter.name)) of the request", parameterValue(parameter, mapping.target, request))
        case .responseHeader(let name, let multiValue):
            let values = request.integrationResponse.headers[name] ?? []
            let result: Result<[String], Reason> = values.isEmpty
                ? .failure(Reason(text: "the integration response has no such header"))
                : .success([multiValue ? values.joined(separator: ",") : values[values.count - 1]])
            return ("header \(quoted(name)) of the integration response", result)
        case .requestBody(let path):
            let body = request.body.flatMap { $0.isEmpty ? nil : $0 } ?? "{}"
            let lookedUp = path.map { "JSONPath $.\($0) in the request body" } ?? "the request body (\"{}\" when empty)"
            return (lookedUp, try bodyValue(body, path, rejection: MappingRejection(status: 400, message: "Invalid JSON in request body")))
        case .responseBody(let path):
            let body = request.integrationResponse.body.flatMap { $0.isEmpty ? nil : $0 } ?? "{}"
            let lookedUp = path.map { "JSONPath $.\($0) in the integration response body" } ?? "the integration response body"
            return (lookedUp, try bodyValue(body, path, rejection: MappingRejection(status: 500, message: "Internal server error")))
        }
    }

    private func found(_ value: String?, _ reason: String) -> Result<[String], Reason> {
        value.map { .success([$0]) } ?? .failure(Reason(text: reason))
    }

    private func contextValue(_ name: String, in context: ContextTree) -> Result<[String], Reason> {
        switch context.lookup(name) {
        case .value(let text): .success([text])
        case .null: .failure(Reason(text: "the context variable is null"))
        case .object: .failure(Reason(text: "the context variable is an object, not a value"))
        case nil: .failure(Reason(text: "the request's context has no such variable"))
        }
    }

    /// Single-value sources take the last value; a multi-value header is joined with commas;
    /// a multi-value query string keeps its values for a query string target, joined otherwise.
    private func parameterValue(_ parameter: RequestParameter, _ target: MappingTarget, _ request: MappingRequest) -> Result<[String], Reason> {
        let values: [String] = switch parameter.location {
        case .path: request.path[parameter.name].map { [$0] } ?? []
        case .querystring, .multivaluequerystring: request.queryString[parameter.name] ?? []
        case .header, .multivalueheader: request.headers[parameter.name] ?? []
        }
        guard let last = values.last else {
            return .failure(Reason(text: "the request has no such \(parameter.location.description) (names are case-sensitive)"))
        }
        switch parameter.location {
        case .path, .querystring, .header:
            return .success([last])
        case .multivalueheader:
            return .success([values.joined(separator: ",")])
        case .multivaluequerystring:
            if case .integrationRequest(.querystring, _) = target { return .success(values) }
            return .success([values.joined(separator: ",")])
        }
    }

    private func bodyValue(_ body: String, _ path: String?, rejection: MappingRejection) throws(MappingRejection) -> Result<[String], Reason> {
        switch bodyReader.read(body, path: path) {
        case .value(let text): return .success([text])
        case .noMatch(let reason): return .failure(Reason(text: reason))
        case .invalidJSON: throw rejection
        }
    }
}
