import Testing
import VTL

/// Random junk through the regex, format and string methods: any outcome but a crash or a hang.
@Suite struct JavaFuzzTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func text(from alphabet: [String], maxLength: Int) -> String {
            (0..<next(maxLength + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static let regexAlphabet = ["a", "b", "(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", ".", "\\", "-", "&&", "(?<", "(?=",
                                "(?<=", "(?i)", "\\Q", "\\E", "\\p{", "1", ",", "<", ">", "=", "!", ":", "\\d", "\\b", "\\k<", "\\x", "😀", "é"]
    static let formatAlphabet = ["%", "d", "s", "f", "x", "-", "0", ",", ".", "1", "9", "$", "<", "(", "+", " ", "n", "e", "g", "c", "b", "q"]

    @Test func junkPatternsNeverCrash() {
        var random = Generator(state: 42)
        for _ in 0..<2000 {
            let pattern = random.text(from: Self.regexAlphabet, maxLength: 12)
            let input = random.text(from: ["a", "b", "1", ",", "\n", "é", "😀", " "], maxLength: 10)
            let replacement = random.text(from: ["$", "1", "{", "}", "\\", "a", "0"], maxLength: 4)
            _ = try? Java.callMethod(.string(input), "matches", [.string(pattern)])
            _ = try? Java.callMethod(.string(input), "replaceAll", [.string(pattern), .string(replacement)])
            _ = try? Java.callMethod(.string(input), "split", [.string(pattern), .int(Int32(random.next(5)) - 2)])
        }
    }

    @Test func junkFormatsNeverCrash() {
        var random = Generator(state: 7)
        let arguments: [Value] = [.int(5), .double(-2.5), .string("x"), .long(1 << 40), .bool(true), .null, .bigInteger(BigInteger("123456789012345678901234")!)]
        for _ in 0..<2000 {
            let format = random.text(from: Self.formatAlphabet, maxLength: 10)
            let count = random.next(4)
            let chosen = (0..<count).map { _ in arguments[random.next(arguments.count)] }
            _ = try? Java.callMethod(.string("f"), "format", [.string(format)] + chosen)
        }
    }
}
