import OrderedCollections
import Yams

/// Reads a request file (JSON or YAML) in the oracle's request format, plus an
/// `integrationResponse` for response mappings:
/// `{"body": "...", "path": {...}, "querystring": {"tag": ["a", "b"]}, "headers": {...},
///   "stageVariables": {...}, "context": {...}, "integrationResponse": {"headers": {...}, "body": "..."}}`.
/// `context` holds overrides, deep-merged into the defaults by the caller unless
/// `"contextMode": "replace"` makes it the whole `$context`.
public enum MappingRequestReader {
    static let fields = ["body", "path", "querystring", "headers", "stageVariables", "context", "contextMode", "integrationResponse"]

    /// A request file's request and how its `context` combines with the defaults.
    public struct File: Equatable, Sendable {
        public var request: MappingRequest
        public var contextMode: ContextMode
    }

    public static func read(_ text: String) throws(MappingFileError) -> File {
        let root = try MappingYAML.parse(text)
        guard let pairs = MappingYAML.pairs(root) else {
            throw MappingYAML.error(at: root, "expected a request object, found \(MappingFileReader.describe(root))")
        }
        var request = MappingRequest()
        var contextMode = ContextMode.merge
        for (keyNode, value) in pairs {
            let key = MappingYAML.text(keyNode) ?? ""
            switch key {
            case "body": request.body = try optionalText(value, key)
            case "path": request.path = try singleValues(value, key)
            case "querystring": request.queryString = try multiValues(value, key)
            case "headers": request.headers = try multiValues(value, key)
            case "stageVariables": request.stageVariables = try singleValues(value, key)
            case "context": request.context = try context(value)
            case "integrationResponse": request.integrationResponse = try integrationResponse(value)
            case "contextMode":
                guard let mode = MappingYAML.text(value).flatMap(ContextMode.init(rawValue:)) else {
                    throw MappingYAML.error(at: value, "expected \"contextMode\" to be \"merge\" or \"replace\"")
                }
                contextMode = mode
            default:
                throw MappingYAML.error(at: keyNode, "unknown field \(quoted(key)); expected one of \(fields.joined(separator: ", "))")
            }
        }
        return File(request: request, contextMode: contextMode)
    }

    private static func integrationResponse(_ node: Node) throws(MappingFileError) -> IntegrationResponseData {
        var response = IntegrationResponseData()
        for (keyNode, value) in MappingYAML.pairs(node) ?? [] {
            switch MappingYAML.text(keyNode) {
            case "headers": response.headers = try multiValues(value, "headers")
            case "body": response.body = try optionalText(value, "body")
            default: throw MappingYAML.error(at: keyNode, "unknown field; expected headers or body")
            }
        }
        return response
    }

    private static func optionalText(_ node: Node, _ field: String) throws(MappingFileError) -> String? {
        if isNull(node) { return nil }
        guard let text = MappingYAML.text(node) else {
            throw MappingYAML.error(at: node, "expected \(quoted(field)) to be a string (the raw body), found \(MappingFileReader.describe(node))")
        }
        return text
    }

    private static func singleValues(_ node: Node, _ field: String) throws(MappingFileError) -> OrderedDictionary<String, String> {
        var values: OrderedDictionary<String, String> = [:]
        for (name, list) in try multiValues(node, field) {
            values[name] = list.last
        }
        return values
    }

    private static func multiValues(_ node: Node, _ field: String) throws(MappingFileError) -> OrderedDictionary<String, [String]> {
        guard let pairs = MappingYAML.pairs(node) else {
            throw MappingYAML.error(at: node, "expected \(quoted(field)) to be an object of name to value, found \(MappingFileReader.describe(node))")
        }
        var values: OrderedDictionary<String, [String]> = [:]
        for (keyNode, value) in pairs {
            let name = MappingYAML.text(keyNode) ?? ""
            switch value {
            case .scalar(let scalar):
                values[name] = [scalar.string]
            case .sequence(let items):
                var list: [String] = []
                for item in items {
                    guard let text = MappingYAML.text(item) else {
                        throw MappingYAML.error(at: item, "expected a string value, found \(MappingFileReader.describe(item))")
                    }
                    list.append(text)
                }
                values[name] = list
            case .mapping:
                throw MappingYAML.error(at: value, "expected a string or an array of strings, found an object")
            }
        }
        return values
    }

    private static func context(_ node: Node) throws(MappingFileError) -> ContextTree {
        switch node {
        case .scalar(let scalar): return isNull(node) ? .null : .value(scalar.string)
        case .sequence: throw MappingYAML.error(at: node, "expected a context value or object, found an array")
        case .mapping(let mapping):
            var members: OrderedDictionary<String, ContextTree> = [:]
            for (key, value) in mapping {
                members[MappingYAML.text(key) ?? ""] = try context(value)
            }
            return .object(members)
        }
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["null", "~", ""].contains(scalar.string)
    }
}
