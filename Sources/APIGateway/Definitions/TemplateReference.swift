/// What a reference into an API definition selects: a mapping template (by content
/// type) or a parameter mapping map, of a request or of a response.
public enum DefinitionKind: String, Sendable, CaseIterable {
    /// An integration request template (`requestTemplates`).
    case request
    /// An integration response template (`responses.*.responseTemplates`).
    case response
    /// The integration request's parameter mappings (`requestParameters`).
    case requestParameters
    /// The method response header mappings (`responses.*.responseParameters`).
    case responseParameters
}

/// The address of one template or mapping map inside an API definition, written
/// `[RESOURCE] [METHOD /path] KIND [STATUS] [CONTENT-TYPE]`, for example
/// `POST /orders request application/json` or `OrdersPost response 200 application/json`.
/// In a selector every part is optional; `vtlplay list` prints full references.
public struct TemplateReference: Sendable, Equatable {
    /// A CloudFormation logical id or a Terraform address; nil in a plain OpenAPI file.
    public var resource: String?
    /// `METHOD /path` (an OpenAPI operation, or a CloudFormation method when its path is known).
    public var operation: String?
    public var kind: DefinitionKind?
    /// The integration response: its status code or selection pattern (`default`, `4\d{2}`).
    public var status: String?
    /// The template's content type; nil for parameter mappings.
    public var contentType: String?

    public init(resource: String? = nil, operation: String? = nil, kind: DefinitionKind? = nil, status: String? = nil, contentType: String? = nil) {
        self.resource = resource
        self.operation = operation
        self.kind = kind
        self.status = status
        self.contentType = contentType
    }

    static let methods: Set<String> = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "ANY"]

    /// Reads the written form; nil with a reason when a part cannot be placed.
    public init(parsing text: String) throws(DefinitionError) {
        var tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let token = tokens.popFirst() {
            if Self.methods.contains(token.uppercased()), let path = tokens.first, path.hasPrefix("/") {
                tokens.removeFirst()
                operation = token.uppercased() + " " + path
            } else if let parsed = DefinitionKind(rawValue: token), kind == nil {
                kind = parsed
            } else if token.contains("/"), !token.hasPrefix("/") {
                contentType = token
            } else if kind == .response || kind == .responseParameters, status == nil {
                status = token
            } else if kind == nil, resource == nil, operation == nil {
                resource = token
            } else {
                throw DefinitionError(file: "", line: 0, column: 0,
                                      reason: "cannot place '\(token)' in the reference '\(text)' (expected [RESOURCE] [METHOD /path] KIND [STATUS] [CONTENT-TYPE])")
            }
        }
    }

    /// The written form.
    public var text: String {
        [resource, operation, kind?.rawValue, status, contentType].compactMap { $0 }.joined(separator: " ")
    }

    /// Whether `entry` has every part this selector gives (operations and content types
    /// compare case-insensitively; a status matches the code or the selection pattern).
    func selects(_ entry: DefinitionEntry) -> Bool {
        let full = entry.reference
        func same(_ a: String?, _ b: String?) -> Bool { a == nil || a?.lowercased() == b?.lowercased() }
        return same(resource, full.resource) && same(operation, full.operation) && (kind == nil || kind == full.kind)
            && same(contentType, full.contentType) && (status == nil || status == full.status || status == entry.selectionPattern)
    }
}

/// A definition file that cannot be read, or a reference that selects nothing (or
/// several things): a reason and a 1-based position in `file` (line 0 when there is none).
public struct DefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String

    public init(file: String, line: Int, column: Int, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line:col: error: reason` (`file: error: reason` without a position).
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): error: \(reason)" : "\(file): error: \(reason)"
    }
}
