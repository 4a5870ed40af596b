import JavaRuntime
import JSON
import Testing

/// Decimals of at most 15 significant digits take fast paths (read without strtod,
/// printed without digit generation); they must give what the general paths give.
@Suite struct ShortNumberTests {
    /// Deterministic decimals of 1 to 15 significant digits in Java's plain range.
    static let decimals: [(text: String, java: String)] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        var result: [(String, String)] = []
        while result.count < 2000 {
            let digitCount = Int(next(15)) + 1
            var digits = String(next(9) + 1)
            for _ in 1..<digitCount { digits += String(next(10)) }
            let places = Int(next(UInt64(digitCount + 3))) + 1
            let padded = String(repeating: "0", count: max(0, places - digitCount + 1)) + digits
            let split = padded.index(padded.endIndex, offsetBy: -places)
            var fraction = String(padded[split...])
            while fraction.last == "0" { fraction.removeLast() }
            guard !fraction.isEmpty else { continue }
            let whole = String(padded[..<split])
            let trimmedWhole = whole.drop { $0 == "0" }
            let value = Double(whole + "." + fraction)!
            guard value >= 1e-3, value < 1e7 else { continue }
            result.append((whole + "." + padded[split...], (trimmedWhole.isEmpty ? "0" : String(trimmedWhole)) + "." + fraction))
        }
        return result
    }()

    @Test func shortDecimalsPrintTheirDigits() {
        for (text, java) in Self.decimals {
            #expect(JavaDouble.toString(Double(text)!) == java, "\(text)")
            #expect(JavaDouble.toString(-Double(text)!) == "-" + java, "\(text)")
        }
    }

    @Test func shortDecimalsParseExactly() throws {
        for (text, _) in Self.decimals where text.utf8.count <= 17 {
            let parsed = try PermissiveJSON.parse("[\(text),-\(text)]")
            #expect(parsed == .array([.double(Double(text)!), .double(-Double(text)!)]), "\(text)")
        }
    }

    @Test(arguments: ["1e5", "1E+5", "12.5e-3", "-0.0", "1.", "-.5", "0.000001", "123456789012345e7", "1e22", "1e23", "1e-22", "4.35"])
    func exponentFormsParseAsStrtodDoes(_ text: String) throws {
        let parsed = try PermissiveJSON.parse("[\(text)]")
        let expected = Double(text)!
        guard case .array(let items) = parsed, case .double(let value) = items[0] else { Issue.record("not a double"); return }
        #expect(value.bitPattern == expected.bitPattern)
    }
}
