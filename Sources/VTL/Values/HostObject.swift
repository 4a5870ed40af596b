/// An object the host application exposes to templates (`$input`, `$util`,
/// `$context` helpers, ...). Every member access on it goes through the
/// evaluator's single resolver, which passes the call site.
public protocol HostObject: AnyObject {
    /// The Java-ish class name shown in traces, the REPL and the variables view.
    var typeName: String { get }
    /// `$obj.name`: the property's value, or nil when the object has no such property
    /// (the reference is then unresolved and renders as the empty string).
    func property(_ name: String, at site: CallSite) throws(HostError) -> Value?
    /// `$obj.name(args)`: the result, or nil when no method of that name accepts these
    /// arguments (as Velocity, the call is then unresolved and renders as the empty string).
    func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value?
    /// What `$obj` renders as (Java's `toString()`).
    func render() -> String
}

/// Where a member access happens, for host objects that need to know
/// (diagnostics, tracing). Mirrors Velocity's `Info`.
public struct CallSite: Sendable, Equatable {
    /// The template's name as given to the parser (a file path or a label).
    public var templateName: String
    /// 1-based line of the member access.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (characters as the user sees them in most editors).
    public var column: Int

    public init(templateName: String, line: Int, column: Int) {
        self.templateName = templateName
        self.line = line
        self.column = column
    }
}

/// A failure inside a host method (for example a malformed `%` escape in
/// `$util.urlDecode`). The evaluator turns it into a diagnostic at the call site;
/// on API Gateway it makes the render fail (HTTP 500).
public struct HostError: Error, Sendable, Equatable {
    /// The reason, in the words of the service or of Java where there are some.
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
