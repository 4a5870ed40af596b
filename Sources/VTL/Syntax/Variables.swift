#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names met while parsing, numbered and kept once: looked up by their UTF-8
/// bytes (FNV-1a, open addressing) without building a string for each occurrence.
struct NameTable: Sendable {
    private(set) var names: [String] = []
    /// Every name's spelling, one after the other; name `n` is `spellingBytes[spellingEnds[n - 1]..<spellingEnds[n]]`.
    private var spellingBytes: [UInt8] = []
    private var spellingEnds: [Int32] = []
    /// Indexes into `names` plus one (zero: empty bucket); the count is a power of two.
    private var buckets = [Int32](repeating: 0, count: 64)

    init(_ initial: [String] = []) {
        for name in initial { _ = number(of: name) }
    }

    /// The number of `name`, added when new.
    mutating func number(of name: String) -> Int {
        let bytes = Array(name.utf8)
        return number(of: bytes, from: 0, to: bytes.count)
    }

    /// The number of the name spelled by `bytes[start..<end]`, added when new.
    mutating func number(of bytes: [UInt8], from start: Int, to end: Int) -> Int {
        let count = end - start
        var hash: UInt32 = 2_166_136_261
        var bucket = 0
        let found: Int? = bytes.withUnsafeBufferPointer { all in
            let name = UnsafeBufferPointer(rebasing: all[start..<end])
            for byte in name { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return spellingBytes.withUnsafeBufferPointer { spellings in
                spellingEnds.withUnsafeBufferPointer { ends in
                    buckets.withUnsafeBufferPointer { buckets in
                        let mask = buckets.count - 1
                        bucket = Int(hash) & mask
                        while buckets[bucket] != 0 {
                            let number = Int(buckets[bucket]) - 1
                            let spellingEnd = Int(ends[number])
                            let spellingStart = number == 0 ? 0 : Int(ends[number - 1])
                            if spellingEnd - spellingStart == count,
                               count == 0 || memcmp(spellings.baseAddress! + spellingStart, name.baseAddress!, count) == 0 {
                                return number
                            }
                            bucket = (bucket + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
        if let found { return found }
        let number = names.count
        spellingBytes.append(contentsOf: bytes[start..<end])
        spellingEnds.append(Int32(spellingBytes.count))
        names.append(String(decoding: bytes[start..<end], as: UTF8.self))
        buckets[bucket] = Int32(number + 1)
        if names.count * 2 > buckets.count { rehash() }
        return number
    }

    private mutating func rehash() {
        buckets = [Int32](repeating: 0, count: buckets.count * 2)
        let mask = buckets.count - 1
        var spellingStart = 0
        for number in names.indices {
            let spellingEnd = Int(spellingEnds[number])
            var hash: UInt32 = 2_166_136_261
            for byte in spellingBytes[spellingStart..<spellingEnd] { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            spellingStart = spellingEnd
            var bucket = Int(hash) & mask
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = Int32(number + 1)
        }
    }
}

/// A template's variable names: the evaluator keeps variables in an array indexed
/// by these slots rather than hashing a name at every reference.
enum VariableSlots {
    /// Slots Velocity's `#foreach` uses, numbered first.
    static let velocityCount = 0, velocityHasNext = 1, foreach = 2

    static func table() -> NameTable { NameTable(["velocityCount", "velocityHasNext", "foreach"]) }
}
