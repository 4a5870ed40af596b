/// Number texts that json-smart reads and Java prints back unchanged, so that a
/// reformatting writer can copy them without reading their value.
enum JavaNumberText {
    /// True for `-?(0|[1-9][0-9]*)` other than `-0` (an `int`, `long` or `BigInteger`
    /// prints its digits), and for plain decimals that are Java's `Double.toString` of
    /// their value: `-?I.F` with `I` of at most 7 digits and no leading zero, `F` without
    /// trailing zeros (or `0`), at most 15 significant digits (then no shorter decimal
    /// reads back as the same double), and at least 10⁻³ unless zero.
    static func isCanonical(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        var index = 0
        if index < count && text[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        while index < count && isDigit(text[index]) { index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0, integerDigits == 1 || text[integerStart] != UInt8(ascii: "0") else { return false }
        if index == count {
            return !(integerStart == 1 && integerDigits == 1 && text[integerStart] == UInt8(ascii: "0"))
        }
        guard text[index] == UInt8(ascii: "."), integerDigits <= 7 else { return false }
        index += 1
        let fractionStart = index
        while index < count && isDigit(text[index]) { index += 1 }
        let fractionDigits = index - fractionStart
        guard index == count, fractionDigits > 0 else { return false }
        if text[count - 1] == UInt8(ascii: "0") { return fractionDigits == 1 }
        let integerIsZero = integerDigits == 1 && text[integerStart] == UInt8(ascii: "0")
        guard integerIsZero else { return integerDigits + fractionDigits <= 15 }
        var leadingZeros = 0
        while text[fractionStart + leadingZeros] == UInt8(ascii: "0") { leadingZeros += 1 }
        return leadingZeros <= 2 && fractionDigits - leadingZeros <= 15
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
