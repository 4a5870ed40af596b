#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A backtracking matcher for `RegexNode`s over UTF-16 units, as
/// `java.util.regex.Matcher` works. Its steps are charged to a `WorkMeter`, so that
/// no pattern can hang: the match stops (`aborted`) once the meter does.
final class RegexMatcher {
    /// Nested matching calls allowed (Java would overflow its stack on such input too).
    static let depthLimit = 50_000
    /// Stack a match may use on the caller's thread; deeper ones start over on a large stack.
    static let callerStackBytes: UInt = 128 << 10
    /// Steps between two charges to the meter.
    private static let chargeInterval = 1024

    let units: [UInt16]
    let meter: WorkMeter
    private let root: RegexNode
    private(set) var captures: [Int]
    private var steps = 0
    private var nextCharge = RegexMatcher.chargeInterval
    private var depth = 0
    private(set) var aborted = false
    /// The match went below `stackFloor`: it must be run again on a large stack.
    private(set) var outOfStack = false
    /// Lowest stack address the match may reach (0: no limit but `depthLimit`).
    private let stackFloor: UInt
    /// Where the previous match ended (`\G`).
    private var previousMatchEnd = 0

    /// Per loop: positions from which one more iteration already failed (Java 9+'s
    /// `Loop.posIndex` memo, which keeps `(a|aa)*c` polynomial). Off with back references.
    private var failedIterations: [Int: Set<Int>] = [:]
    private let memoizeLoops: Bool

    /// `onCallerStack`: the match may use only `callerStackBytes` below the current frame.
    init(_ root: RegexNode, groupCount: Int, units: [UInt16], memoizeLoops: Bool, meter: WorkMeter, onCallerStack: Bool) {
        self.stackFloor = onCallerStack ? stackAddress() &- Self.callerStackBytes : 0
        self.root = root
        self.memoizeLoops = memoizeLoops
        self.units = units
        self.meter = meter
        self.captures = Array(repeating: -1, count: 2 * (groupCount + 1))
        // Reading the subject is work too.
        if !meter.charge(1 + units.count / 64) { aborted = true }
    }

    /// Counts `count` steps; charges the meter every `chargeInterval` steps and aborts once it stops.
    @inline(__always)
    private func tick(_ count: Int = 1) {
        steps &+= count
        if steps >= nextCharge {
            nextCharge = steps + Self.chargeInterval
            if !meter.charge(Self.chargeInterval / JavaPattern.stepsPerUnit) { aborted = true }
        }
    }

    /// `Matcher.matches()`: the whole input.
    func matchesWhole() -> Bool {
        resetCaptures()
        return match(root, 0) { $0 == self.units.count }
    }

    /// The next match at or after `from`, as `Matcher.find` scans; its groups are in `captures`.
    func find(from: Int) -> (start: Int, end: Int)? {
        var start = from
        while start <= units.count && !aborted {
            resetCaptures()
            var end = -1
            if match(root, start, { end = $0; return true }) {
                captures[0] = start
                captures[1] = end
                previousMatchEnd = end
                return (start, end)
            }
            start += 1
        }
        return nil
    }

    /// The text of group `number` of the last match, nil when it did not participate.
    func group(_ number: Int) -> ArraySlice<UInt16>? {
        let start = captures[2 * number], end = captures[2 * number + 1]
        guard start >= 0, end >= start else { return nil }
        return units[start..<end]
    }

    private func resetCaptures() {
        for k in captures.indices { captures[k] = -1 }
    }

    private func codePoint(at i: Int) -> (value: UInt32, length: Int)? {
        guard i < units.count else { return nil }
        let unit = units[i]
        if UTF16.isLeadSurrogate(unit), i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) {
            return (0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00), 2)
        }
        return (UInt32(unit), 1)
    }

    private func codePoint(before i: Int) -> UInt32? {
        guard i > 0 else { return nil }
        let unit = units[i - 1]
        if UTF16.isTrailSurrogate(unit), i >= 2, UTF16.isLeadSurrogate(units[i - 2]) { return codePoint(at: i - 2)?.value }
        return UInt32(unit)
    }

    private func match(_ node: RegexNode, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        tick()
        depth += 1
        defer { depth -= 1 }
        if depth > Self.depthLimit { aborted = true }
        if stackFloor != 0 && depth & 7 == 0 && stackAddress() < stackFloor { outOfStack = true; aborted = true }
        if aborted { return false }
        switch node {
        case .empty: return k(i)
        case .char(let p):
            guard let (c, length) = codePoint(at: i), p.test(c) else { return false }
            return k(i + length)
        case .sequence(let items): return sequence(items, 0, i, k)
        case .alternation(let branches):
            for branch in branches {
                if match(branch, i, k) { return true }
                if aborted { return false }
            }
            return false
        case .group(let body, let index):
            guard let index else { return match(body, i, k) }
            return match(body, i) { j in
                let oldStart = self.captures[2 * index], oldEnd = self.captures[2 * index + 1]
                self.captures[2 * index] = i
                self.captures[2 * index + 1] = j
                if k(j) { return true }
                self.captures[2 * index] = oldStart
                self.captures[2 * index + 1] = oldEnd
                return false
            }
        case .repetition(let body, let min, let max, let mode, let id):
            if case .char(let p) = body { return repeatChar(p, min, max, mode, i, k) }
            switch mode {
            case .greedy:
                failedIterations[id] = nil
                return greedy(body, min, max, 0, i, id: id, k)
            case .lazy: return lazy(body, min, max, 0, i, k)
            case .possessive:
                var end = -1
                failedIterations[id] = nil
                guard greedy(body, min, max, 0, i, id: id, { end = $0; return true }) else { return false }
                return k(end)
            }
        case .backReference(let number, let ignoreCase):
            // A reference to a group the pattern does not have never matches.
            guard 2 * number + 1 < captures.count else { return false }
            let start = captures[2 * number], end = captures[2 * number + 1]
            guard start >= 0 else { return false }
            let length = end - start
            guard i + length <= units.count else { return false }
            tick(length)
            for offset in 0..<length {
                let a = units[start + offset], b = units[i + offset]
                if a != b && !(ignoreCase && Self.asciiFold(a) == Self.asciiFold(b)) { return false }
            }
            return k(i + length)
        case .lookahead(let body, let negative):
            let saved = captures
            let found = match(body, i) { _ in true }
            if negative {
                captures = saved
                return !found && !aborted && k(i)
            }
            if found && k(i) { return true }
            captures = saved
            return false
        case .lookbehind(let body, let negative, let minLength, let maxLength):
            let saved = captures
            var found = false
            var start = i - minLength
            while start >= Swift.max(0, i - maxLength) && !found && !aborted {
                found = match(body, start) { $0 == i }
                start -= 1
            }
            if negative {
                captures = saved
                return !found && !aborted && k(i)
            }
            if found && k(i) { return true }
            captures = saved
            return false
        case .atomic(let body):
            let saved = captures
            var end = -1
            if match(body, i, { end = $0; return true }) && k(end) { return true }
            captures = saved
            return false
        case .anchor(let anchor):
            switch anchor {
            case .lineBreak:
                if i + 1 < units.count, units[i] == 0x0D, units[i + 1] == 0x0A { return k(i + 2) }
                guard let (c, _) = codePoint(at: i), CharPredicate.verticalSpace.test(c) else { return false }
                return k(i + 1)
            default:
                return test(anchor, i) && k(i)
            }
        }
    }

    private func sequence(_ items: [RegexNode], _ index: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        if index == items.count { return k(i) }
        return match(items[index], i) { j in self.sequence(items, index + 1, j, k) }
    }

    /// A greedy loop: one more iteration first (never an empty one past the minimum), then the rest.
    /// A greedy loop (Java's `Loop`): one more iteration first, then the rest. An
    /// iteration that matched nothing ends the loop there, as in Java.
    private func greedy(_ body: RegexNode, _ min: Int, _ max: Int?, _ count: Int, _ i: Int, id: Int, _ k: (Int) -> Bool) -> Bool {
        if count < min { return match(body, i) { j in j == i ? k(j) : self.greedy(body, min, max, count + 1, j, id: id, k) } }
        if let max, count >= max { return k(i) }
        let memo = memoizeLoops && max == nil
        if memo && failedIterations[id]?.contains(i) == true { return k(i) }
        if match(body, i, { j in j == i ? k(j) : self.greedy(body, min, max, count + 1, j, id: id, k) }) { return true }
        if aborted { return false }
        if memo { failedIterations[id, default: []].insert(i) }
        return k(i)
    }

    /// A lazy loop (Java's `LazyLoop`): the rest first, then one more iteration.
    private func lazy(_ body: RegexNode, _ min: Int, _ max: Int?, _ count: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        if count < min { return match(body, i) { j in j == i ? k(j) : self.lazy(body, min, max, count + 1, j, k) } }
        if k(i) { return true }
        if aborted { return false }
        if let max, count >= max { return false }
        return match(body, i) { j in j == i ? k(j) : self.lazy(body, min, max, count + 1, j, k) }
    }

    /// A loop over single characters, done without recursion (Java's `Curly`).
    private func repeatChar(_ p: CharPredicate, _ min: Int, _ max: Int?, _ mode: RepetitionMode, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        var position = i
        var count = 0
        func advance() -> Bool {
            if let max, count >= max { return false }
            guard let (c, length) = codePoint(at: position), p.test(c) else { return false }
            tick()
            position += length
            count += 1
            return true
        }
        while count < min {
            guard advance() else { return false }
        }
        switch mode {
        case .lazy:
            while true {
                if k(position) { return true }
                if aborted || !advance() { return false }
            }
        case .greedy, .possessive:
            while advance() {}
            if aborted { return false }
            if mode == .possessive { return k(position) }
            while true {
                if k(position) { return true }
                if aborted || count == min { return false }
                // Step back one code point (a surrogate pair was consumed as one).
                let pair = position - 2 >= i && UTF16.isTrailSurrogate(units[position - 1]) && UTF16.isLeadSurrogate(units[position - 2])
                position -= pair ? 2 : 1
                count -= 1
            }
        }
    }

    private static func asciiFold(_ unit: UInt16) -> UInt16 {
        (0x41...0x5A).contains(unit) ? unit + 32 : unit
    }

    private static func isTerminator(_ unit: UInt16, unixLines: Bool) -> Bool {
        unixLines ? unit == 0x0A : (unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029)
    }

    private func test(_ anchor: Anchor, _ i: Int) -> Bool {
        let n = units.count
        switch anchor {
        case .inputStart: return i == 0
        case .inputEnd: return i == n
        case .previousMatchEnd: return i == previousMatchEnd
        case .inputEndBeforeTerminator: return test(.lineEnd(multiline: false, unixLines: false), i)
        case .lineStart(let multiline, let unixLines):
            guard multiline else { return i == 0 }
            if i == n { return false }
            if i == 0 { return true }
            let previous = units[i - 1]
            guard Self.isTerminator(previous, unixLines: unixLines) else { return false }
            return unixLines || !(previous == 0x0D && units[i] == 0x0A)
        case .lineEnd(let multiline, let unixLines):
            if unixLines {
                if i == n { return true }
                guard units[i] == 0x0A else { return false }
                return multiline || i == n - 1
            }
            if !multiline {
                if i < n - 2 { return false }
                if i == n - 2 { return units[i] == 0x0D && units[i + 1] == 0x0A }
            }
            if i < n {
                let unit = units[i]
                if unit == 0x0A {
                    if i > 0 && units[i - 1] == 0x0D { return false }
                    return true
                }
                return Self.isTerminator(unit, unixLines: false)
            }
            return true
        case .wordBoundary(let negated):
            let left = codePoint(before: i).map(CharPredicate.isBoundaryWord) ?? false
            let right = codePoint(at: i).map { CharPredicate.isBoundaryWord($0.value) } ?? false
            return (left != right) != negated
        case .lineBreak: return false
        }
    }
}

/// The address of a local in the caller's frame (the stack grows down).
@inline(never) private func stackAddress() -> UInt {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
}

/// Runs `body` on a thread with a large stack and waits for it, so that deep
/// backtracking cannot overflow the caller's stack.
func onLargeStack(_ body: @escaping () -> Void) {
    let task = LargeStackTask(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 512 << 20)
    defer { pthread_attr_destroy(&attributes) }
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t?
    #endif
    let context = Unmanaged.passRetained(task).toOpaque()
    let created = pthread_create(&thread, &attributes, { raw in
        Unmanaged<LargeStackTask>.fromOpaque(raw!).takeRetainedValue().body()
        return nil
    }, context)
    guard created == 0 else {
        Unmanaged<LargeStackTask>.fromOpaque(context).release()
        body()
        return
    }
    #if canImport(Glibc)
    pthread_join(thread, nil)
    #else
    pthread_join(thread!, nil)
    #endif
}

private final class LargeStackTask: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
