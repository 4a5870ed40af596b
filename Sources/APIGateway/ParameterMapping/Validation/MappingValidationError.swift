/// A configuration that API Gateway refuses, with its message in AWS's words:
/// `Invalid mapping expression specified: Validation Result: warnings : [], errors : [...]`.
public struct MappingValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The entries of AWS's `errors : [...]` list, in the order found.
    public var errors: [String]

    public init(errors: [String]) {
        self.errors = errors
    }

    /// The whole message as the AWS CLI prints it after `BadRequestException: `.
    public var message: String {
        "Invalid mapping expression specified: Validation Result: warnings : [], errors : [\(errors.joined(separator: ", "))]"
    }

    public var description: String { message }

    /// `Invalid mapping expression specified: EXPR`: a source or key of the wrong shape.
    static func invalidExpression(_ expression: String) -> String {
        "Invalid mapping expression specified: \(expression)"
    }

    /// `Invalid mapping expression parameter specified: EXPR`: a parameter that is not declared
    /// (or cannot be declared here), or a target of the wrong shape.
    static func invalidParameter(_ expression: String) -> String {
        "Invalid mapping expression parameter specified: \(expression)"
    }

    /// The name-pattern message AWS gives for parameter names.
    static let invalidName = "Parameter name should match the following regular expression: \(ParameterName.patternText)"
}

/// The rule for parameter names.
public enum ParameterName {
    /// The pattern AWS enforces. The WebSocket page prints it garbled as `'^[a-zA-Z0-9._$-]$]'`
    /// and the REST page as `'^[a-zA-Z0-9._$-]+$]'`; the service's own message says
    /// `^[a-zA-Z0-9._$-]+$`, which is what we check.
    public static let patternText = "^[a-zA-Z0-9._$-]+$"

    /// Whether `name` matches `^[a-zA-Z0-9._$-]+$`.
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "$", "-": true
            default: false
            }
        }
    }
}
