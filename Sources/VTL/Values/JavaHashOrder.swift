extension MapRef {
    /// The keys in the order Java iterates them: insertion order for a
    /// `LinkedHashMap`, bucket order for a `HashMap` (see `javaHashOrder`).
    public var iterationKeys: [MapKey] {
        switch order {
        case .insertion: return Array(entries.keys)
        case .javaHash: return MapKey.javaHashOrder(Array(entries.keys))
        }
    }
}

extension MapKey {
    /// Java's `hashCode()` of the key (`String.hashCode` over UTF-16 units,
    /// `Integer.hashCode`, `Long.hashCode`, `Boolean.hashCode`; 0 for others).
    public var javaHashCode: Int32 {
        switch value {
        case .string(let s):
            var h: Int32 = 0
            for unit in s.utf16 { h = h &* 31 &+ Int32(unit) }
            return h
        case .int(let i): return i
        case .long(let l): return Int32(truncatingIfNeeded: l ^ Int64(bitPattern: UInt64(bitPattern: l) >> 32))
        case .bool(let b): return b ? 1231 : 1237
        default: return 0
        }
    }

    /// The iteration order of a `java.util.HashMap` built by putting `keys` in this
    /// order: buckets `spread(hash) & (capacity - 1)` ascending, insertion order
    /// within a bucket; capacity 16, doubling while the count exceeds 0.75 x capacity.
    public static func javaHashOrder(_ keys: [MapKey]) -> [MapKey] {
        var capacity = 16
        while Double(keys.count) > Double(capacity) * 0.75 { capacity *= 2 }
        let mask = Int32(capacity - 1)
        let indexed = keys.enumerated().map { (offset, key) -> (bucket: Int32, offset: Int, key: MapKey) in
            let h = key.javaHashCode
            let spread = h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 16)
            return (spread & mask, offset, key)
        }
        return indexed.sorted { ($0.bucket, $0.offset) < ($1.bucket, $1.offset) }.map(\.key)
    }
}
