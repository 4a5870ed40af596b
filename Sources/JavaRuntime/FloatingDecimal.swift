extension JavaDouble {
    /// Java 17's `FloatingDecimal.dtoa` digit generation (the general case): a
    /// Steele & White style loop over B/S with a symmetric half-ULP margin M,
    /// which sometimes stops later than the shortest digits would (`1.0E23`
    /// prints as `9.999999999999999E22`). Digits are returned as generated (a
    /// final round-up can leave a trailing zero, which Java prints); value = 0.digits x 10^position.
    static func floatingDecimalDigits(_ value: Double) -> (String, Int) {
        var fractBits = value.significandBitPattern
        var binExp = Int(value.exponentBitPattern)
        let nSignificantBits: Int
        if binExp == 0 {
            let leadingZeros = fractBits.leadingZeroBitCount
            let shift = leadingZeros - (63 - 52)
            fractBits <<= UInt64(shift)
            binExp = 1 - shift
            nSignificantBits = 64 - leadingZeros
        } else {
            fractBits |= 1 << 52
            nSignificantBits = 53
        }
        binExp -= 1023
        let tailZeros = fractBits.trailingZeroBitCount
        let nFractBits = 53 - tailZeros
        let nTinyBits = max(0, nFractBits - binExp - 1)

        var decExp = estimateDecimalExponent(fractBits, binExp)
        let B5 = max(0, -decExp)
        var B2 = B5 + nTinyBits + binExp
        let S5 = max(0, decExp)
        var S2 = S5 + nTinyBits
        let M5 = B5
        var M2 = B2 - nSignificantBits
        fractBits >>= UInt64(tailZeros)
        B2 -= nFractBits - 1
        let common = min(B2, S2)
        B2 -= common
        S2 -= common
        M2 -= common
        if nFractBits == 1 { M2 -= 1 }
        if M2 < 0 {
            B2 -= M2
            S2 -= M2
            M2 = 0
        }
        let Bbits = nFractBits + B2 + bitLengthOfPowerOfFive(B5)
        let tenSbits = S2 + 1 + bitLengthOfPowerOfFive(S5 + 1)

        var digits: [UInt8] = []
        var low = false, high = false
        var lowDigitDifference = 0
        // E-form output needs two digits at least: the first one never stops the loop there.
        func forceSecondDigit() -> Bool { decExp < -3 || decExp >= 8 }

        if Bbits < 64 && tenSbits < 64 {
            // Java computes in int (or long) arithmetic here, wrapping included.
            let wide = !(Bbits < 32 && tenSbits < 32)
            func wrap(_ x: Int64) -> Int64 { wide ? x : Int64(Int32(truncatingIfNeeded: x)) }
            var b = wrap(wrap(Int64(fractBits) &* powerOfFive(B5)) << B2)
            let s = wrap(powerOfFive(S5) << S2)
            var m = wrap(powerOfFive(M5) << M2)
            let tens = wrap(s &* 10)
            var q = b / s
            b = wrap(10 &* (b % s))
            m = wrap(m &* 10)
            low = b < m
            high = wrap(b &+ m) > tens
            if q == 0 && !high { decExp -= 1 } else { digits.append(UInt8(q)) }
            if forceSecondDigit() { high = false; low = false }
            while !low && !high {
                q = b / s
                b = wrap(10 &* (b % s))
                m = wrap(m &* 10)
                if m > 0 {
                    low = b < m
                    high = wrap(b &+ m) > tens
                } else {
                    low = true
                    high = true
                }
                digits.append(UInt8(q))
            }
            lowDigitDifference = Int(wrap((b << 1) &- tens).signum())
        } else {
            var B = DecimalScratch(fractBits).timesPower(of: 5, B5).shiftedLeft(B2)
            let S = DecimalScratch(1).timesPower(of: 5, S5).shiftedLeft(S2)
            var M = DecimalScratch(1).timesPower(of: 5, M5 + 1).shiftedLeft(M2 + 1)
            let tenS = S.times(10)
            func step() -> UInt8 {
                // B < 10 S here, so the quotient is one digit.
                var q: UInt8 = 0
                while !(B < S) { B = B - S; q += 1 }
                B = B.times(10)
                return q
            }
            var q = step()
            low = B < M
            high = !(B + M < tenS)
            if q == 0 && !high { decExp -= 1 } else { digits.append(q) }
            if forceSecondDigit() { high = false; low = false }
            while !low && !high {
                q = step()
                M = M.times(10)
                low = B < M
                high = !(B + M < tenS)
                digits.append(q)
            }
            if high && low {
                let twice = B.times(2)
                lowDigitDifference = twice < tenS ? -1 : (tenS < twice ? 1 : 0)
            }
        }
        var position = decExp + 1
        if high {
            if !low || lowDigitDifference > 0 || (lowDigitDifference == 0 && digits.last! & 1 != 0) {
                roundUp(&digits, &position)
            }
        }
        return (String(decoding: digits.map { $0 + 48 }, as: UTF8.self), position)
    }

    /// `FloatingDecimal.roundup`: 9s carry; all 9s become a single 1 one place higher.
    private static func roundUp(_ digits: inout [UInt8], _ position: inout Int) {
        var i = digits.count - 1
        while digits[i] == 9 && i > 0 {
            digits[i] = 0
            i -= 1
        }
        if digits[i] == 9 {
            position += 1
            digits[0] = 1
            return
        }
        digits[i] += 1
    }

    /// `FloatingDecimal.estimateDecExp`: floor(log10(value)), estimated from the bits.
    private static func estimateDecimalExponent(_ fractBits: UInt64, _ binExp: Int) -> Int {
        let d2 = Double(bitPattern: 0x3FF0_0000_0000_0000 | (fractBits & 0x000F_FFFF_FFFF_FFFF))
        let d = (d2 - 1.5) * 0.289529654 + 0.176091259 + Double(binExp) * 0.301029995663981
        return Int(d.rounded(.down))
    }

    /// Bits needed for 5^n (Java's `N_5_BITS` table, or `3n` past it).
    private static func bitLengthOfPowerOfFive(_ n: Int) -> Int {
        guard n < 27 else { return n * 3 }
        var value: UInt64 = 1
        for _ in 0..<n { value *= 5 }
        return n == 0 ? 0 : 64 - value.leadingZeroBitCount
    }

    private static func powerOfFive(_ n: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<n { value = value &* 5 }
        return value
    }

}

/// The unsigned big integers of `FloatingDecimal`'s slow path (base 2^32 limbs,
/// least significant first, no trailing zero limbs).
struct DecimalScratch: Comparable {
    private var limbs: [UInt32]

    private init(limbs: [UInt32]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
    }

    init(_ value: UInt64) { self.init(limbs: [UInt32(truncatingIfNeeded: value), UInt32(value >> 32)]) }

    func times(_ factor: UInt32) -> DecimalScratch {
        var result: [UInt32] = []
        result.reserveCapacity(limbs.count + 1)
        var carry: UInt64 = 0
        for limb in limbs {
            let product = UInt64(limb) * UInt64(factor) + carry
            result.append(UInt32(truncatingIfNeeded: product))
            carry = product >> 32
        }
        result.append(UInt32(carry))
        return DecimalScratch(limbs: result)
    }

    func timesPower(of base: UInt32, _ n: Int) -> DecimalScratch {
        var value = self
        for _ in 0..<max(0, n) { value = value.times(base) }
        return value
    }

    func shiftedLeft(_ bits: Int) -> DecimalScratch {
        guard bits > 0, !limbs.isEmpty else { return self }
        var result = [UInt32](repeating: 0, count: bits / 32)
        let shift = UInt64(bits % 32)
        var carry: UInt64 = 0
        for limb in limbs {
            let wide = UInt64(limb) << shift | carry
            result.append(UInt32(truncatingIfNeeded: wide))
            carry = wide >> 32
        }
        result.append(UInt32(carry))
        return DecimalScratch(limbs: result)
    }

    static func + (a: DecimalScratch, b: DecimalScratch) -> DecimalScratch {
        var result: [UInt32] = []
        var carry: UInt64 = 0
        for index in 0..<max(a.limbs.count, b.limbs.count) {
            let sum = UInt64(index < a.limbs.count ? a.limbs[index] : 0) + UInt64(index < b.limbs.count ? b.limbs[index] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        result.append(UInt32(carry))
        return DecimalScratch(limbs: result)
    }

    /// `a - b` for `a >= b`.
    static func - (a: DecimalScratch, b: DecimalScratch) -> DecimalScratch {
        var result: [UInt32] = []
        var borrow: Int64 = 0
        for index in 0..<a.limbs.count {
            var difference = Int64(a.limbs[index]) - Int64(index < b.limbs.count ? b.limbs[index] : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            result.append(UInt32(difference))
        }
        return DecimalScratch(limbs: result)
    }

    static func < (a: DecimalScratch, b: DecimalScratch) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for index in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[index] != b.limbs[index] {
            return a.limbs[index] < b.limbs[index]
        }
        return false
    }
}
