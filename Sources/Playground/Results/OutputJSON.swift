import JSON

/// Checks whether rendered output is strict JSON (RFC 8259), as a backend
/// expecting JSON would parse it.
public enum OutputJSON {
    /// `.valid`, `.empty`, or the first problem with its line and column in the output.
    public static func check(_ output: String) -> JSONCheck {
        if output.allSatisfy(\.isWhitespace) { return .empty }
        guard let error = StrictJSON.firstError(in: output) else { return .valid }
        return .invalid(reason: error.reason, line: error.location.line, column: error.location.column)
    }
}
