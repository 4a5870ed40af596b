import VTL

/// `$util`: API Gateway's utility functions. Every function takes one `String`
/// (Velocity 1.7 converts no arguments, so a number or a map matches no method and
/// the call renders as `""`); a null argument gives null.
public final class UtilVariable: HostObject {
    public init() {}

    public var typeName: String { "$util" }

    /// The function names, for completion and the variables view.
    public static let functionNames = ["escapeJavaScript", "parseJson", "urlEncode", "urlDecode", "base64Encode", "base64Decode"]

    public func property(_ name: String, at site: CallSite) throws(HostError) -> Value? { nil }

    public func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        guard Self.functionNames.contains(name), arguments.count == 1 else { return nil }
        let text: String
        switch arguments[0] {
        case .null: return .null
        case .string(let s): text = s
        default: return nil
        }
        switch name {
        case "escapeJavaScript": return .string(JavaScriptEscaping.escape(text))
        case "parseJson":
            do { return try SmartJSON.parse(text) } catch { throw HostError("com.jayway.jsonpath.InvalidJsonException: " + error.exceptionText) }
        case "urlEncode": return .string(FormURLCoding.encode(text))
        case "urlDecode":
            do { return .string(try FormURLCoding.decode(text)) } catch { throw HostError(error.text) }
        case "base64Encode": return .string(Base64Coding.encode(text))
        default:
            do { return .string(try Base64Coding.decode(text)) } catch { throw HostError(error.text) }
        }
    }

    /// `$util` prints as nothing.
    public func render() -> String { "" }
}
