/// Repeats a piece of work until a minimum time has passed and reports the rate.
struct Stopwatch {
    /// Total measured time in seconds and the number of repetitions done.
    struct Measurement {
        var seconds: Double
        var repetitions: Int
        var perSecond: Double { Double(repetitions) / seconds }
        var microsecondsEach: Double { seconds * 1_000_000 / Double(repetitions) }
    }

    /// Runs `work` once to warm up, then repeatedly until `minimumSeconds` have passed
    /// (and at least `minimumRepetitions` runs); `work` returns how many units it did.
    static func measure(minimumSeconds: Double, minimumRepetitions: Int = 1, _ work: () -> Int) -> Measurement {
        _ = work()
        let clock = ContinuousClock()
        let start = clock.now
        var units = 0
        var runs = 0
        var elapsed = 0.0
        repeat {
            units += work()
            runs += 1
            elapsed = seconds(clock.now - start)
        } while elapsed < minimumSeconds || runs < minimumRepetitions
        return Measurement(seconds: elapsed, repetitions: units)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
