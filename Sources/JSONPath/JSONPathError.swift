/// A JSONPath that cannot be compiled or evaluated (Jayway throws an exception).
///
/// "No match" is not an error: see `JSONPathResult.notFound`.
public struct JSONPathError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Jayway's `InvalidPathException` (bad syntax, or a step that cannot apply).
        case invalidPath
        /// Another Java exception while filtering (`NumberFormatException`, ...).
        case evaluation
    }

    public let kind: Kind
    /// The innermost message, e.g. `Could not analyze path component: [x]`.
    public let reason: String
    /// `toString()` of the exception Jayway 2.0.0 throws, e.g.
    /// `com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid path $x`.
    public let javaException: String

    public init(kind: Kind, reason: String, javaException: String) {
        self.kind = kind
        self.reason = reason
        self.javaException = javaException
    }

    public var description: String { reason }

    static let invalidPathClass = "com.jayway.jsonpath.InvalidPathException"

    /// An `InvalidPathException` with a message.
    static func invalidPath(_ message: String) -> JSONPathError {
        JSONPathError(kind: .invalidPath, reason: message, javaException: "\(invalidPathClass): \(message)")
    }

    /// A Java exception of class `className` (`java.lang.NumberFormatException`), message optional.
    static func java(_ className: String, _ message: String?, kind: Kind = .evaluation) -> JSONPathError {
        let text = message.map { "\(className): \($0)" } ?? className
        return JSONPathError(kind: kind, reason: message ?? className, javaException: text)
    }

    /// `new InvalidPathException(cause)`: the path compiler wraps whatever it caught.
    func wrappedInInvalidPath() -> JSONPathError {
        JSONPathError(kind: .invalidPath, reason: reason, javaException: "\(Self.invalidPathClass): \(javaException)")
    }

    static func stringIndexOutOfRange(_ index: Int) -> JSONPathError {
        java("java.lang.StringIndexOutOfBoundsException", "String index out of range: \(index)")
    }
}
