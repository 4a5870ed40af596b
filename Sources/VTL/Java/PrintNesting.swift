import JavaRuntime

/// The state of one `toString()` of a collection, shared by every nested print
/// inside it, including those that go through a formatter or a host object
/// (a map holding its own `entrySet()` prints through `Map.Entry.toString()`).
/// It bounds the nesting (Java overflows its stack on cycles) and charges the
/// render's `WorkMeter` for every element printed.
final class PrintNesting: @unchecked Sendable {
    private var depth = 0
    /// Set once a print went deeper than `Java.maxNesting`; every later print stops at once.
    private(set) var overflowed = false
    /// Set once the work meter refused a print.
    private(set) var overBudget = false

    /// The print in progress on this task or thread, if any.
    @TaskLocal static var current: PrintNesting?

    /// Runs `body` one level deeper, or answers `overflow` when that is too deep
    /// or the work must stop. `cost` is the number of elements `body` prints.
    static func nest(overflow: String, cost: Int, _ body: () -> String) -> String {
        if let current { return current.enter(overflow: overflow, cost: cost, body) }
        let nesting = PrintNesting()
        return $current.withValue(nesting) { nesting.enter(overflow: overflow, cost: cost, body) }
    }

    private func enter(overflow: String, cost: Int, _ body: () -> String) -> String {
        if overflowed || overBudget { return overflow }
        guard depth < Java.maxNesting else {
            overflowed = true
            return overflow
        }
        if let meter = WorkMeter.current, !meter.charge(cost + 1) {
            overBudget = true
            return overflow
        }
        depth += 1
        defer { depth -= 1 }
        return body()
    }
}
