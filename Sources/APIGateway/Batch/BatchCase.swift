/// One line of a batch file: a template, the request it renders, and optionally
/// the request template that runs before it in the same invocation. Fields of
/// the conformance format (`expected`, `compare`, ...) are read for scoring;
/// other fields are ignored.
public struct BatchCase {
    /// The case's `id`, any JSON value, echoed in the output line.
    public var id: DocumentNode
    public var template: String
    public var request: MethodRequest
    /// An integration request template rendered first (a two-stage case).
    public var requestTemplate: String?
    public var kind: TemplateKind
    /// The integration behind a two-stage case: `MOCK` (the default) or anything
    /// else, whose response body is the request template's output (an echo).
    public var integration: String?
    /// What the conformance file expects, when it says.
    public var expectation: Expectation?

    /// A recorded outcome to compare with.
    public struct Expectation {
        /// The expected output, nil when an error is expected.
        public var output: String?
        public var status: Int
        public var error: String?
        public var compare: CompareMode
    }

    /// How an output is compared with its expectation.
    public enum CompareMode: String, Sendable {
        /// Equal strings.
        case exact
        /// Equal after turning newlines into spaces, trimming, and collapsing whitespace runs.
        case whitespace
        /// Both parse as JSON and the values are equal (object key order ignored).
        case json
    }

    /// Whether the integration echoes the request template's output back.
    var integrationEchoes: Bool {
        guard let integration else { return false }
        return !integration.uppercased().hasPrefix("MOCK")
    }
}
