import JSON
import OrderedCollections
import VTL

/// Runs an `Invocation` the way API Gateway's TestInvokeMethod does.
public enum Invoker {
    public static func invoke(_ invocation: Invocation, options: MappingOptions = MappingOptions()) -> InvocationResult {
        var run = Run(invocation: invocation, options: options)
        return run.execute()
    }
}

/// The state of one invocation while it runs.
private struct Run {
    let invocation: Invocation
    let options: MappingOptions
    var log: [String] = []
    var requestRender: MappingResult?
    var responseRender: MappingResult?

    init(invocation: Invocation, options: MappingOptions) {
        self.invocation = invocation
        self.options = options
    }

    var request: MethodRequest { invocation.request }

    mutating func execute() -> InvocationResult {
        let variables = MappingVariables(request: request, mapOrder: options.mapOrder)
        let requestId = Java.toString(variables.context.entries[MapKey("requestId")] ?? .null)
        let method = Java.toString(variables.context.entries[MapKey("httpMethod")] ?? .null)
        let resourcePath = Java.toString(variables.context.entries[MapKey("resourcePath")] ?? .null)
        log.append("Execution log for request \(requestId)")
        log.append("Starting execution for request: \(requestId)")
        log.append("HTTP Method: \(method), Resource Path: \(resourcePath)")
        log.append("Method request path: \(ExecutionLog.javaMap(request.path))")
        log.append("Method request query string: \(ExecutionLog.javaMap(request.querystring))")
        log.append("Method request headers: \(ExecutionLog.javaMap(request.headers))")
        log.append("Method request body before transformations: \(request.body)")

        // Integration request.
        let contentType = ExecutionLog.mediaType(request.header("Content-Type")) ?? "application/json"
        let endpointBody: String
        if let template = ExecutionLog.template(for: contentType, in: invocation.requestTemplates) {
            let result = MappingRenderer.render(template: template.text, name: "request template (\(template.contentType))",
                                                variables: variables, kind: .request, options: options)
            requestRender = result
            if let failure = result.failure {
                if failure.status == 400 {
                    return finish(status: 400, message: failure.message)
                }
                log.append("Execution failed due to configuration error: Unable to transform request")
                log.append(failure.diagnostic.formatted(source: template.text))
                return finish(status: 500, message: failure.message)
            }
            endpointBody = result.output
        } else if invocation.passthroughBehavior == .never
                    || (invocation.passthroughBehavior == .whenNoTemplates && !invocation.requestTemplates.isEmpty) {
            log.append("Request Content-Type \(contentType) has no mapping template and passthrough behavior is \(invocation.passthroughBehavior.rawValue)")
            return finish(status: 415, message: "Unsupported Media Type")
        } else {
            endpointBody = request.body
        }
        let endpointHeaders = mergedHeaders(variables)
        log.append("Endpoint request headers: \(ExecutionLog.javaMap(endpointHeaders))")
        log.append("Endpoint request body after transformations: \(endpointBody)")

        // The integration.
        var integrationStatus = 200
        var integrationBody = ""
        var integrationHeaders: OrderedDictionary<String, String> = [:]
        switch invocation.integration {
        case .mock:
            // Without a statusCode the default integration response answers.
            integrationStatus = ExecutionLog.mockStatus(endpointBody) ?? 200
        case .echo:
            integrationBody = endpointBody
            log.append("Sending request to the echo backend")
        case let .canned(status, headers, body):
            integrationStatus = status
            integrationHeaders = headers
            integrationBody = body
            log.append("Sending request to the canned backend")
        }
        log.append("Received response. Status: \(integrationStatus), Integration latency: 0 ms")
        log.append("Endpoint response headers: \(ExecutionLog.javaMap(integrationHeaders))")
        log.append("Endpoint response body before transformations: \(integrationBody)")

        // Integration response.
        let response = selectResponse(status: integrationStatus)
        var methodStatus = response?.statusCode ?? integrationStatus
        var body = integrationBody
        var responseContentType = "application/json"
        let accept = request.header("Accept").flatMap { ExecutionLog.acceptedTypes($0) } ?? []
        if let response, let template = ExecutionLog.responseTemplate(accepting: accept, in: response.responseTemplates) {
            responseContentType = template.contentType
            let responseVariables = variables.withPayload(integrationBody, request: request, mapOrder: options.mapOrder)
            let result = MappingRenderer.render(template: template.text, name: "response template (\(template.contentType))",
                                                variables: responseVariables, kind: .response, options: options)
            responseRender = result
            if let failure = result.failure {
                log.append("Execution failed due to configuration error: Unable to transform response")
                log.append(failure.diagnostic.formatted(source: template.text))
                return finish(status: 500, message: failure.message)
            }
            body = result.output
        }
        if let override = variables.statusOverride { methodStatus = override }
        var headers: OrderedDictionary<String, String> = ["Content-Type": responseContentType]
        for (name, value) in variables.overrides("responseOverride", "header") { headers[name] = value }
        log.append("Method response body after transformations: \(body)")
        log.append("Method response headers: \(ExecutionLog.javaMap(headers))")
        log.append("Successfully completed execution")
        log.append("Method completed with status: \(methodStatus)")
        return InvocationResult(status: methodStatus, headers: headers.map { ($0.key, $0.value) }, body: body, log: log,
                                requestRender: requestRender, responseRender: responseRender)
    }

    /// The method request headers with `$context.requestOverride.header` applied.
    private func mergedHeaders(_ variables: MappingVariables) -> OrderedDictionary<String, String> {
        var headers = request.headers
        for (name, value) in variables.overrides("requestOverride", "header") { headers[name] = value }
        return headers
    }

    private func selectResponse(status: Int) -> IntegrationResponse? {
        let statusText = String(status)
        for response in invocation.integrationResponses {
            guard let pattern = response.selectionPattern, !pattern.isEmpty,
                  let regex = try? Regex(pattern), (try? regex.wholeMatch(in: statusText)) != nil else { continue }
            return response
        }
        return invocation.integrationResponses.first { ($0.selectionPattern ?? "").isEmpty }
    }

    /// Ends with an API Gateway error body `{"message": ...}`.
    private mutating func finish(status: Int, message: String) -> InvocationResult {
        var body = "{\"message\":"
        BatchLineWriter.quote(message, into: &body)
        body += "}"
        log.append("Method completed with status: \(status)")
        return InvocationResult(status: status, headers: [("Content-Type", "application/json")], body: body, log: log,
                                requestRender: requestRender, responseRender: responseRender)
    }
}
