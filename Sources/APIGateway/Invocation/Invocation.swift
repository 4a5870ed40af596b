import OrderedCollections

/// A whole API method invocation, as the console's Test button runs it: the
/// method request, the integration request templates (chosen by Content-Type),
/// the integration, and the integration responses (templates chosen by Accept).
public struct Invocation {
    public var request: MethodRequest
    /// Content type → template text.
    public var requestTemplates: OrderedDictionary<String, String>
    public var passthroughBehavior: PassthroughBehavior
    public var integration: Integration
    /// Tried in order; the first whose `selectionPattern` matches the integration
    /// status wins, else the default one (no pattern).
    public var integrationResponses: [IntegrationResponse]

    public init(request: MethodRequest, requestTemplates: OrderedDictionary<String, String> = [:],
                passthroughBehavior: PassthroughBehavior = .whenNoMatch, integration: Integration = .mock,
                integrationResponses: [IntegrationResponse] = []) {
        self.request = request
        self.requestTemplates = requestTemplates
        self.passthroughBehavior = passthroughBehavior
        self.integration = integration
        self.integrationResponses = integrationResponses
    }
}

/// What API Gateway does with a body whose Content-Type has no request template.
public enum PassthroughBehavior: String, Sendable {
    /// Pass the body through unchanged.
    case whenNoMatch = "WHEN_NO_MATCH"
    /// Pass it through only when the method has no templates at all; else 415.
    case whenNoTemplates = "WHEN_NO_TEMPLATES"
    /// Always 415 `Unsupported Media Type`.
    case never = "NEVER"
}

/// The backend behind the method.
public enum Integration {
    /// API Gateway's MOCK: the status comes from the rendered `{"statusCode": N}`;
    /// the integration response body is empty.
    case mock
    /// A backend that answers 200 with the transformed request body (a Lambda or
    /// HTTP echo).
    case echo
    /// A backend that answers with this canned response.
    case canned(status: Int, headers: OrderedDictionary<String, String>, body: String)
}

/// An integration response: maps an integration status to a method response.
public struct IntegrationResponse {
    /// A regular expression matched against the whole integration status; nil is the default response.
    public var selectionPattern: String?
    /// The method response status; nil passes the integration status through.
    public var statusCode: Int?
    /// Content type → template text.
    public var responseTemplates: OrderedDictionary<String, String>

    public init(selectionPattern: String? = nil, statusCode: Int? = nil, responseTemplates: OrderedDictionary<String, String> = [:]) {
        self.selectionPattern = selectionPattern
        self.statusCode = statusCode
        self.responseTemplates = responseTemplates
    }
}
