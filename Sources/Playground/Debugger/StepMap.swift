import VTL

/// Where each step of a recorded trace is: the template line it shows, its nesting
/// depth, the loop it iterates, and the steps that arrive on each line (where a
/// breakpoint stops). Built once per trace in one pass; every move is a search in it.
///
/// Positions count the steps done: 0 is before the first step, `count` after the
/// last; position `p > 0` shows step `p` (trace index `p - 1`).
public struct StepMap: Sendable {
    /// How many steps the trace has.
    public let count: Int
    /// The line of each step (by trace index): the line of its first non-blank character.
    let lines: [Int32]
    /// `TraceEvent.depth` by trace index.
    let depths: [Int32]
    /// For a `#foreach` iteration step, the loop's source offset; -1 for other steps.
    let loops: [Int32]
    /// The trace indices that arrive on each line (ascending): a step whose line
    /// differs from the step before, or a loop's next iteration.
    let arrivals: [Int: [Int32]]

    public init(trace: Trace, source: String) {
        let bytes = Array(source.utf8)
        count = trace.events.count
        var lines = [Int32](), depths = [Int32](), loops = [Int32]()
        lines.reserveCapacity(count)
        depths.reserveCapacity(count)
        loops.reserveCapacity(count)
        var arrivals: [Int: [Int32]] = [:]
        for (index, event) in trace.events.enumerated() {
            let line = Self.line(of: event, in: bytes)
            var loop: Int32 = -1
            if case .iteration = event.kind { loop = Int32(truncatingIfNeeded: event.sourceRange.start.offset) }
            if index == 0 || Int(lines[index - 1]) != line || loop >= 0 {
                arrivals[line, default: []].append(Int32(index))
            }
            lines.append(Int32(truncatingIfNeeded: line))
            depths.append(Int32(truncatingIfNeeded: event.depth))
            loops.append(loop)
        }
        self.lines = lines
        self.depths = depths
        self.loops = loops
        self.arrivals = arrivals
    }

    /// The line step `index` shows: text starting with line breaks belongs to the
    /// line where its first visible character is.
    static func line(of event: TraceEvent, in bytes: [UInt8]) -> Int {
        let start = event.sourceRange.start
        guard case .text = event.kind else { return start.line }
        var line = start.line
        var offset = start.offset
        let end = min(event.sourceRange.end.offset, bytes.count)
        while offset < end {
            switch bytes[offset] {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: "\r"): if offset + 1 >= end || bytes[offset + 1] != UInt8(ascii: "\n") { line += 1 }
            case UInt8(ascii: " "), UInt8(ascii: "\t"): break
            default: return line
            }
            offset += 1
        }
        return start.line
    }

    /// The line that position `position` shows (nil before the first step).
    public func line(at position: Int) -> Int? {
        position > 0 && position <= count ? Int(lines[position - 1]) : nil
    }

    /// The nesting depth at `position` (0 before the first step).
    public func depth(at position: Int) -> Int {
        position > 0 && position <= count ? Int(depths[position - 1]) : 0
    }

    /// Whether any step arrives on `line`.
    public func hasSteps(on line: Int) -> Bool { arrivals[line] != nil }

    // MARK: Moves (each returns the new position, or nil when there is nothing in that direction)

    /// One step forwards or backwards.
    public func into(from position: Int, forward: Bool) -> Int? {
        let target = forward ? position + 1 : position - 1
        return target >= 0 && target <= count ? target : nil
    }

    /// The next (previous) step at the same nesting level or outside it: over a
    /// whole `#foreach` iteration, `#if` body or `#define` expansion.
    public func over(from position: Int, forward: Bool) -> Int? {
        guard position > 0, position <= count else { return into(from: position, forward: forward) }
        let index = position - 1
        let depth = depths[index]
        return nearest(from: index, forward: forward) { depths[$0] <= depth }
    }

    /// Out of the enclosing block: forwards to the first step after it (after the
    /// whole loop for a `#foreach`), backwards to the last step before it began.
    public func out(from position: Int, forward: Bool) -> Int? {
        guard position > 0, position <= count, let (base, loop) = enclosingBlock(of: position - 1) else { return nil }
        return nearest(from: position - 1, forward: forward) { j in
            depths[j] < base || (depths[j] == base && (loop < 0 || loops[j] != loop))
        }
    }

    /// The position of the nearest step after (before) trace index `index` that matches.
    private func nearest(from index: Int, forward: Bool, where matches: (Int) -> Bool) -> Int? {
        var j = forward ? index + 1 : index - 1
        while j >= 0, j < count {
            if matches(j) { return j + 1 }
            j += forward ? 1 : -1
        }
        return nil
    }

    /// The depth of the directive that opened the block holding step `index`, and
    /// its loop offset when it is a `#foreach` (-1 otherwise); nil at the top level.
    func enclosingBlock(of index: Int) -> (depth: Int32, loop: Int32)? {
        if loops[index] >= 0 { return (depths[index], loops[index]) }
        let depth = depths[index]
        guard depth > 1 else { return nil }
        var j = index - 1
        while j >= 0, depths[j] >= depth { j -= 1 }
        if j >= 0, depths[j] == depth - 1, loops[j] >= 0 { return (depth - 1, loops[j]) }
        return (depth - 1, -1)
    }

    /// The trace indices arriving on `line` after (before) trace index `index`, nearest first.
    public func arrivals(on line: Int, after index: Int, forward: Bool) -> ArraySlice<Int32> {
        guard let steps = arrivals[line] else { return [] }
        var low = 0, high = steps.count
        while low < high {
            let mid = (low + high) / 2
            if forward ? Int(steps[mid]) <= index : Int(steps[mid]) < index { low = mid + 1 } else { high = mid }
        }
        return forward ? steps[low...] : steps[..<low]
    }

    /// The next (previous) arrival on `line` from `position`, as a position.
    public func arrival(on line: Int, from position: Int, forward: Bool) -> Int? {
        let found = arrivals(on: line, after: position - 1, forward: forward)
        guard let index = forward ? found.first : found.last else { return nil }
        return Int(index) + 1
    }
}
