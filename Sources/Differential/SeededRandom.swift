/// SplitMix64: a small, fast generator whose whole state is one word, so a case is
/// reproducible from its seed alone on any machine (Swift's own generators are not seedable).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The generator for case `index` of a run seeded with `seed`: each case has its own
    /// stream, so one case can be regenerated without the ones before it.
    public init(seed: UInt64, index: Int) {
        var mixer = SeededRandom(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        for _ in 0...(index % 7) { _ = mixer.next() }
        state = mixer.next() &+ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0), without Swift's rejection sampling so the
    /// stream stays the same across Swift versions.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
}
