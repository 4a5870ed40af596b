/// `$foreach` inside a `#foreach` body: `index`, `count`, `hasNext`, `first`, `last`, `parent`.
final class ForeachScope: HostObject {
    var index = 0
    var hasNext = false
    let parent: ForeachScope?

    init(parent: ForeachScope?) { self.parent = parent }

    var typeName: String { "org.apache.velocity.runtime.directive.ForeachScope" }

    func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        switch name {
        case "index": return .int(Int32(truncatingIfNeeded: index))
        case "count": return .int(Int32(truncatingIfNeeded: index + 1))
        case "hasNext": return .bool(hasNext)
        case "first": return .bool(index == 0)
        case "last": return .bool(!hasNext)
        case "parent": return parent.map { .host($0) }
        case "topmost":
            var top = self
            while let up = top.parent { top = up }
            return .host(top)
        default: return nil
        }
    }

    func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        guard arguments.isEmpty else { return nil }
        switch name {
        case "getIndex": return try property("index", at: site)
        case "getCount": return try property("count", at: site)
        case "hasNext", "getHasNext": return try property("hasNext", at: site)
        case "isFirst", "getFirst": return try property("first", at: site)
        case "isLast", "getLast": return try property("last", at: site)
        case "getParent": return try property("parent", at: site)
        case "getTopmost": return try property("topmost", at: site)
        default: return nil
        }
    }

    /// Velocity's scopes are maps with no entries of their own.
    func render() -> String { "{}" }
}

/// What `#foreach` walks: an ordinary list live, as Java's `ArrayList` iterator
/// (it sees changes and fails when the list changes size); a view or an
/// `Iterator` through a `JavaIterator`; else fixed items (a map's values, ...).
enum ForeachSource {
    case list(ListRef, expectedCount: Int)
    case iterator(JavaIterator)
    case items([Value])

    init(_ value: Value) {
        switch value {
        case .list(let list) where list.view == nil: self = .list(list, expectedCount: list.count)
        case .list(let list): self = .iterator(JavaIterator(list))
        case .host(let iterator as JavaIterator): self = .iterator(iterator)
        default: self = .items(Java.iterationItems(value) ?? [])
        }
    }

    /// Whether there is an item after the first `index` ones.
    func hasNext(after index: Int) -> Bool {
        switch self {
        case .list(let list, _): return index != list.count
        case .iterator(let iterator): return iterator.hasNext()
        case .items(let items): return index < items.count
        }
    }

    /// How many items are left after the first `index` ones.
    func remaining(after index: Int) -> Int {
        switch self {
        case .list(let list, _): return list.count - index
        case .iterator(let iterator): return iterator.remaining
        case .items(let items): return items.count - index
        }
    }

    /// The item at `index` (the next one).
    func next(at index: Int) throws(HostError) -> Value {
        switch self {
        case .list(let list, let expectedCount):
            if list.count != expectedCount || index >= list.count {
                throw HostError("java.util.ConcurrentModificationException: the list changed while #foreach iterated over it")
            }
            return list.items[index]
        case .iterator(let iterator): return try iterator.next()
        case .items(let items): return items[index]
        }
    }
}

extension Evaluator {
    mutating func renderForeach(variable: Int?, iterable: Expression?, body: Block, range: SourceSpan) throws(Interrupt) {
        guard let variable, let iterable else { return }
        let source = ForeachSource(try evaluate(iterable))
        let countSlot = VariableSlots.velocityCount, hasNextSlot = VariableSlots.velocityHasNext
        let saved = (variables[variable], variables[countSlot], variables[hasNextSlot])
        let outerScope = foreachScope
        let scope = ForeachScope(parent: outerScope)
        foreachScope = scope
        defer {
            variables[variable] = saved.0
            variables[countSlot] = saved.1
            variables[hasNextSlot] = saved.2
            foreachScope = outerScope
        }
        let limit = options.limits.foreachIterations
        var index = 0
        while source.hasNext(after: index) {
            if index >= limit {
                warnings.append(diagnostic(severity: .warning, "#foreach stopped after \(limit) iterations (API Gateway's limit); \(source.remaining(after: index)) items were skipped", at: range))
                if recordTrace { trace(.control("#foreach limit"), range, from: output.count) }
                break
            }
            try step(range)
            let item: Value
            do { item = try source.next(at: index) } catch { throw .failure(diagnostic(error.reason, at: range)) }
            let hasNext = source.hasNext(after: index + 1)
            scope.index = index
            scope.hasNext = hasNext
            variables[variable] = item
            variables[countSlot] = .int(Int32(truncatingIfNeeded: index + 1))
            variables[hasNextSlot] = .bool(hasNext)
            if recordTrace { trace(.iteration(item: snapshot(item), index: index), range, from: output.count) }
            index += 1
            do {
                try render(body)
            } catch {
                if case .breakLoop(let target) = error, target == nil || target == ObjectIdentifier(scope) { break }
                throw error
            }
        }
    }
}
