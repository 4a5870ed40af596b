import OrderedCollections
import VTL

/// Turns a parsed request document (oracle format) into a `MethodRequest`,
/// rejecting unknown fields and wrong types with their position.
enum RequestDecoder {
    static let fields = ["body", "path", "querystring", "headers", "stageVariables", "context", "contextMode"]

    static func decode(_ node: DocumentNode, file: String, label: String = "request") throws(DocumentError) -> MethodRequest {
        var request = MethodRequest()
        if case .null = node.kind { return request }
        guard case .object(let pairs) = node.kind else {
            throw DocumentError(file: file, line: node.line, column: node.column, reason: "\(label) must be an object, not \(node.typeDescription)")
        }
        for (key, value) in pairs {
            switch key {
            case "body":
                switch value.kind {
                case .null: request.body = ""
                case .string(let s): request.body = s
                default: throw wrongType(value, "\(label).body", "a string (the raw payload)", file)
                }
            case "path": request.path = try strings(value, "\(label).path", multi: false, file)
            case "querystring": request.querystring = try strings(value, "\(label).querystring", multi: true, file)
            case "headers": request.headers = try strings(value, "\(label).headers", multi: true, file)
            case "stageVariables": request.stageVariables = try strings(value, "\(label).stageVariables", multi: false, file)
            case "context":
                switch value.kind {
                case .null: break
                case .object(let entries):
                    for entry in entries { request.context[entry.key] = entry.value.plainValue() }
                default: throw wrongType(value, "\(label).context", "an object", file)
                }
            case "contextMode":
                guard case .string(let mode) = value.kind, let parsed = ContextMode(rawValue: mode) else {
                    throw wrongType(value, "\(label).contextMode", "\"merge\" or \"replace\"", file)
                }
                request.contextMode = parsed
            default:
                throw DocumentError(file: file, line: value.memberPosition.line, column: value.memberPosition.column,
                                    reason: "unknown field '\(key)' in \(label) (expected one of \(fields.joined(separator: ", ")))")
            }
        }
        return request
    }

    /// A name → string map; with `multi`, a value may be an array of which the last
    /// non-null element is kept (API Gateway's single-value maps).
    private static func strings(_ node: DocumentNode, _ label: String, multi: Bool, _ file: String) throws(DocumentError) -> OrderedDictionary<String, String> {
        var result: OrderedDictionary<String, String> = [:]
        if case .null = node.kind { return result }
        guard case .object(let pairs) = node.kind else { throw wrongType(node, label, "an object", file) }
        for (name, value) in pairs {
            var scalar = value
            if case .array(let items) = value.kind {
                guard multi else { throw wrongType(value, "\(label).\(name)", "a string", file) }
                guard let last = items.last(where: { if case .null = $0.kind { false } else { true } }) else { continue }
                scalar = last
            }
            switch scalar.kind {
            case .null: continue
            case .string(let s): result[name] = s
            case .bool(let b): result[name] = b ? "true" : "false"
            case .number(let n): result[name] = Java.toString(n)
            case .array, .object: throw wrongType(scalar, "\(label).\(name)", multi ? "a string or an array of strings" : "a string", file)
            }
        }
        return result
    }

    private static func wrongType(_ node: DocumentNode, _ label: String, _ expected: String, _ file: String) -> DocumentError {
        DocumentError(file: file, line: node.line, column: node.column, reason: "\(label) must be \(expected), not \(node.typeDescription)")
    }
}
