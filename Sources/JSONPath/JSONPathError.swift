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

    /// Where in the path text the failing step starts (UTF-16 offset), when known.
    public let position: Int?

    public init(kind: Kind, reason: String, javaException: String, position: Int? = nil) {
        self.kind = kind
        self.reason = reason
        self.javaException = javaException
        self.position = position
    }

    public var description: String {
        position.map { "column \($0 + 1): \(reason)" } ?? reason
    }

    /// This error without a position (a position inside a filter's own path text means
    /// nothing in the enclosing path).
    func unlocated() -> JSONPathError {
        JSONPathError(kind: kind, reason: reason, javaException: javaException)
    }

    /// This error located at `position`, unless it already has a (more precise) position.
    func at(_ position: Int) -> JSONPathError {
        self.position != nil ? self : JSONPathError(kind: kind, reason: reason, javaException: javaException, position: position)
    }

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
        JSONPathError(kind: .invalidPath, reason: reason, javaException: "\(Self.invalidPathClass): \(javaException)", position: position)
    }

    static func stringIndexOutOfRange(_ index: Int) -> JSONPathError {
        java("java.lang.StringIndexOutOfBoundsException", "String index out of range: \(index)")
    }
}
