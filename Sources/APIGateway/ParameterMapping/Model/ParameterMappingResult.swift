import OrderedCollections

/// The parameters a set of mappings produced.
public struct MappedParameters: Equatable, Sendable {
    public var header: OrderedDictionary<String, String>
    /// Query string parameters; a multi-value source gives several values.
    public var querystring: OrderedDictionary<String, [String]>
    public var path: OrderedDictionary<String, String>

    public init(
        header: OrderedDictionary<String, String> = [:],
        querystring: OrderedDictionary<String, [String]> = [:],
        path: OrderedDictionary<String, String> = [:]
    ) {
        self.header = header
        self.querystring = querystring
        self.path = path
    }
}

/// Mapped parameters and, per mapping, how its value was found.
public struct ParameterMappingResult: Equatable, Sendable {
    public var parameters: MappedParameters
    public var steps: [MappingStep]
}

/// How one mapping was resolved, step by step (for the TUI, the REPL and `vtlplay map`).
public struct MappingStep: Equatable, Sendable {
    public var mapping: ParameterMapping
    /// What was looked up, e.g. `query string parameter "authToken" of the request`.
    public var lookedUp: String
    public var outcome: Outcome

    public enum Outcome: Equatable, Sendable {
        /// The values written to the target (one, or several for a multi-value query string).
        case values([String])
        /// Nothing was written, and why.
        case missing(String)
    }

    /// The explanation as lines: expression, kind, lookup, outcome.
    public var explanation: [String] {
        var lines = [
            "\(mapping.target.expression) = \(mapping.sourceText)",
            "  kind: \(mapping.source.kind)",
            "  looked up: \(lookedUp)",
        ]
        switch outcome {
        case .values(let values):
            lines.append("  value: " + values.map(quoted).joined(separator: ", "))
        case .missing(let reason):
            lines.append("  missing: \(reason); \(mapping.target.expression) is not set")
        }
        return lines
    }
}

/// API Gateway refused the request while mapping it (a 400 or 500 response).
public struct MappingRejection: Error, Equatable, Sendable, CustomStringConvertible {
    public var status: Int
    public var message: String

    public var description: String { "\(status) {\"message\": \"\(message)\"}" }

    /// `Missing required request parameters: [a, b]`, as the request validator says it.
    static func missingRequired(_ names: [String]) -> MappingRejection {
        MappingRejection(status: 400, message: "Missing required request parameters: [\(names.joined(separator: ", "))]")
    }
}

/// `"text"` with `"` and `\` escaped, for explanations.
func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
        if character == "\"" || character == "\\" { result.append("\\") }
        result.append(character)
    }
    return result + "\""
}
