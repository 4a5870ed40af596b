import JSON
import OrderedCollections
import VTL

/// `$input`: the payload and the method request parameters.
///
/// The body is parsed once per render, on first use; `$input.path` returns live
/// values of that parse (objects as `LinkedHashMap`s, arrays as JSON-printing
/// lists), so a change made through them shows in a later `$input.json`.
public final class InputVariable: HostObject {
    /// The payload templates see (`{}` for an empty body).
    public let body: String
    /// `$input.params()`: `path`, `querystring`, `header`.
    public let params: MapRef
    private var document: Result<Value, SmartJSONError>?

    /// The parse failure of the body, once a JSON function has hit it (API
    /// Gateway answers `400 Could not process payload...`).
    public private(set) var payloadFailure: SmartJSONError?

    public init(request: MethodRequest, headerOrder: MapOrder = .javaHash) {
        body = request.effectiveBody
        params = MapRef([
            MapKey("path"): .map(Self.stringMap(request.path, order: .insertion)),
            MapKey("querystring"): .map(Self.stringMap(request.querystring, order: .insertion)),
            MapKey("header"): .map(Self.stringMap(request.headers, order: headerOrder)),
        ])
    }

    public var typeName: String { "$input" }

    public func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        name == "body" ? .string(body) : nil
    }

    public func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        switch (name, arguments.count) {
        case ("getBody", 0): return .string(body)
        case ("params", 0): return .map(params)
        case ("params", 1):
            guard let parameter = Self.stringArgument(arguments[0]) else {
                // Velocity picks params(String) and Java rejects the argument.
                throw HostError("java.lang.IllegalArgumentException")
            }
            return .string(parameter.flatMap(lookUp) ?? "")
        case ("params", 2):
            throw HostError("java.lang.IllegalArgumentException")
        case ("params", _):
            throw HostError("java.lang.IllegalArgumentException: wrong number of arguments")
        case ("json", 1):
            guard let path = Self.stringArgument(arguments[0]) else { return nil }
            if path == "$", document == nil, let text = try reformattedBody() { return .string(text) }
            let result = try evaluate(path)
            return .string(SmartJSONWriter.write(result ?? .string("")))
        case ("path", 1):
            guard let path = Self.stringArgument(arguments[0]) else { return nil }
            return try evaluate(path) ?? .null
        default: return nil
        }
    }

    /// `$input` prints as nothing.
    public func render() -> String { "" }

    /// `$input.params(x)`: path, then query string, then header, in the live maps of
    /// `params()` (a value put there by the template is found).
    private func lookUp(_ name: String) -> String? {
        for group in ["path", "querystring", "header"] {
            guard case .map(let map)? = params.entries[MapKey(group)],
                  let value = map.entries[MapKey(name)], !value.isNull else { continue }
            return Java.toString(value)
        }
        return nil
    }

    /// The parsed body (parsing it on first use).
    public func parsedBody() throws(SmartJSONError) -> Value {
        if document == nil {
            do { document = .success(try SmartJSON.parse(body)) } catch { document = .failure(error) }
        }
        switch document! {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    /// `$input.json('$')` before anything parsed the body: json-smart's output
    /// straight from the text, without building values (nil for a `null` document,
    /// which the normal path reports).
    private func reformattedBody() throws(HostError) -> String? {
        do {
            let text = try PermissiveJSON.reformat(body)
            return text == "null" ? nil : text
        } catch {
            let failure = SmartJSONError(parse: error)
            document = .failure(failure)
            payloadFailure = failure
            throw HostError("com.jayway.jsonpath.InvalidJsonException: " + failure.exceptionText)
        }
    }

    /// Evaluates a JSONPath expression on the body; nil when nothing matches.
    private func evaluate(_ path: String?) throws(HostError) -> Value? {
        guard let path else { throw HostError("java.lang.IllegalArgumentException: JSONPath expression is null") }
        let root: Value
        do {
            root = try parsedBody()
        } catch {
            payloadFailure = error
            throw HostError("com.jayway.jsonpath.InvalidJsonException: " + error.exceptionText)
        }
        return try LiveJSONPath.evaluate(path, on: root)
    }

    /// A `String` argument: the text, nil inside for Java `null`; nil outside when
    /// the argument is not a string (no method matches).
    private static func stringArgument(_ value: Value) -> String?? {
        switch value {
        case .string(let s): return .some(s)
        case .null: return .some(nil)
        default: return nil
        }
    }

    private static func stringMap(_ entries: OrderedDictionary<String, String>, order: MapOrder) -> MapRef {
        let map = MapRef(order: order)
        for (key, value) in entries { map.entries[MapKey(key)] = .string(value) }
        return map
    }
}
