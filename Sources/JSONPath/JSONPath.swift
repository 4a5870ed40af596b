import JSON

/// A compiled JSONPath in the dialect of Jayway JsonPath 2.0.0, which API Gateway's
/// `$input.json`, `$input.path` and `$util.parseJson` results are read with.
///
/// Syntax: `$`, `.name`, `['name']`, `['a','b']` (merged into one object; last step only),
/// `[0]`, `[0,2]`, `[1:3]`, `[:2]`, `[-2:]`, `[(@.length-1)]`, `*`, `[*]`, `..`, and filters
/// `[?(@.price < 10 && @.tag == 'x')]` with `== != < <= > >= =~ /re/i`, `&&`, `||`, and
/// existence checks `@.x`, `!@.x`. A path without `$` is relative to the root (`a.b`).
/// No functions (`length()` is just a property name in 2.0.0).
public struct JSONPath: Sendable {
    /// The text the path was compiled from.
    public let source: String
    let compiled: CompiledPath

    public init(_ source: String) throws(JSONPathError) {
        self.source = source
        self.compiled = try CompiledPathCache.shared.compiled(source)
    }

    /// Definite paths (only names, single indexes, `[(@.length-n)]`) select at most one
    /// value; the others select a list.
    public var isDefinite: Bool { compiled.isDefinite }

    /// Evaluates the path over `root` in `document` (a null root is an error, as in Jayway).
    public func evaluate<Document: JSONPathDocument>(in document: Document, root: Document.Node) throws(JSONPathError) -> JSONPathResult<Document.Node> {
        if document.kind(of: root) == .null {
            throw JSONPathError.java("java.lang.IllegalArgumentException", "root can not be null")
        }
        var evaluator = Evaluator(document: document, root: root)
        do {
            let values = try evaluator.values(of: compiled, at: root)
            if isDefinite {
                guard let first = values.first else { return .notFound }
                return .value(first)
            }
            return .list(values)
        } catch {
            switch error {
            case .notFound: return .notFound
            case .failure(let failure): throw failure
            }
        }
    }

    /// Evaluates the path over a JSON value.
    public func evaluate(_ root: JSONValue) throws(JSONPathError) -> JSONPathResult<JSONValue> {
        try evaluate(in: JSONValueDocument(), root: root)
    }
}

/// What a path selects.
public enum JSONPathResult<Node> {
    /// The value of a definite path.
    case value(Node)
    /// The values of an indefinite path (possibly none); Jayway returns them as a new
    /// json-smart `JSONArray`.
    case list([Node])
    /// Jayway's `PathNotFoundException`: `$input.json` prints `""`, `$input.path` gives null.
    case notFound
}

extension JSONPathResult: Sendable where Node: Sendable {}
extension JSONPathResult: Equatable where Node: Equatable {}

extension JSONPathResult where Node == JSONValue {
    /// The result as one JSON value (a list becomes an array); nil when not found.
    public var jsonValue: JSONValue? {
        switch self {
        case .value(let value): return value
        case .list(let values): return .array(values)
        case .notFound: return nil
        }
    }
}
