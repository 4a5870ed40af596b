extension Java {
    /// Java's `a.equals(b)` (not Velocity's `==`): `Integer 1` does not equal
    /// `Long 1`; lists compare element-wise, maps entry-wise, doubles by bits.
    public static func javaEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.long(x), .long(y)): return x == y
        case let (.bigInteger(x), .bigInteger(y)): return x == y
        case let (.double(x), .double(y)): return canonicalBits(x) == canonicalBits(y)
        case let (.bigDecimal(x), .bigDecimal(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)):
            if x === y { return true }
            switch (collectionKind(x), collectionKind(y)) {
            case (.list, .list):
                return x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { javaEquals($0, $1) }
            case (.set, .set):
                return x.items.count == y.items.count && x.items.allSatisfy { item in y.items.contains { javaEquals(item, $0) } }
            default: return false
            }
        case let (.map(x), .map(y)):
            if x === y { return true }
            guard x.entries.count == y.entries.count else { return false }
            return x.entries.allSatisfy { key, value in
                guard let other = y.entries[key] else { return false }
                return javaEquals(value, other)
            }
        case let (.host(x as JavaCharacter), .host(y as JavaCharacter)): return x.unit == y.unit
        case let (.host(x as MapEntry), .host(y as MapEntry)):
            return javaEquals(x.key.value, y.key.value) && javaEquals(x.value, y.value)
        case let (.host(x), .host(y)): return x === y
        default: return false
        }
    }

    enum CollectionKind { case list, set, collection, array }

    /// Whether a `ListRef` stands for a `List`, a `Set` view, a `values()` view or an array.
    static func collectionKind(_ list: ListRef) -> CollectionKind {
        guard case .custom(let formatter) = list.style, let java = formatter as? JavaCollectionFormatter else { return .list }
        switch java.kind {
        case .array: return .array
        case .view: return java.className.hasSuffix("Values") ? .collection : .set
        }
    }

    private static func canonicalBits(_ d: Double) -> UInt64 { d.isNaN ? Double.nan.bitPattern : d.bitPattern }

    /// Java's `hashCode()` of a value (identity-like 0 for host objects without one).
    public static func hashCode(_ value: Value) -> Int32 {
        switch value {
        case .null: return 0
        case .bool(let b): return b ? 1231 : 1237
        case .int(let i): return i
        case .long(let l): return Int32(truncatingIfNeeded: l ^ Int64(bitPattern: UInt64(bitPattern: l) >> 32))
        case .double(let d):
            let bits = canonicalBits(d)
            return Int32(truncatingIfNeeded: bits ^ (bits >> 32))
        case .bigInteger(let b): return bigIntegerHash(BigInt(b))
        case .bigDecimal(let s):
            guard let d = BigDecimalValue(text: s) else { return 0 }
            return 31 &* bigIntegerHash(d.unscaled) &+ Int32(truncatingIfNeeded: d.scale)
        case .string(let s):
            var h: Int32 = 0
            for unit in s.utf16 { h = h &* 31 &+ Int32(unit) }
            return h
        case .list(let l):
            switch collectionKind(l) {
            case .list: return l.items.reduce(Int32(1)) { $0 &* 31 &+ hashCode($1) }
            case .set: return l.items.reduce(Int32(0)) { $0 &+ hashCode($1) }
            case .collection, .array: return Int32(truncatingIfNeeded: ObjectIdentifier(l).hashValue)
            }
        case .map(let m):
            return m.entries.reduce(Int32(0)) { $0 &+ (hashCode($1.key.value) ^ hashCode($1.value)) }
        case .host(let h):
            if let c = h as? JavaCharacter { return Int32(c.unit) }
            if let e = h as? MapEntry { return hashCode(e.key.value) ^ hashCode(e.value) }
            return Int32(truncatingIfNeeded: ObjectIdentifier(h).hashValue)
        }
    }

    /// `BigInteger.hashCode()`: over the big-endian 32-bit words of the magnitude, times the sign.
    private static func bigIntegerHash(_ value: BigInt) -> Int32 {
        var words: [UInt32] = []
        var rest = value.magnitude
        let wordBase = BigMagnitude(UInt64(1) << 32)
        while !rest.isZero {
            let (q, r) = rest.divided(by: wordBase)
            words.append(UInt32(r.uint64 ?? 0))
            rest = q
        }
        let h = words.reversed().reduce(Int32(0)) { $0 &* 31 &+ Int32(bitPattern: $1) }
        return h &* Int32(value.signum)
    }
}
