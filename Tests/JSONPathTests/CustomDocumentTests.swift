import JSONPath
import Testing

/// A document whose nodes are shared and may contain themselves, like live template maps.
private struct GraphDocument: JSONPathDocument {
    enum Node: Equatable {
        case object(Int)
        case number(Int)
    }
    /// Object id → ordered members.
    var objects: [Int: [(String, Node)]]

    func kind(of node: Node) -> JSONPathKind {
        switch node {
        case .object: return .object
        case .number(let n): return .number(String(n))
        }
    }

    func member(_ key: String, of object: Node) -> Node? {
        guard case .object(let id) = object else { return nil }
        return objects[id]?.first { $0.0 == key }?.1
    }

    func keys(of object: Node) -> [String] {
        guard case .object(let id) = object else { return [] }
        return objects[id]?.map(\.0) ?? []
    }

    func count(of array: Node) -> Int { 0 }
    func element(_ index: Int, of array: Node) -> Node { array }
    func makeObject(_ members: [(key: String, value: Node)]) -> Node { .number(members.count) }
    func javaDescription(of node: Node) -> String { "node" }
}

@Test func filtersAndPathsRunOverAnyDocument() throws {
    let document = GraphDocument(objects: [0: [("a", .object(1)), ("n", .number(5))], 1: [("price", .number(7))]])
    #expect(try JSONPath("$.a.price").evaluate(in: document, root: .object(0)) == .value(.number(7)))
    #expect(try JSONPath("$[?(@.n > 4)].a").evaluate(in: document, root: .object(0)) == .list([.object(1)]))
    #expect(try JSONPath("$..price").evaluate(in: document, root: .object(0)) == .list([.number(7)]))
}

@Test func scanningACycleFailsInsteadOfCrashing() {
    let document = GraphDocument(objects: [0: [("self", .object(0))]])
    do {
        _ = try JSONPath("$..x").evaluate(in: document, root: .object(0))
        Issue.record("expected an error")
    } catch {
        #expect(error.javaException == "java.lang.StackOverflowError")
    }
}
