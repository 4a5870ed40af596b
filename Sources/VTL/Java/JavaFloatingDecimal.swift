extension Java {
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
            var B = BigMagnitude(fractBits) * bigPower(5, B5) * bigPower(2, B2)
            let S = bigPower(5, S5) * bigPower(2, S2)
            var M = bigPower(5, M5 + 1) * bigPower(2, M2 + 1)
            let tenS = S.times(10)
            func step() -> UInt8 {
                let (q, r) = B.divided(by: S)
                B = r.times(10)
                return UInt8(q.uint64 ?? 0)
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

    private static func bigPower(_ base: UInt32, _ n: Int) -> BigMagnitude {
        var value = BigMagnitude(1)
        for _ in 0..<max(0, n) { value = value.times(base) }
        return value
    }
}
