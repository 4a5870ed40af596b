import Foundation
import OrderedCollections

/// Reads an invocation file (YAML or JSON; see the README's "Requests and invocations").
enum InvocationDecoder {
    static let fields = ["request", "requestTemplates", "passthroughBehavior", "integration", "integrationResponses", "responseTemplates",
                          "requestParameters", "methodResponseParameters"]

    /// `allowedFiles`: files a template's `{file: PATH}` may name outside the invocation's folder.
    static func decode(_ node: DocumentNode, file: String, allowedFiles: [String] = []) throws(DocumentError) -> Invocation {
        let files = TemplateFiles(invocation: file, allowed: allowedFiles)
        let pairs = try object(node, "invocation", file)
        var invocation = Invocation(request: MethodRequest())
        var shorthandTemplates: OrderedDictionary<String, String>?
        for (key, value) in pairs {
            switch key {
            case "request": invocation.request = try MethodRequest(document: value, file: file)
            case "requestTemplates": invocation.requestTemplates = try templates(value, "requestTemplates", file, files)
            case "passthroughBehavior":
                guard case .string(let text) = value.kind, let behavior = PassthroughBehavior(rawValue: text) else {
                    throw error(value, "passthroughBehavior must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER", file)
                }
                invocation.passthroughBehavior = behavior
            case "integration":
                invocation.integration = try integration(value, file)
                invocation.integrationURI = stringMember(value, "uri")
                if case .object(let members) = value.kind, let parameters = members.first(where: { $0.key == "requestParameters" }) {
                    invocation.integrationRequestParameters = try mappings(parameters.value, "integration.requestParameters", file)
                }
            case "integrationResponses":
                guard case .array(let items) = value.kind else { throw error(value, "integrationResponses must be an array", file) }
                invocation.integrationResponses = []
                for item in items { invocation.integrationResponses.append(try response(item, file, files)) }
            case "responseTemplates": shorthandTemplates = try templates(value, "responseTemplates", file, files)
            case "requestParameters", "methodResponseParameters":
                invocation.methodParameters += try declarations(value, key, file)
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
            case ("uri", .string), ("requestParameters", _): break
            case ("type", _), ("status", _), ("body", _), ("headers", _), ("uri", _):
                throw error(value, "integration.\(key) has the wrong type (\(value.typeDescription))", file)
            default:
                throw memberError(value, "unknown field '\(key)' in integration (expected type, uri, status, headers, body, requestParameters)", file)
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

    private static func response(_ node: DocumentNode, _ file: String, _ files: TemplateFiles) throws(DocumentError) -> IntegrationResponse {
        var response = IntegrationResponse()
        for (key, value) in try object(node, "an integration response", file) {
            switch (key, value.kind) {
            case ("selectionPattern", .string(let text)): response.selectionPattern = text
            case ("statusCode", .number(.int(let code))): response.statusCode = Int(code)
            case ("statusCode", .string(let text)) where Int(text) != nil: response.statusCode = Int(text)
            case ("responseTemplates", _): response.responseTemplates = try templates(value, "responseTemplates", file, files)
            case ("responseParameters", _): response.responseParameters = try mappings(value, "responseParameters", file)
            case ("selectionPattern", _), ("statusCode", _):
                throw error(value, "\(key) has the wrong type (\(value.typeDescription))", file)
            default:
                throw memberError(value, "unknown field '\(key)' in an integration response (expected selectionPattern, statusCode, responseTemplates, responseParameters)", file)
            }
        }
        return response
    }

    /// Content type → template; a template is its text, or `{file: PATH}` relative to the invocation file.
    private static func templates(_ node: DocumentNode, _ label: String, _ file: String,
                                  _ files: TemplateFiles) throws(DocumentError) -> OrderedDictionary<String, String> {
        var result: OrderedDictionary<String, String> = [:]
        for (contentType, value) in try object(node, label, file) {
            switch value.kind {
            case .string(let text): result[contentType] = text
            case .object(let pairs) where pairs.count == 1 && pairs[0].key == "file":
                guard case .string(let path) = pairs[0].value.kind else { throw error(value, "\(label).\(contentType).file must be a string", file) }
                if let refusal = files.refusal(path) { throw error(pairs[0].value, "\(label).\(contentType).file: " + refusal, file) }
                result[contentType] = try DocumentParser.readText(file: files.resolve(path))
            default:
                throw error(value, "\(label).\(contentType) must be the template text or {file: PATH}", file)
            }
        }
        return result
    }

    /// Declarations as get-method writes them: `method.request.querystring.x: true`
    /// (or `{Required: true}`).
    private static func declarations(_ node: DocumentNode, _ label: String, _ file: String) throws(DocumentError) -> [DeclarationEntry] {
        var entries: [DeclarationEntry] = []
        for (key, value) in try object(node, label, file) {
            switch value.kind {
            case .bool(let required): entries.append(DeclarationEntry(key, required: required))
            case .object(let pairs) where pairs.count == 1 && pairs[0].key == "Required":
                guard case .bool(let required) = pairs[0].value.kind else { throw error(value, "\(label).\(key).Required must be true or false", file) }
                entries.append(DeclarationEntry(key, required: required))
            default:
                throw error(value, "\(label).\(key) must be true or false (whether the parameter is required)", file)
            }
        }
        return entries
    }

    /// Mappings as get-integration writes them: `integration.request.header.X: method.request.querystring.x`.
    private static func mappings(_ node: DocumentNode, _ label: String, _ file: String) throws(DocumentError) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        for (key, value) in try object(node, label, file) {
            guard case .string(let source) = value.kind else {
                throw error(value, "\(label).\(key) must be a mapping expression string, such as method.request.querystring.name or 'static'", file)
            }
            entries.append(MappingEntry(key, source))
        }
        return entries
    }

    /// A string member of an object node, if present.
    private static func stringMember(_ node: DocumentNode, _ key: String) -> String? {
        guard case .object(let pairs) = node.kind, let value = pairs.first(where: { $0.key == key })?.value,
              case .string(let text) = value.kind else { return nil }
        return text
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

    /// Reads and parses an invocation file; template `file:` paths are relative to it and
    /// stay inside its folder, except the `allowedFiles` (given on the command line).
    public init(contentsOf file: String, allowedFiles: [String] = []) throws(DocumentError) {
        let text = try DocumentParser.readText(file: file)
        self = try InvocationDecoder.decode(try DocumentParser.parse(text, file: file), file: file, allowedFiles: allowedFiles)
    }
}
