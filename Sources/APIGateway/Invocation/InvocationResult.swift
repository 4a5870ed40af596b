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
}
