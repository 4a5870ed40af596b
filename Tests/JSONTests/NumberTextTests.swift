import JSON
import Testing

/// Number texts around every rule of the writer's copy-as-written shortcut: leading and
/// trailing zeros, signs, the 10⁻³ and 10⁷ bounds of plain notation, 15 and 16
/// significant digits, exponents, and the 18-character `BigDecimal` switch.
private let numberTexts: [String] = [
    "0", "-0", "7", "-7", "007", "-007", "10", "2147483647", "2147483648", "-2147483649",
    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "000000000000000000001",
    "0.0", "-0.0", "0.00", "00.5", "1.0", "1.50", "1.", "-1.5", "123.45", "0.5", "0.001", "-0.001",
    "0.0010", "0.0009", "0.000123", "9999999.5", "999999.95", "10000000.0", "1234567.0",
    "12345678.5", "0.1", "0.2", "0.3", "0.30000000000000004", "123456789012345.0",
    "12345.6789012345", "12345.67890123456", "0.123456789012345", "0.1234567890123456",
    "0.001234567890123", "1.000000000000001", "1e5", "1.5E-3", "-2.5e+10", "5e-324", "1.7976931348623157E308",
    "1234567.1234567", "0.00000000000000001", "-0.9999999999999999",
]

@Test(arguments: numberTexts)
func numbersReformatAsParsedAndWritten(_ text: String) throws {
    for body in ["[\(text)]", "{\"n\":\(text)}", text] {
        let written = try PermissiveJSON.parse(body).jsonText(.smart)
        #expect(try PermissiveJSON.reformat(body) == written, "\(body)")
    }
}
