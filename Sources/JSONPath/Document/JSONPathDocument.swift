import JSON

/// A tree that JSONPath can walk: JSON values parsed from a body, or live template
/// values (lists and maps a template may have changed since).
///
/// The evaluator only reads nodes, except for one constructor: a multi-property leaf
/// (`$['a','b']`) builds a new object, as Jayway 2.0.0 merges those into a map.
public protocol JSONPathDocument {
    associatedtype Node

    /// What `node` is, and for scalars its value.
    func kind(of node: Node) -> JSONPathKind
    /// The member `key` of an object node; nil when absent.
    func member(_ key: String, of object: Node) -> Node?
    /// The keys of an object node, in iteration order.
    func keys(of object: Node) -> [String]
    /// The number of elements of an array node.
    func count(of array: Node) -> Int
    /// The element at `index` (in `0..<count`) of an array node.
    func element(_ index: Int, of array: Node) -> Node
    /// A new object with these members, in order.
    func makeObject(_ members: [(key: String, value: Node)]) -> Node
    /// Java's `toString()` of the node (`{k=v}` for maps, JSON for json-smart arrays), used
    /// by `=~` and in error messages.
    func javaDescription(of node: Node) -> String
}

/// The kind of a document node, with the scalar value filters compare.
public enum JSONPathKind: Sendable, Hashable {
    case object
    case array
    /// Java `null`.
    case null
    case string(String)
    case bool(Bool)
    /// A `java.lang.Number`, as its Java `toString()` (`8.95`, `1.0E10`, `NaN`).
    case number(String)
    /// Any other Java object: filters cannot compare it.
    case other
}

/// `JSONValue` trees as JSONPath documents.
public struct JSONValueDocument: JSONPathDocument, Sendable {
    public init() {}

    public func kind(of node: JSONValue) -> JSONPathKind {
        switch node {
        case .object: return .object
        case .array: return .array
        case .null: return .null
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .int, .long, .bigInteger, .double, .bigDecimal: return .number(node.javaNumberText ?? "")
        }
    }

    public func member(_ key: String, of object: JSONValue) -> JSONValue? {
        if case .object(let members) = object { return members[key] }
        return nil
    }

    public func keys(of object: JSONValue) -> [String] {
        if case .object(let members) = object { return Array(members.keys) }
        return []
    }

    public func count(of array: JSONValue) -> Int {
        if case .array(let elements) = array { return elements.count }
        return 0
    }

    public func element(_ index: Int, of array: JSONValue) -> JSONValue {
        if case .array(let elements) = array { return elements[index] }
        return .null
    }

    public func makeObject(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
        JSONValue(members: members)
    }

    public func javaDescription(of node: JSONValue) -> String {
        node.javaDescription
    }
}
