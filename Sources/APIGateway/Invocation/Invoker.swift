import JavaRuntime
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
        let mappings: InvocationMappings
        do throws(MappingValidationError) {
            mappings = try InvocationMappings(invocation)
        } catch {
            return refused(error)
        }
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

        // Parameter mappings of the integration request.
        let mappingRequest = MappingRequest(request, api: .rest)
        let mapped: MappedParameters
        do throws(MappingRejection) {
            mapped = try mappings.resolveRequest(mappingRequest)
        } catch {
            return finish(status: error.status, message: error.message)
        }

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
        if case .mock = invocation.integration {} else {
            note("Endpoint request URI: \(InvocationMappings.endpointURI(invocation.integrationURI ?? "https://example.com", mapped))")
        }
        let endpointHeaders = mergedHeaders(variables, mapped: mapped.header)
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
        let responseIndex: Int?
        do throws(JavaRegexError) {
            responseIndex = try selectResponse(status: integrationStatus)
        } catch {
            note("Execution failed: selectionPattern: \(error.reason)")
            return finish(status: 500, message: "Internal server error")
        }
        let response = responseIndex.map { invocation.integrationResponses[$0] }
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
        if let responseIndex {
            var responseRequest = mappingRequest
            responseRequest.integrationResponse = IntegrationResponseData(headers: integrationHeaders.mapValues { [$0] }, body: integrationBody)
            do throws(MappingRejection) {
                for (name, value) in try mappings.resolveResponse(responseIndex, request: responseRequest) { headers[name] = value }
            } catch {
                note("Execution failed due to configuration error: \(error.message)")
                return finish(status: error.status, message: error.message)
            }
        }
        for (name, value) in variables.overrides("responseOverride", "header") { headers[name] = value }
        note("Method response body after transformations: \(body)")
        note("Method response headers: \(ExecutionLog.javaMap(headers))")
        note("Successfully completed execution")
        note("Method completed with status: \(methodStatus)")
        return InvocationResult(status: methodStatus, headers: headers.map { ($0.key, $0.value) }, body: body, log: log,
                                requestRender: requestRender, responseRender: responseRender)
    }

    /// The method request headers, then the mapped headers, then `$context.requestOverride.header`.
    private func mergedHeaders(_ variables: MappingVariables, mapped: OrderedDictionary<String, String>) -> OrderedDictionary<String, String> {
        var headers = request.headers
        for (name, value) in mapped { headers[name] = value }
        for (name, value) in variables.overrides("requestOverride", "header") { headers[name] = value }
        return headers
    }

    /// The index of the integration response that answers `status` (its `selectionPattern`,
    /// a Java regex, matches the whole status; an invalid one matches nothing). Throws when a
    /// match stops at the regex work limit.
    private func selectResponse(status: Int) throws(JavaRegexError) -> Int? {
        let statusText = String(status)
        for (index, response) in invocation.integrationResponses.enumerated() {
            guard let source = response.selectionPattern, !source.isEmpty,
                  let pattern = try? JavaPattern(source), try pattern.matches(statusText) else { continue }
            return index
        }
        return invocation.integrationResponses.firstIndex { ($0.selectionPattern ?? "").isEmpty }
    }

    /// API Gateway refuses the configuration (a `BadRequestException` on put-integration):
    /// nothing runs.
    private func refused(_ error: MappingValidationError) -> InvocationResult {
        var body = "{\"message\":"
        BatchLineWriter.quote(error.message, into: &body)
        body += "}"
        return InvocationResult(status: 400, headers: [("Content-Type", "application/json")], body: body,
                                log: ["Configuration refused: \(error.message)"], configurationError: error.message)
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
