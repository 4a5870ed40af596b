/// Why an evaluation stopped early: Jayway's `PathNotFoundException` (no match), or
/// another exception.
enum EvaluationStop: Error {
    case notFound
    case failure(JSONPathError)
}

/// Runs compiled paths over a document, with Jayway 2.0.0's semantics:
/// - a missing property, an index out of range (negative indexes included), or a
///   property of a non-object is "not found", which ends the whole evaluation, except
///   under `[*]` on an array, where that element is skipped;
/// - an array step on a non-array, and a filter on a scalar, are errors;
/// - `*` on a scalar, and `..` finding nothing, give nothing.
struct Evaluator<Document: JSONPathDocument> {
    typealias Node = Document.Node
    let document: Document
    let root: Node
    /// Jayway's `currentPath` pieces (`$`, `['a']`, `[0]`), for messages.
    private var trail: [TrailStep] = []

    /// One step of the current path; formatted only for messages.
    private enum TrailStep {
        case root, key(String), index(Int)

        var text: String {
            switch self {
            case .root: return "$"
            case .key(let key): return "['\(key)']"
            case .index(let index): return "[\(index)]"
            }
        }
    }

    /// How deep `..` descends before giving up (documents nest at most 400 levels when
    /// parsed; deeper means a template built a very deep or cyclic structure).
    static var maximumScanDepth: Int { 2_000 }

    init(document: Document, root: Node) {
        self.document = document
        self.root = root
    }

    /// All values `path` selects, starting at `start`.
    mutating func values(of path: CompiledPath, at start: Node) throws(EvaluationStop) -> [Node] {
        var results: [Node] = []
        trail = []
        try step(path.tokens, 0, start, &results)
        return results
    }

    private mutating func step(_ tokens: [PathToken], _ index: Int, _ node: Node, _ results: inout [Node]) throws(EvaluationStop) {
        guard index < tokens.count else {
            results.append(node)
            return
        }
        let isLeaf = index + 1 == tokens.count
        switch tokens[index] {
        case .root:
            trail.append(.root)
            try step(tokens, index + 1, node, &results)
            trail.removeLast()

        case .property(let names):
            guard document.kind(of: node) == .object else { throw .notFound }
            if names.count == 1 {
                guard let value = document.member(names[0], of: node) else {
                    // Jayway: a missing leaf is "not found"; a missing inner property too, unless
                    // the previous step or any later one is indefinite (then it just adds nothing).
                    if isLeaf || tokens[(index > 0 ? index - 1 : 0)...].allSatisfy(\.isDefinite) { throw .notFound }
                    return
                }
                trail.append(.key(names[0]))
                try step(tokens, index + 1, value, &results)
                trail.removeLast()
            } else {
                guard isLeaf else {
                    let path = trail.map(\.text).joined() + tokens[index].fragment
                    throw .failure(.invalidPath("Multi properties can only be used as path leafs: \(path)"))
                }
                let members = names.compactMap { name in document.member(name, of: node).map { (key: name, value: $0) } }
                results.append(document.makeObject(members))
            }

        case .array(let operation):
            guard document.kind(of: node) == .array else {
                if document.kind(of: node) == .null { throw .notFound }
                throw .failure(.invalidPath("Filter: \(Self.chain(tokens, from: index)) can only be applied to arrays. Current context is: \(document.javaDescription(of: node))"))
            }
            let count = document.count(of: node)
            for position in Self.positions(operation, count: count) {
                try element(position, of: node, count: count, tokens, index, &results)
            }

        case .wildcard:
            switch document.kind(of: node) {
            case .object:
                for key in document.keys(of: node) {
                    guard let value = document.member(key, of: node) else { continue }
                    trail.append(.key(key))
                    try step(tokens, index + 1, value, &results)
                    trail.removeLast()
                }
            case .array:
                let count = document.count(of: node)
                for position in 0..<count {
                    do {
                        try element(position, of: node, count: count, tokens, index, &results)
                    } catch .notFound {
                        continue
                    }
                }
            default:
                break
            }

        case .scan:
            // Only `.` (which becomes `$..`) gets here with nothing after the scan.
            guard !isLeaf else { throw .failure(.java("java.lang.IllegalStateException", "Current path token is a leaf")) }
            try scan(tokens, index + 1, node, &results)

        case .filter(let expression):
            try applyFilter(.some(expression), tokens, index, node, &results)

        case .missingFilter:
            try applyFilter(nil, tokens, index, node, &results)
        }
    }

    /// Jayway's `toString()` of a token: its fragment and those of all later steps.
    private static func chain(_ tokens: [PathToken], from index: Int) -> String {
        tokens[index...].map(\.fragment).joined()
    }

    /// `handleArrayIndex`: the element at `position`, or not found.
    private mutating func element(_ position: Int, of array: Node, count: Int, _ tokens: [PathToken], _ index: Int, _ results: inout [Node]) throws(EvaluationStop) {
        guard position >= 0 && position < count else { throw .notFound }
        trail.append(.index(position))
        try step(tokens, index + 1, document.element(position, of: array), &results)
        trail.removeLast()
    }

    /// The indexes an array step visits, in order (out-of-range ones included: they fail).
    static func positions(_ operation: ArrayOperation, count: Int) -> [Int] {
        switch operation {
        case .index(let i): return [i]
        case .indexes(let list): return list
        case .fromEnd(let offset): return [count + offset]
        case .sliceFrom(let from):
            let start = from < 0 ? max(0, count + from) : from
            return start < count ? Array(start..<count) : []
        case .sliceTo(let to):
            let end = min(count, to < 0 ? count + to : to)
            return end > 0 ? Array(0..<end) : []
        case .sliceBetween(let from, let to):
            let end = min(count, to)
            return from < end ? Array(from..<end) : []
        }
    }

    /// `..`: every object or array below `node` (itself included, pre-order) that the
    /// next step applies to gets it: properties apply to objects having all the names,
    /// array steps to arrays, `*` to both, and a filter to the nodes that pass it
    /// themselves. On arrays Jayway 2.0.0 has a quirk: unless that step is the last one,
    /// it is skipped and the following step applies to every element (`$..[0].x` reads
    /// `x` of all elements, and not-found there is not forgiven as under `[*]`).
    private mutating func scan(_ tokens: [PathToken], _ index: Int, _ node: Node, _ results: inout [Node], depth: Int = 0) throws(EvaluationStop) {
        // Live template values can contain themselves; Java would overflow its stack.
        guard depth < Self.maximumScanDepth else { throw .failure(.java("java.lang.StackOverflowError", nil)) }
        let kind = document.kind(of: node)
        guard kind == .object || kind == .array else { return }
        if try scanMatches(tokens[index], node, kind) {
            if kind == .array && index + 1 < tokens.count {
                // Jayway's walkArray: when the step after `..` is not the last one, the step
                // itself is skipped and the one after it applies to every element.
                for position in 0..<document.count(of: node) {
                    trail.append(.index(position))
                    try step(tokens, index + 1, document.element(position, of: node), &results)
                    trail.removeLast()
                }
            } else {
                try step(tokens, index, node, &results)
            }
        }
        if kind == .object {
            for key in document.keys(of: node) {
                guard let value = document.member(key, of: node) else { continue }
                trail.append(.key(key))
                try scan(tokens, index, value, &results, depth: depth + 1)
                trail.removeLast()
            }
        } else {
            for position in 0..<document.count(of: node) {
                trail.append(.index(position))
                try scan(tokens, index, document.element(position, of: node), &results, depth: depth + 1)
                trail.removeLast()
            }
        }
    }

    private func scanMatches(_ token: PathToken, _ node: Node, _ kind: JSONPathKind) throws(EvaluationStop) -> Bool {
        switch token {
        case .property(let names): return kind == .object && names.allSatisfy { document.member($0, of: node) != nil }
        case .array: return kind == .array
        case .wildcard: return true
        case .filter(let expression): return try test(expression, item: node)
        case .missingFilter: return try test(nil, item: node)
        case .root, .scan: return false
        }
    }

    private mutating func applyFilter(_ expression: FilterExpression?, _ tokens: [PathToken], _ index: Int, _ node: Node, _ results: inout [Node]) throws(EvaluationStop) {
        switch document.kind(of: node) {
        case .object:
            if try test(expression, item: node) {
                try step(tokens, index + 1, node, &results)
            }
        case .array:
            let count = document.count(of: node)
            for position in 0..<count where try test(expression, item: document.element(position, of: node)) {
                try element(position, of: node, count: count, tokens, index, &results)
            }
        default:
            throw .failure(.invalidPath("Filter: \(Self.chain(tokens, from: index)) can not be applied to primitives. Current context is: \(document.javaDescription(of: node))"))
        }
    }

    // MARK: Filters

    private func test(_ expression: FilterExpression?, item: Node) throws(EvaluationStop) -> Bool {
        guard let expression else {
            throw .failure(.java("java.lang.NullPointerException",
                                 "Cannot invoke \"com.jayway.jsonpath.Predicate.apply(com.jayway.jsonpath.Predicate$PredicateContext)\" because \"predicate\" is null"))
        }
        switch expression {
        case .criterion(let criterion):
            return try test(criterion, item: item)
        case .all(let list):
            for part in list where !(try test(part, item: item)) { return false }
            return true
        case .either(let left, let right):
            if try test(left, item: item) { return true }
            return try test(right, item: item)
        }
    }

    private func test(_ criterion: Criterion, item: Node) throws(EvaluationStop) -> Bool {
        switch criterion {
        case .exists(let path, let expected):
            do {
                let value = try definiteValue(path, item: item)
                return (document.kind(of: value) != .null) == expected
            } catch .notFound {
                return !expected
            }
        case .compare(let left, let comparison, let right):
            let actual: FilterValue, expected: FilterValue
            do {
                actual = try value(of: left, item: item)
                expected = try value(of: right, item: item)
            } catch .notFound {
                return false
            }
            var identical = false
            if case .path(let a, let sourceA) = left, case .path(let b, let sourceB) = right {
                identical = sourceA == sourceB && a.startsAtRoot == b.startsAtRoot
            }
            do {
                return try FilterComparison.evaluate(comparison, actual: actual, expected: expected, identical: identical)
            } catch {
                throw .failure(error)
            }
        }
    }

    private func value(of operand: Operand, item: Node) throws(EvaluationStop) -> FilterValue {
        switch operand {
        case .text(let text): return .string(text)
        case .pattern(let pattern): return .pattern(pattern)
        case .path(let path, _):
            let node = try definiteValue(path, item: item)
            switch document.kind(of: node) {
            case .null: return .null
            case .string(let s): return .string(s)
            case .number(let n): return .number(n)
            case .bool(let b): return .bool(b)
            case .object: return .other(document.javaDescription(of: node), className: "java.util.LinkedHashMap")
            case .array: return .other(document.javaDescription(of: node), className: "net.minidev.json.JSONArray")
            case .other: return .other(document.javaDescription(of: node), className: "java.lang.Object")
            }
        }
    }

    /// A filter's path (definite by construction) from the item (`@`) or the document (`$`).
    private func definiteValue(_ path: CompiledPath, item: Node) throws(EvaluationStop) -> Node {
        var evaluator = Evaluator(document: document, root: root)
        let values = try evaluator.values(of: path, at: path.startsAtRoot ? root : item)
        guard let first = values.first else { throw .notFound }
        return first
    }
}
