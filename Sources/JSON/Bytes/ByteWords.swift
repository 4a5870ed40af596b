/// Word-at-a-time byte tests (SWAR): eight bytes of a `UInt64` at once. Each test sets
/// the high bit of matching bytes; the lowest set bit is always exact (borrows only
/// disturb bytes above a match), so `firstMatch` finds the first matching byte.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `pointer`, first byte lowest.
    @inline(__always) static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    @inline(__always) static func store(_ word: UInt64, to pointer: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: word.littleEndian, as: UInt64.self)
    }

    /// Bytes equal to `byte`.
    @inline(__always) static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits
    }

    /// Bytes below `limit` (at most 0x80).
    @inline(__always) static func less(_ word: UInt64, than limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Bytes below `limit` (at most 0x80) or at least 0x80.
    @inline(__always) static func lessOrNonASCII(_ word: UInt64, than limit: UInt8) -> UInt64 {
        ((word &- ones &* UInt64(limit)) | word) & highBits
    }

    /// The index (0–7) of the first byte a non-zero `matches` marks.
    @inline(__always) static func firstMatch(_ matches: UInt64) -> Int {
        matches.trailingZeroBitCount >> 3
    }
}
