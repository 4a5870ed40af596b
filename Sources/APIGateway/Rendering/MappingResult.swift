import VTL

/// Which integration template is rendered: they differ in what API Gateway
/// answers when the payload cannot be parsed.
public enum TemplateKind: String, Sendable {
    /// An integration request template (renders the method request).
    case request
    /// An integration response template (renders the integration response).
    case response
}

/// A render that API Gateway would answer with an error.
public struct MappingFailure: Error {
    /// The HTTP status: 400 for a payload `$input` could not parse in a request
    /// template, 500 otherwise.
    public var status: Int
    /// The `message` of API Gateway's error body (`Internal server error`, `Could not process payload...`).
    public var message: String
    /// The problem with its position in the template.
    public var diagnostic: Diagnostic
}

/// The outcome of rendering one mapping template.
public struct MappingResult {
    /// The rendered text (up to the failure, if any).
    public var output: String
    /// The HTTP status API Gateway would answer: 200, `$context.responseOverride.status`
    /// when set, or the failure's status.
    public var status: Int
    public var failure: MappingFailure?
    public var warnings: [Diagnostic]
    public var trace: Trace?
    /// The variables the template saw (`$input`, `$util`, `$context`, `$stageVariables`).
    public var variables: MappingVariables
    /// Top-level variables after the render (globals plus top-level `#set`s).
    public var topLevel: [String: Value]
}
