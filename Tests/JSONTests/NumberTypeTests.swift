import JavaRuntime
import JSON
import Testing

/// The Java type json-smart gives each number literal (checked on the oracle through
/// the `ClassCastException` each type's `compareTo` throws).
@Test(arguments: [
    ("1", JSONValue.int(1)), ("-1", .int(-1)), ("-0", .int(0)), ("00", .int(0)), ("-01", .int(-1)), ("-", .int(0)),
    ("2147483647", .int(2147483647)), ("2147483648", .long(2147483648)), ("-2147483648", .int(-2147483648)),
    ("-2147483649", .long(-2147483649)), ("123456789012345678", .long(123456789012345678)),
    ("9223372036854775807", .long(9223372036854775807)), ("-9223372036854775808", .long(-9223372036854775808)),
    ("9223372036854775808", .bigInteger("9223372036854775808")), ("-9223372036854775809", .bigInteger("-9223372036854775809")),
    ("00000000000000000001", .bigInteger("1")),
    ("1.5", .double(1.5)), ("1e5", .double(100000)), ("1E+5", .double(100000)), ("1.e5", .double(100000)), ("1.", .double(1)),
    ("-.5", .double(-0.5)), ("-0.0", .double(-0.0)), ("1E400", .double(.infinity)), ("1e-400", .double(0)),
    ("1.2345678901234567", .double(1.2345678901234567)),
    ("1.234567890123456789", .bigDecimal("1.234567890123456789")), ("0.123456789012345678", .bigDecimal("0.123456789012345678")),
    ("1.7976931348623157E308", .bigDecimal("1.7976931348623157E+308")), ("99999999999999999999.0", .bigDecimal("99999999999999999999.0")),
    ("100000000000000000000e-2", .bigDecimal("1000000000000000000.00")),
])
func numberTypes(_ literal: String, _ expected: JSONValue) throws {
    let value = try PermissiveJSON.parse("{\"a\":\(literal)}")
    #expect(value["a"] == expected)
}

@Test func nanIsAFloatNaN() throws {
    guard case .double(let d)? = try PermissiveJSON.parse("[NaN]")[0] else { Issue.record("not a double"); return }
    #expect(d.isNaN)
}

@Test func invalidExponentIsAJavaNumberFormatError() {
    let result = Result { () throws(JSONParseError) in try PermissiveJSON.parse("{\"a\":1e+}") }
    guard case .failure(let error) = result else { Issue.record("expected an error"); return }
    #expect(error.javaMessage == "For input string: \"1e+\"")
    #expect(error.location.column == 6)
}

/// Java's `Double.toString`, as printed by the oracle.
@Test(arguments: [
    (0.1, "0.1"), (0.001, "0.001"), (0.0001, "1.0E-4"), (1e7, "1.0E7"), (9999999.0, "9999999.0"), (1234567.125, "1234567.125"),
    (123456789.0, "1.23456789E8"), (1.5e-7, "1.5E-7"), (3.141592653589793, "3.141592653589793"), (1e21, "1.0E21"),
    (1e22, "1.0E22"), (Double("5e-324")!, "4.9E-324"), (2.2250738585072014e-308, "2.2250738585072014E-308"), (0.5, "0.5"),
    (-2.5, "-2.5"), (1e-10, "1.0E-10"), (65536.0, "65536.0"), (4.35, "4.35"), (100500.0, "100500.0"),
    (1.7976931348623157e308, "1.7976931348623157E308"), (0.0, "0.0"), (-0.0, "-0.0"), (100, "100.0"),
    (Double.nan, "NaN"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"),
    (1e300, "1.0E300"), (9e307, "9.0E307"), (1e-300, "1.0E-300"), (Double("2e-320")!, "2.0E-320"), (Double("1e-323")!, "1.0E-323"),
    (Double("3e-323")!, "3.0E-323"), (Double("1.5e-323")!, "1.5E-323"), (Double("7e-322")!, "7.0E-322"), (2e22, "2.0E22"), (Double("8e-310")!, "8.0E-310"),
    // Java 17 prints 9.999999999999999E22 (pre-Java 19 algorithm); vtlplay prints the shortest.
    (1e23, "9.999999999999999E22"),
] as [(Double, String)])
func javaDoubleFormat(_ value: Double, _ expected: String) {
    #expect(JavaDouble.toString(value) == expected)
}
