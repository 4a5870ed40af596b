import Foundation
import OrderedCollections

/// Reads an invocation file (YAML or JSON; see the README's "Requests and invocations").
enum InvocationDecoder {
    static let fields = ["request", "requestTemplates", "passthroughBehavior", "integration", "integrationResponses", "responseTemplates"]

    static func decode(_ node: DocumentNode, file: String) throws(DocumentError) -> Invocation {
        let pairs = try object(node, "invocation", file)
        var invocation = Invocation(request: MethodRequest())
        var shorthandTemplates: OrderedDictionary<String, String>?
        for (key, value) in pairs {
            switch key {
            case "request": invocation.request = try MethodRequest(document: value, file: file)
            case "requestTemplates": invocation.requestTemplates = try templates(value, "requestTemplates", file)
            case "passthroughBehavior":
                guard case .string(let text) = value.kind, let behavior = PassthroughBehavior(rawValue: text) else {
                    throw error(value, "passthroughBehavior must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER", file)
                }
                invocation.passthroughBehavior = behavior
            case "integration": invocation.integration = try integration(value, file)
            case "integrationResponses":
                guard case .array(let items) = value.kind else { throw error(value, "integrationResponses must be an array", file) }
                invocation.integrationResponses = []
                for item in items { invocation.integrationResponses.append(try response(item, file)) }
            case "responseTemplates": shorthandTemplates = try templates(value, "responseTemplates", file)
            default:
                throw memberError(value, "unknown field '\(key)' in the invocation (expected one of \(fields.joined(separator: ", ")))", file)
            }
        }
        if let shorthandTemplates {
            invocation.integrationResponses.append(IntegrationResponse(responseTemplates: shorthandTemplates))
        }
        return invocation
    }

    private static func integration(_ node: DocumentNode, _ file: String) throws(DocumentError) -> Integration {
        if case .string(let type) = node.kind { return try integrationType(type, node, file, status: 200, headers: [:], body: "") }
        let pairs = try object(node, "integration", file)
        var type = "MOCK"
        var status = 200
        var headers: OrderedDictionary<String, String> = [:]
        var body = ""
        for (key, value) in pairs {
            switch (key, value.kind) {
            case ("type", .string(let text)): type = text
            case ("status", .number(.int(let code))): status = Int(code)
            case ("body", .string(let text)): body = text
            case ("headers", .object(let entries)):
                for entry in entries {
                    guard case .string(let text) = entry.value.kind else { throw error(entry.value, "integration.headers.\(entry.key) must be a string", file) }
                    headers[entry.key] = text
                }
            case ("type", _), ("status", _), ("body", _), ("headers", _):
                throw error(value, "integration.\(key) has the wrong type (\(value.typeDescription))", file)
            default:
                throw memberError(value, "unknown field '\(key)' in integration (expected type, status, headers, body)", file)
            }
        }
        return try integrationType(type, node, file, status: status, headers: headers, body: body)
    }

    private static func integrationType(_ type: String, _ node: DocumentNode, _ file: String, status: Int,
                                        headers: OrderedDictionary<String, String>, body: String) throws(DocumentError) -> Integration {
        switch type.uppercased() {
        case "MOCK": return .mock
        case "ECHO": return .echo
        case "HTTP", "CANNED": return .canned(status: status, headers: headers, body: body)
        default: throw error(node, "integration type must be MOCK, ECHO or HTTP, not '\(type)'", file)
        }
    }

    private static func response(_ node: DocumentNode, _ file: String) throws(DocumentError) -> IntegrationResponse {
        var response = IntegrationResponse()
        for (key, value) in try object(node, "an integration response", file) {
            switch (key, value.kind) {
            case ("selectionPattern", .string(let text)): response.selectionPattern = text
            case ("statusCode", .number(.int(let code))): response.statusCode = Int(code)
            case ("statusCode", .string(let text)) where Int(text) != nil: response.statusCode = Int(text)
            case ("responseTemplates", _): response.responseTemplates = try templates(value, "responseTemplates", file)
            case ("selectionPattern", _), ("statusCode", _):
                throw error(value, "\(key) has the wrong type (\(value.typeDescription))", file)
            default:
                throw memberError(value, "unknown field '\(key)' in an integration response (expected selectionPattern, statusCode, responseTemplates)", file)
            }
        }
        return response
    }

    /// Content type → template; a template is its text, or `{file: PATH}` relative to the invocation file.
    private static func templates(_ node: DocumentNode, _ label: String, _ file: String) throws(DocumentError) -> OrderedDictionary<String, String> {
        var result: OrderedDictionary<String, String> = [:]
        for (contentType, value) in try object(node, label, file) {
            switch value.kind {
            case .string(let text): result[contentType] = text
            case .object(let pairs) where pairs.count == 1 && pairs[0].key == "file":
                guard case .string(let path) = pairs[0].value.kind else { throw error(value, "\(label).\(contentType).file must be a string", file) }
                let base = (file as NSString).deletingLastPathComponent
                let resolved = path.hasPrefix("/") || base.isEmpty ? path : base + "/" + path
                result[contentType] = try DocumentParser.readText(file: resolved)
            default:
                throw error(value, "\(label).\(contentType) must be the template text or {file: PATH}", file)
            }
        }
        return result
    }

    private static func object(_ node: DocumentNode, _ label: String, _ file: String) throws(DocumentError) -> [(key: String, value: DocumentNode)] {
        guard case .object(let pairs) = node.kind else { throw error(node, "\(label) must be an object, not \(node.typeDescription)", file) }
        return pairs
    }

    /// An error about an object member, at its key.
    private static func memberError(_ node: DocumentNode, _ reason: String, _ file: String) -> DocumentError {
        DocumentError(file: file, line: node.memberPosition.line, column: node.memberPosition.column, reason: reason)
    }

    private static func error(_ node: DocumentNode, _ reason: String, _ file: String) -> DocumentError {
        DocumentError(file: file, line: node.line, column: node.column, reason: reason)
    }
}

extension Invocation {
    /// Parses an invocation document (JSON or YAML).
    public init(parsing text: String, file: String = "invocation", format: DocumentFormat? = nil) throws(DocumentError) {
        self = try InvocationDecoder.decode(try DocumentParser.parse(text, file: file, format: format), file: file)
    }

    /// Reads and parses an invocation file; template `file:` paths are relative to it.
    public init(contentsOf file: String) throws(DocumentError) {
        try self.init(parsing: try DocumentParser.readText(file: file), file: file)
    }
}
