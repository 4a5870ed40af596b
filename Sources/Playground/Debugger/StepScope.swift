import VTL

/// One variable at a step: the template's variables, the loop variables and the
/// `$foreach` fields, with their Java class and what the step changed.
public struct ScopeRow: Equatable, Sendable {
    /// `$name`, or `$foreach.count`, `$foreach.parent.index` for the loop's fields.
    public var name: String
    /// What it renders as (`""` for null).
    public var rendered: String
    /// The Java class (`java.lang.String`, `java.util.ArrayList`, ...).
    public var typeName: String
    /// What the current step did to it.
    public var change: Change

    public enum Change: Equatable, Sendable {
        case unchanged
        /// The step defined it.
        case new
        /// The step changed it; the value it had before.
        case changed(was: String)
    }
}

extension Debugger {
    /// The variables at the current step (API Gateway's own are left out: print
    /// `$input`, `$context`, ... to see them), and the ones the step removed.
    public func scope() -> (rows: [ScopeRow], removed: [String]) {
        let target = position - 1
        var before: [String: (String, String)] = [:]
        var after: [(String, String, String)] = []
        let describe = { (scope: [String: Value]) in StepScope.describe(scope) }
        if position <= 1 {
            before = Dictionary(describe(replay.initialScope()).map { ($0.0, ($0.1, $0.2)) }) { a, _ in a }
        }
        if position == 0 {
            after = describe(replay.initialScope())
        } else {
            replay.run(wants: { $0 == target - 1 || $0 == target }) { index, scope in
                if index == target - 1 {
                    before = Dictionary(describe(scope).map { ($0.0, ($0.1, $0.2)) }) { a, _ in a }
                    return false
                }
                after = describe(scope)
                return true
            }
        }
        let rows = after.map { name, rendered, type in
            let change: ScopeRow.Change
            if position == 0 {
                change = .unchanged
            } else if let old = before[name] {
                change = old == (rendered, type) ? .unchanged : .changed(was: old.0)
            } else {
                change = .new
            }
            return ScopeRow(name: name, rendered: rendered, typeName: type, change: change)
        }
        let names = Set(after.map(\.0))
        return (rows, before.keys.filter { !names.contains($0) }.sorted())
    }
}

/// Describes a scope as rows of text (text, not values: lists and maps change later).
enum StepScope {
    /// `$name`, rendered, Java class: the template's variables by name, then `$foreach`'s fields.
    static func describe(_ scope: [String: Value]) -> [(String, String, String)] {
        var rows: [(String, String, String)] = []
        for name in scope.keys.sorted() where !VariablesTree.gatewayNames.contains(name) && name != "foreach" {
            let value = scope[name]!
            rows.append(("$" + name, VariablesTree.rendered(value), Java.className(value)))
        }
        var loop = scope["foreach"]
        var prefix = "$foreach"
        while case .host(let host)? = loop {
            for field in ["index", "count", "hasNext", "first", "last"] {
                if let value = try? host.property(field, at: site) {
                    rows.append((prefix + "." + field, VariablesTree.rendered(value), Java.className(value)))
                }
            }
            loop = (try? host.property("parent", at: site)) ?? nil
            prefix += ".parent"
        }
        return rows
    }

    private static let site = CallSite(templateName: "debugger", line: 1, column: 1)
}
