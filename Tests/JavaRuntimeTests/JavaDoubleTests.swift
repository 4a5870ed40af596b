import Foundation
import Testing
@testable import JavaRuntime

@Suite struct JavaDoubleTests {
    /// Java 17's `Double.toString` (checked with the oracle), the cases where
    /// `FloatingDecimal` prints more than the shortest digits included.
    @Test(arguments: [
        (1e23, "9.999999999999999E22"), (2e-3, "0.002"), (100.0, "100.0"), (1e7, "1.0E7"), (1e-4, "1.0E-4"),
        (0.001, "0.001"), (1234567.0, "1234567.0"), (-0.0, "-0.0"), (4.9e-324, "4.9E-324"), (1.7976931348623157e308, "1.7976931348623157E308"),
        (0.1 + 0.2, "0.30000000000000004"), (2e22, "2.0E22"), (5e-324, "4.9E-324"), (9007199254740993.0, "9.007199254740992E15"),
    ]) func printsAsJava17(_ value: Double, _ expected: String) {
        #expect(JavaDouble.toString(value) == expected)
    }

    /// The fast paths (whole numbers, short plain decimals) print what `FloatingDecimal` prints.
    @Test func fastPathsAgreeWithFloatingDecimal() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let digits = Int.random(in: 1...15, using: &generator)
            let mantissa = Double(UInt64.random(in: 1...999_999_999_999_999, using: &generator) % UInt64(pow(10.0, Double(digits))))
            let value = mantissa / pow(10.0, Double(Int.random(in: 0...18, using: &generator)))
            guard value > 0 else { continue }
            var general: [UInt8] = []
            JavaDouble.appendGeneral(value, to: &general)
            #expect(JavaDouble.toString(value) == String(decoding: general, as: UTF8.self), "\(value)")
        }
    }
}
