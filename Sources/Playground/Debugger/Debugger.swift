import APIGateway
import VTL

/// A debugger over one recorded render: breakpoints, stepping into, over and out
/// of blocks, running to a line or a step, forwards and backwards, and the
/// variables, watches and explanations at the current step. The render is recorded
/// once; moves are searches in its `StepMap`, and the variables at a step come
/// from rendering again up to that step (`Replay`).
public final class Debugger {
    /// The recorded render: output, diagnostics and trace.
    public let outcome: Outcome
    /// The steps of the render.
    public let trace: Trace
    /// Where each step is.
    public let map: StepMap
    /// The template's text.
    public let source: String
    /// Steps done: 0 before the first step, `map.count` at the end; step `position` is the current one.
    public private(set) var position = 0
    /// Breakpoints by number, in the order they were set.
    public private(set) var breakpoints: [Breakpoint] = []
    /// Expressions shown after each move.
    public private(set) var watches: [String] = []

    let replay: Replay
    private let outputBytes: [UInt8]
    private var nextBreakpoint = 1

    /// Records a render of `template` against `request`.
    public init(template: String, name: String = "template", request: MethodRequest = MethodRequest(),
                settings: RenderSettings = RenderSettings()) {
        var settings = settings
        settings.recordTrace = true
        outcome = Session.render(template: template, name: name, request: request, settings: settings)
        trace = outcome.trace ?? Trace()
        source = template
        map = StepMap(trace: trace, source: template)
        replay = Replay(template: template, name: name, request: request, settings: settings)
        outputBytes = Array(outcome.output.utf8)
    }

    /// Records a render of the session's template against its request.
    public convenience init(session: Session) {
        self.init(template: session.template.text, name: session.template.path ?? "template",
                  request: session.request, settings: session.settings)
    }

    /// The current step (nil before the first).
    public var currentStep: TraceEvent? {
        position > 0 && position <= trace.events.count ? trace.events[position - 1] : nil
    }

    /// The output the steps so far produced.
    public var outputSoFar: String {
        guard let step = currentStep else { return "" }
        var end = min(step.outputRange.upperBound, outputBytes.count)
        if step.outputRange.isEmpty { end = min(step.outputRange.lowerBound, outputBytes.count) }
        return String(decoding: outputBytes[..<end], as: UTF8.self)
    }

    // MARK: Moves

    /// Where to go.
    public enum Move: Equatable, Sendable {
        /// One step.
        case into
        /// The next step at the same nesting level or outside it.
        case over
        /// The first step after the enclosing block (the whole loop for `#foreach`).
        case out
        /// The next breakpoint whose condition holds.
        case breakpoint
        /// The next step arriving on a template line.
        case line(Int)
        /// Step N (1-based; 0 is before the first step).
        case step(Int)
    }

    /// Why a move ended where it did.
    public enum StopReason: Equatable, Sendable {
        /// The move's own target.
        case moved
        /// Breakpoint N was hit.
        case breakpoint(Int)
        /// Breakpoint N's condition failed to evaluate here (the reason).
        case conditionFailed(Int, String)
        /// Nothing more in that direction: the start or the end of the render.
        case start, end
    }

    /// Moves forwards or backwards and tells why it stopped.
    @discardableResult
    public func move(_ move: Move, forward: Bool = true) -> StopReason {
        let target: Int?
        var reason = StopReason.moved
        switch move {
        case .into: target = map.into(from: position, forward: forward)
        case .over: target = map.over(from: position, forward: forward)
        case .out: target = map.out(from: position, forward: forward)
        case .line(let line): target = map.arrival(on: line, from: position, forward: forward)
        case .step(let n): target = min(max(n, 0), map.count)
        case .breakpoint:
            let hit = nextHit(forward: forward)
            target = hit?.position
            if let hit { reason = hit.reason }
        }
        position = target ?? (forward ? map.count : 0)
        return target == nil ? (forward ? .end : .start) : reason
    }

    // MARK: Breakpoints

    /// A line breakpoint, with an optional VTL condition evaluated in the step's scope.
    public struct Breakpoint: Equatable, Sendable {
        public var id: Int
        public var line: Int
        public var condition: String?
    }

    /// Sets a breakpoint on `line`; a condition that does not parse is refused.
    @discardableResult
    public func addBreakpoint(line: Int, condition: String? = nil) throws(ConditionError) -> Breakpoint {
        if let condition { _ = try ScopeEvaluator.parseCondition(condition) }
        let breakpoint = Breakpoint(id: nextBreakpoint, line: line, condition: condition)
        nextBreakpoint += 1
        breakpoints.append(breakpoint)
        return breakpoint
    }

    /// Deletes breakpoint `id`; false when there is none.
    @discardableResult
    public func deleteBreakpoint(_ id: Int) -> Bool {
        guard let index = breakpoints.firstIndex(where: { $0.id == id }) else { return false }
        breakpoints.remove(at: index)
        return true
    }

    /// The nearest breakpoint hit in the direction, checking conditions by replaying
    /// the render once (only when some breakpoint has a condition).
    private func nextHit(forward: Bool) -> (position: Int, reason: StopReason)? {
        let here = position - 1
        var best: (index: Int, id: Int)?
        func closer(_ index: Int) -> Bool {
            guard let best else { return true }
            return forward ? index < best.index : index > best.index
        }
        for breakpoint in breakpoints where breakpoint.condition == nil {
            let found = map.arrivals(on: breakpoint.line, after: here, forward: forward)
            if let index = forward ? found.first : found.last, closer(Int(index)) { best = (Int(index), breakpoint.id) }
        }
        let conditional = breakpoints.filter { $0.condition != nil }
        var candidates: [Int: [Breakpoint]] = [:]
        for breakpoint in conditional {
            for index in map.arrivals(on: breakpoint.line, after: here, forward: forward) where closer(Int(index)) {
                candidates[Int(index), default: []].append(breakpoint)
            }
        }
        if !candidates.isEmpty {
            let limits = replay.settings.limits
            var found: (index: Int, id: Int, failure: String?)?
            let last = forward ? (best?.index ?? Int.max) : here
            replay.run(wants: { $0 >= last || candidates[$0] != nil }) { index, scope in
                if index >= last { return true }
                for breakpoint in candidates[index] ?? [] {
                    switch ScopeEvaluator.holds(breakpoint.condition!, in: scope, limits: limits) {
                    case .success(true): found = (index, breakpoint.id, nil)
                    case .success(false): continue
                    case .failure(let error): found = (index, breakpoint.id, error.message)
                    }
                    return forward
                }
                return false
            }
            if let found, closer(found.index) {
                let position = found.index + 1
                return (position, found.failure.map { .conditionFailed(found.id, $0) } ?? .breakpoint(found.id))
            }
        }
        return best.map { ($0.index + 1, .breakpoint($0.id)) }
    }

    // MARK: Watches

    /// Adds an expression to show after each move.
    public func addWatch(_ expression: String) { watches.append(expression) }

    /// Removes watch number `number` (1-based); false when there is none.
    @discardableResult
    public func deleteWatch(_ number: Int) -> Bool {
        guard watches.indices.contains(number - 1) else { return false }
        watches.remove(at: number - 1)
        return true
    }

    /// Each watch's value at the current step.
    public func watchValues() -> [(expression: String, value: Evaluation)] {
        let watches = watches
        guard !watches.isEmpty else { return [] }
        let limits = replay.settings.limits
        return replay.at(position) { scope in
            watches.map { ($0, ScopeEvaluator.evaluate($0, in: scope, limits: limits)) }
        } ?? []
    }

    // MARK: Values at the current step

    /// The value of a VTL expression at the current step.
    public func evaluate(_ expression: String) -> Evaluation {
        let limits = replay.settings.limits
        return replay.at(position) { ScopeEvaluator.evaluate(expression, in: $0, limits: limits) }
            ?? .failure("the render ended before this step")
    }
}
