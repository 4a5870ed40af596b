@testable import APIGateway
import Testing
import VTL

/// Expected values are the oracle's outputs (Java's URLEncoder/URLDecoder,
/// java.util.Base64, commons-lang 2.6).
@Suite struct UtilFunctionTests {
    let site = CallSite(templateName: "t", line: 1, column: 1)

    func call(_ name: String, _ argument: Value) throws -> Value? {
        try UtilVariable().method(name, arguments: [argument], at: site)
    }

    func text(_ name: String, _ argument: String) throws -> String? {
        guard case .string(let s) = try call(name, .string(argument)) else { return nil }
        return s
    }

    @Test func urlEncodeIsFormEncoding() throws {
        #expect(try text("urlEncode", "a b&c=d/é€😀~*._-") == "a+b%26c%3Dd%2F%C3%A9%E2%82%AC%F0%9F%98%80%7E*._-")
    }

    @Test func urlDecode() throws {
        #expect(try text("urlDecode", "a+b%26c%3D%C3%A9%E2%82%AC") == "a b&c=é€")
        #expect(try text("urlDecode", "%+1") == "\u{1}")
        #expect(try text("urlDecode", "%C3%28x") == "\u{FFFD}(x")
    }

    @Test(arguments: [
        ("abc%4", "java.lang.IllegalArgumentException: URLDecoder: Incomplete trailing escape (%) pattern"),
        ("%zz", "java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: \"zz\""),
        ("%-1", "java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern - negative value"),
    ])
    func urlDecodeErrors(input: String, message: String) {
        #expect(throws: HostError(message)) { try call("urlDecode", .string(input)) }
    }

    @Test func base64() throws {
        #expect(try text("base64Encode", "héllo wörld 😀") == "aMOpbGxvIHfDtnJsZCDwn5iA")
        #expect(try text("base64Decode", "aGVsbG8=") == "hello")
        #expect(try text("base64Decode", "aG Vs*bG8") == "hello")
        #expect(try text("base64Decode", "QQ===") == "A")
        #expect(try text("base64Decode", "aGVsbG8€") == "hello")
    }

    @Test(arguments: [
        ("A", "java.lang.IllegalArgumentException: Last unit does not have enough valid bits"),
        ("QUJDR", "java.lang.IllegalArgumentException: Last unit does not have enough valid bits"),
        ("=", "java.lang.IllegalArgumentException: Input byte array has wrong 4-byte ending unit"),
        ("QQ=", "java.lang.IllegalArgumentException: Input byte array has wrong 4-byte ending unit"),
        ("QQ==QQ", "java.lang.IllegalArgumentException: Input byte array has incorrect ending byte at 5"),
    ])
    func base64DecodeErrors(input: String, message: String) {
        #expect(throws: HostError(message)) { try call("base64Decode", .string(input)) }
    }

    @Test func escapeJavaScript() throws {
        #expect(try text("escapeJavaScript", "it's \"q\" \\ / \t\n é€😀\u{7f}\u{1}") == "it\\'s \\\"q\\\" \\\\ \\/ \\t\\n \\u00E9\\u20AC\\uD83D\\uDE00\u{7f}\\u0001")
    }

    @Test func nonStringArgumentsMatchNoMethod() throws {
        #expect(try call("escapeJavaScript", .int(5)) == nil)
        #expect(try call("urlEncode", .map(MapRef())) == nil)
        guard case .null = try call("escapeJavaScript", .null) else { Issue.record("null in, null out"); return }
    }
}
