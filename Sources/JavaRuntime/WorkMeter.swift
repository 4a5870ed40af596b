/// The work allowance of one render, shared by everything the render does: the
/// evaluator's steps, string and regex operations, big-number arithmetic, JSON
/// parsing and printing. Operations charge units in proportion to the work they do
/// (bytes touched, digits, backtracking steps), so one budget bounds wall time.
///
/// A meter belongs to one render on one thread; `current` makes the running
/// render's meter reachable from code that is not handed it (host objects, JSONPath).
public final class WorkMeter: @unchecked Sendable {
    /// Why the meter stopped the work.
    public enum Stop: Sendable, Equatable {
        /// More than `limit` units were charged.
        case budget
        /// The owner asked to cancel.
        case cancelled
    }

    /// Units allowed in all.
    public let limit: Int
    /// Units charged so far.
    public private(set) var used = 0
    /// Set once the work must stop; every later charge fails too.
    public private(set) var stop: Stop?
    private let isCancelled: (@Sendable () -> Bool)?
    private var nextPoll: Int

    /// How many units may pass between two cancellation polls.
    public static let pollInterval = 1024

    public init(limit: Int, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.limit = limit
        self.isCancelled = isCancelled
        self.nextPoll = min(limit == .max ? .max : limit + 1, Self.pollInterval)
    }

    /// A meter that never stops (for work outside any render).
    public static func unlimited() -> WorkMeter { WorkMeter(limit: .max) }

    /// Charges `units` of work; false when the work must stop (`stop` says why).
    @inline(__always)
    public func charge(_ units: Int = 1) -> Bool {
        used &+= units
        if used < nextPoll { return stop == nil }
        return checkpoint()
    }

    private func checkpoint() -> Bool {
        if stop != nil { return false }
        if used > limit || used < 0 {
            stop = .budget
            return false
        }
        nextPoll = min(limit == .max ? .max : limit + 1, used &+ Self.pollInterval)
        if let isCancelled, isCancelled() {
            stop = .cancelled
            return false
        }
        return true
    }

    /// The meter of the render running on this thread or task, if any.
    @TaskLocal public static var current: WorkMeter?
}
