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

extension Evaluator {
    /// The items `#foreach` walks: a list (live, as Java's iterator), else what
    /// `Java.iterationItems` gives (a map's values, ...), nothing for anything else.
    func iteration(over value: Value) -> (list: ListRef?, items: [Value]) {
        if case .list(let list) = value { return (list, list.items) }
        return (nil, Java.iterationItems(value) ?? [])
    }

    mutating func renderForeach(variable: Int?, iterable: Expression?, body: Block, range: SourceRange) throws(Interrupt) {
        guard let variable, let iterable else { return }
        let (liveList, items) = iteration(over: try evaluate(iterable))
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
        let expectedCount = items.count
        var index = 0
        // Java's ArrayList iterator: hasNext() is `cursor != size`; next() fails when the list changed size.
        func count() -> Int { liveList?.items.count ?? items.count }
        while index != count() {
            if index >= limit {
                warnings.append(diagnostic(severity: .warning, "#foreach stopped after \(limit) iterations (API Gateway's limit); \(count() - limit) items were skipped", at: range))
                if recordTrace { trace(.control("#foreach limit"), range, from: output.count) }
                break
            }
            try step(range)
            if count() != expectedCount || index >= items.count {
                throw .failure(diagnostic("java.util.ConcurrentModificationException: the list changed while #foreach iterated over it", at: range))
            }
            let item = liveList?.items[index] ?? items[index]
            let hasNext = index + 1 != count()
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
