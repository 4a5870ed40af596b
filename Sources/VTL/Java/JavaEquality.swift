extension Java {
    /// Java's `a.equals(b)` (not Velocity's `==`): `Integer 1` does not equal
    /// `Long 1`; lists compare element-wise, maps entry-wise, doubles by bits.
    /// Collections nested (or cyclic) deeper than Java's stack allows are unequal.
    public static func javaEquals(_ a: Value, _ b: Value) -> Bool {
        (try? equals(a, b, depth: 0)) ?? false
    }

    /// `a.equals(b)` called from a template: fails as Java does (`StackOverflowError`)
    /// on collections nested or cyclic beyond `maxNesting` levels.
    static func checkedEquals(_ a: Value, _ b: Value) throws(HostError) -> Bool {
        try equals(a, b, depth: 0)
    }

    /// What Java throws where it recurses without end (a cyclic list's `hashCode()`...).
    static let stackOverflow = HostError("java.lang.StackOverflowError")

    private static func equals(_ a: Value, _ b: Value, depth: Int) throws(HostError) -> Bool {
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
            guard depth < maxNesting else { throw stackOverflow }
            let (xs, ys) = (x.items, y.items)
            guard xs.count == ys.count else { return false }
            switch (collectionKind(x), collectionKind(y)) {
            case (.list, .list):
                for (p, q) in zip(xs, ys) {
                    if try !equals(p, q, depth: depth + 1) { return false }
                }
                return true
            case (.set, .set):
                for p in xs {
                    if try !contains(ys, p, depth: depth + 1) { return false }
                }
                return true
            default: return false
            }
        case let (.map(x), .map(y)):
            if x === y { return true }
            guard x.entries.count == y.entries.count else { return false }
            guard depth < maxNesting else { throw stackOverflow }
            for (key, value) in x.entries {
                guard let other = y.entries[key], try equals(value, other, depth: depth + 1) else { return false }
            }
            return true
        case let (.host(x as JavaCharacter), .host(y as JavaCharacter)): return x.unit == y.unit
        case let (.host(x as MapEntry), .host(y as MapEntry)):
            guard depth < maxNesting else { throw stackOverflow }
            guard try equals(x.key.value, y.key.value, depth: depth + 1) else { return false }
            return try equals(x.value, y.value, depth: depth + 1)
        case let (.host(x), .host(y)): return x === y
        default: return false
        }
    }

    private static func contains(_ items: [Value], _ item: Value, depth: Int) throws(HostError) -> Bool {
        for candidate in items {
            if try equals(item, candidate, depth: depth) { return true }
        }
        return false
    }

    enum CollectionKind { case list, set, collection, array }

    /// Whether a `ListRef` stands for a `List` (sub-lists included), a `Set` view, a `values()` view or an array.
    static func collectionKind(_ list: ListRef) -> CollectionKind {
        if let view = list.view as? MapView { return view.part == .values ? .collection : .set }
        guard case .custom(let formatter) = list.style, let java = formatter as? JavaCollectionFormatter, java.kind == .array else { return .list }
        return .array
    }

    private static func canonicalBits(_ d: Double) -> UInt64 { d.isNaN ? Double.nan.bitPattern : d.bitPattern }

    /// Java's `hashCode()` of a value (identity-like for host objects without one;
    /// 0 for collections nested or cyclic beyond `maxNesting` levels).
    public static func hashCode(_ value: Value) -> Int32 {
        (try? hash(value, depth: 0)) ?? 0
    }

    /// `hashCode()` called from a template: a cyclic collection fails with `StackOverflowError`, as in Java.
    static func checkedHashCode(_ value: Value) throws(HostError) -> Int32 {
        try hash(value, depth: 0)
    }

    private static func hash(_ value: Value, depth: Int) throws(HostError) -> Int32 {
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
            let kind = collectionKind(l)
            if kind == .collection || kind == .array { return identityHash(l) }
            guard depth < maxNesting else { throw stackOverflow }
            var h: Int32 = kind == .list ? 1 : 0
            for item in l.items {
                let element = try hash(item, depth: depth + 1)
                h = kind == .list ? h &* 31 &+ element : h &+ element
            }
            return h
        case .map(let m):
            guard depth < maxNesting else { throw stackOverflow }
            var h: Int32 = 0
            for (key, value) in m.entries { h &+= try hash(key.value, depth: depth + 1) ^ hash(value, depth: depth + 1) }
            return h
        case .host(let h):
            if let c = h as? JavaCharacter { return Int32(c.unit) }
            if let e = h as? MapEntry {
                guard depth < maxNesting else { throw stackOverflow }
                return try hash(e.key.value, depth: depth + 1) ^ hash(e.value, depth: depth + 1)
            }
            return identityHash(h)
        }
    }

    /// `Object.hashCode()`: an identity hash (Java's are arbitrary too).
    private static func identityHash(_ object: AnyObject) -> Int32 {
        Int32(truncatingIfNeeded: ObjectIdentifier(object).hashValue)
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
