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
    /// `Mon Jan 15 12:34:56 UTC 2024 : ` from `$context.requestTimeEpoch`.
    var timestamp = ""
    var requestRender: MappingResult?
    var responseRender: MappingResult?

    init(invocation: Invocation, options: MappingOptions) {
        self.invocation = invocation
        self.options = options
    }

    var request: MethodRequest { invocation.request }

    /// Adds a log line, time-stamped like the console's (the heading excepted).
    mutating func note(_ line: String) {
        log.append(log.isEmpty ? line : timestamp + line)
    }

    mutating func execute() -> InvocationResult {
        let variables = MappingVariables(request: request, mapOrder: options.mapOrder)
        let requestId = Java.toString(variables.context.entries[MapKey("requestId")] ?? .null)
        let method = Java.toString(variables.context.entries[MapKey("httpMethod")] ?? .null)
        let resourcePath = Java.toString(variables.context.entries[MapKey("resourcePath")] ?? .null)
        var epoch = ContextDefaults.requestTimeEpoch
        switch variables.context.entries[MapKey("requestTimeEpoch")] {
        case .long(let l)?: epoch = l
        case .int(let i)?: epoch = Int64(i)
        default: break
        }
        timestamp = RequestTime.javaDate(epochMilliseconds: epoch) + " : "
        note("Execution log for request \(requestId)")
        note("Starting execution for request: \(requestId)")
        note("HTTP Method: \(method), Resource Path: \(resourcePath)")
        note("Method request path: \(ExecutionLog.javaMap(request.path))")
        note("Method request query string: \(ExecutionLog.javaMap(request.querystring))")
        note("Method request headers: \(ExecutionLog.javaMap(request.headers))")
        note("Method request body before transformations: \(request.body)")

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
                note("Execution failed due to configuration error: Unable to transform request")
                note(failure.diagnostic.formatted(source: template.text))
                return finish(status: 500, message: failure.message)
            }
            endpointBody = result.output
        } else if invocation.passthroughBehavior == .never
                    || (invocation.passthroughBehavior == .whenNoTemplates && !invocation.requestTemplates.isEmpty) {
            note("Request Content-Type \(contentType) has no mapping template and passthrough behavior is \(invocation.passthroughBehavior.rawValue)")
            return finish(status: 415, message: "Unsupported Media Type")
        } else {
            endpointBody = request.body
        }
        let endpointHeaders = mergedHeaders(variables)
        note("Endpoint request headers: \(ExecutionLog.javaMap(endpointHeaders))")
        note("Endpoint request body after transformations: \(endpointBody)")

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
            note("Sending request to the echo backend")
        case let .canned(status, headers, body):
            integrationStatus = status
            integrationHeaders = headers
            integrationBody = body
            note("Sending request to the canned backend")
        }
        note("Received response. Status: \(integrationStatus), Integration latency: 0 ms")
        note("Endpoint response headers: \(ExecutionLog.javaMap(integrationHeaders))")
        note("Endpoint response body before transformations: \(integrationBody)")

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
                note("Execution failed due to configuration error: Unable to transform response")
                note(failure.diagnostic.formatted(source: template.text))
                return finish(status: 500, message: failure.message)
            }
            body = result.output
        }
        if let override = variables.statusOverride { methodStatus = override }
        var headers: OrderedDictionary<String, String> = ["Content-Type": responseContentType]
        for (name, value) in variables.overrides("responseOverride", "header") { headers[name] = value }
        note("Method response body after transformations: \(body)")
        note("Method response headers: \(ExecutionLog.javaMap(headers))")
        note("Successfully completed execution")
        note("Method completed with status: \(methodStatus)")
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
        note("Method completed with status: \(status)")
        return InvocationResult(status: status, headers: [("Content-Type", "application/json")], body: body, log: log,
                                requestRender: requestRender, responseRender: responseRender)
    }
}
