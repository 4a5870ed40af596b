/// What the console's Test button shows for an invocation.
public struct InvocationResult {
    /// The method response status.
    public var status: Int
    /// The method response headers (Content-Type, then `responseOverride.header`).
    public var headers: [(name: String, value: String)]
    /// The method response body.
    public var body: String
    /// The execution log, one line per entry, in the console's wording.
    public var log: [String]
    /// The request template's render, when one ran.
    public var requestRender: MappingResult?
    /// The response template's render, when one ran.
    public var responseRender: MappingResult?
    /// API Gateway's message when it would refuse the configuration (put-method,
    /// put-integration, put-integration-response): `Invalid mapping expression specified: ...`.
    /// The invocation then did not run; `status` is 400 and `body` carries the message.
    public var configurationError: String?
}
