import JSON
import JSONPath

/// A body path as mappings and selection expressions write it, without the `$`
/// (`petstore.pets[0].name`, `items[*].id`), compiled as the Jayway JSONPath `$.PATH`.
struct BodyPath: Sendable {
    let path: JSONPath

    /// Compiles `text`; nil when it is empty or Jayway would not compile `$.text`.
    init?(_ text: String) {
        guard !text.isEmpty, let path = try? JSONPath(text.hasPrefix("[") ? "$" + text : "$." + text) else { return nil }
        self.path = path
    }

    /// The text the path selects in `document`, or why there is none.
    func text(in document: JSONValue) -> Result<String, BodyPathMiss> {
        let result: JSONPathResult<JSONValue>
        do {
            result = try path.evaluate(document)
        } catch {
            return .failure(BodyPathMiss(reason: "\(path.source) fails: \(error.reason)"))
        }
        switch result {
        case .notFound: return .failure(BodyPathMiss(reason: "\(path.source) matches nothing in the body"))
        case .list(let values) where values.isEmpty: return .failure(BodyPathMiss(reason: "\(path.source) matches nothing in the body"))
        case .list(let values): return .success(JSONValue.array(values).jsonText(.compact))
        case .value(let value):
            guard let text = value.parameterText else { return .failure(BodyPathMiss(reason: "\(path.source) is null")) }
            return .success(text)
        }
    }
}

/// Why a body path gave no text.
struct BodyPathMiss: Error {
    var reason: String
}

extension JSONValue {
    /// The text a parameter or selection key receives: a string as is, `null` as nil,
    /// numbers and booleans as they print, objects and arrays as compact JSON.
    var parameterText: String? {
        switch self {
        case .null: nil
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .array, .object: jsonText(.compact)
        default: javaNumberText
        }
    }
}
