import APIGateway
import Foundation
import JSON

/// A `*.vtltest.yaml` (or `.json`) file: what it tests and its cases.
///
/// ```yaml
/// template: request.vtl            # or {openapi: api.yaml, operation: "POST /orders", kind: request}
/// cases:
///   - name: creates an order
///     request: {body: '{"item": "A-1"}'}
///     expect: {json: {"Item": {"S": "A-1"}}, paths: {"$.Item.S": "A-1"}, status: 200}
/// ```
/// `invocation: FILE` runs a whole invocation (expect `status`, `headers`, `body`);
/// `mapping: FILE` (with `api: rest|websocket`) runs parameter mappings (expect the
/// integration request as `json`).
public struct TestFile {
    public var path: String
    /// The file's text, as read (`--update` rewrites parts of it).
    public var text: String
    public var subject: TestSubject
    public var cases: [TestCase]

    /// The fields a test file may have.
    static let fields = ["template", "kind", "invocation", "mapping", "api", "declarations", "route", "parameters", "request", "cases"]
    static let caseFields = ["name", "request", "expect"]
    static let expectFields = ["output", "json", "paths", "status", "headers", "body"]
}

/// What a test file's cases run.
public enum TestSubject {
    /// A mapping template, named for messages.
    case template(text: String, name: String, kind: TemplateKind)
    /// A whole invocation; each case's request replaces the file's.
    case invocation(Invocation)
    /// Parameter mappings (the text of a mapping file) for an API kind.
    case mapping(APIGateway.SourceText, declarations: APIGateway.SourceText?, api: MappingAPI, route: String?)
}

/// One case: a request and what to expect.
public struct TestCase {
    public var name: String
    /// Where the case starts in its file (1-based).
    public var line: Int
    public var column: Int
    public var request: MethodRequest
    /// The request as written (parameter mappings read it in their own format).
    var requestJSON: String
    public var expect: Expectation
    /// The `expect` member, its key's position, and the case node (for `--update`).
    var expectNode: DocumentNode?
    var caseNode: DocumentNode
}

/// What a case expects; absent parts are not checked.
public struct Expectation {
    /// The exact output (an invocation's body).
    public var output: String?
    /// The output as JSON, key order ignored.
    public var json: JSONValue?
    /// JSONPath assertions on the output.
    public var paths: [(path: String, value: JSONValue)]
    public var status: Int?
    /// Response headers an invocation must have (names case-insensitive).
    public var headers: [(name: String, value: String)]
}

extension TestFile {
    /// Reads and checks a test file; references are resolved relative to it, with
    /// `parameters` for CloudFormation references.
    public init(path: String, parameters: [String: String] = [:]) throws(DocumentError) {
        let text = try DocumentParser.readText(file: path)
        try self.init(text: text, path: path, parameters: parameters)
    }

    public init(text: String, path: String, parameters: [String: String] = [:]) throws(DocumentError) {
        self.path = path
        self.text = text
        let root = try DocumentParser.parse(text, file: path)
        guard case .object(let members) = root.kind else {
            throw DocumentError(file: path, line: root.line, column: root.column, reason: "a test file must be an object with template (or invocation, mapping) and cases")
        }
        for member in members where !Self.fields.contains(member.key) {
            throw Self.error(path, member.value, "unknown field '\(member.key)' (expected one of \(Self.fields.joined(separator: ", ")))", atKey: true)
        }
        var given = parameters
        if let extra = root.member("parameters") {
            guard case .object(let pairs) = extra.kind else { throw Self.error(path, extra, "parameters must be an object of NAME: VALUE") }
            for pair in pairs { given[pair.key] = pair.value.scalarText ?? "" }
        }
        subject = try Self.subject(root, path: path, parameters: given)
        let defaultRequest = root.member("request")
        guard let casesNode = root.member("cases"), case .array(let items) = casesNode.kind else {
            throw Self.error(path, root.member("cases") ?? root, "cases must be a list of {name, request, expect}")
        }
        cases = []
        for (index, item) in items.enumerated() {
            cases.append(try Self.testCase(item, index: index, defaultRequest: defaultRequest, path: path))
        }
    }

    private static func testCase(_ node: DocumentNode, index: Int, defaultRequest: DocumentNode?, path: String) throws(DocumentError) -> TestCase {
        guard case .object(let members) = node.kind else { throw error(path, node, "a case must be an object with name, request and expect") }
        for member in members where !caseFields.contains(member.key) {
            throw error(path, member.value, "unknown field '\(member.key)' in a case (expected one of \(caseFields.joined(separator: ", ")))", atKey: true)
        }
        let name = node.member("name")?.scalarText ?? "case \(index + 1)"
        let requestNode = node.member("request") ?? defaultRequest
        let request = try requestNode.map { node throws(DocumentError) in try MethodRequest(document: node, file: path) } ?? MethodRequest()
        let requestJSON = requestNode?.jsonValue.jsonText(.compact) ?? "{}"
        var expectation = Expectation(paths: [], headers: [])
        let expectNode = node.member("expect")
        if let expectNode {
            guard case .object(let parts) = expectNode.kind else { throw error(path, expectNode, "expect must be an object (\(expectFields.joined(separator: ", ")))") }
            for (key, value) in parts {
                switch key {
                case "output", "body":
                    guard case .string(let text) = value.kind else { throw error(path, value, "expect.\(key) must be a string") }
                    expectation.output = text
                case "json":
                    if case .string(let text) = value.kind, let parsed = try? PermissiveJSON.parse(text), StrictJSON.isValid(text) {
                        expectation.json = parsed
                    } else {
                        expectation.json = value.jsonValue
                    }
                case "paths":
                    guard case .object(let entries) = value.kind else { throw error(path, value, "expect.paths must be an object of JSONPath: value") }
                    expectation.paths = entries.map { ($0.key, $0.value.jsonValue) }
                case "status":
                    guard let text = value.scalarText, let status = Int(text) else { throw error(path, value, "expect.status must be a number") }
                    expectation.status = status
                case "headers":
                    guard case .object(let entries) = value.kind else { throw error(path, value, "expect.headers must be an object") }
                    expectation.headers = entries.map { ($0.key, $0.value.scalarText ?? "") }
                default:
                    throw error(path, value, "unknown field '\(key)' in expect (expected one of \(expectFields.joined(separator: ", ")))", atKey: true)
                }
            }
        }
        return TestCase(name: name, line: node.line, column: node.column, request: request, requestJSON: requestJSON,
                        expect: expectation, expectNode: expectNode, caseNode: node)
    }

    private static func subject(_ root: DocumentNode, path: String, parameters: [String: String]) throws(DocumentError) -> TestSubject {
        let folder = (path as NSString).deletingLastPathComponent
        func relative(_ name: String) -> String { name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name) }
        func read(_ node: DocumentNode, _ label: String) throws(DocumentError) -> (String, String) {
            guard let name = node.scalarText else { throw error(path, node, "\(label) must be a file name") }
            let file = relative(name)
            do {
                return (file, try DocumentParser.readText(file: file))
            } catch {
                throw Self.error(path, node, "cannot read \(label) '\(file)': \(error.reason)")
            }
        }
        var kind = TemplateKind.request
        if let kindNode = root.member("kind") {
            guard let parsed = kindNode.scalarText.flatMap(TemplateKind.init(rawValue:)) else { throw error(path, kindNode, "kind must be request or response") }
            kind = parsed
        }
        if let template = root.member("template") {
            if case .object = template.kind {
                return try referenced(template, relative: relative, path: path, parameters: parameters)
            }
            let (file, text) = try read(template, "template")
            return .template(text: text, name: file, kind: kind)
        }
        if let node = root.member("invocation") {
            let (file, _) = try read(node, "invocation")
            return .invocation(try Invocation(contentsOf: file))
        }
        if let node = root.member("mapping") {
            let (file, text) = try read(node, "mapping")
            var declarations: APIGateway.SourceText?
            if let declared = root.member("declarations") {
                let (name, content) = try read(declared, "declarations")
                declarations = APIGateway.SourceText(name: name, text: content)
            }
            let api = try mappingAPI(root, path: path)
            return .mapping(APIGateway.SourceText(name: file, text: text), declarations: declarations, api: api, route: root.member("route")?.scalarText)
        }
        throw error(path, root, "a test file needs template, invocation or mapping")
    }

    private static func mappingAPI(_ root: DocumentNode, path: String) throws(DocumentError) -> MappingAPI {
        guard let node = root.member("api") else { return .rest }
        guard let api = node.scalarText.flatMap(MappingAPI.init(rawValue:)) else { throw error(path, node, "api must be rest or websocket") }
        return api
    }

    /// The definition-file keys a template reference may use.
    static let definitionKeys = ["openapi", "swagger", "cloudformation", "sam", "cdk", "terraform", "definition"]

    /// `{openapi: api.yaml, operation: "POST /orders", kind: request, contentType: application/json}` and the like.
    private static func referenced(_ node: DocumentNode, relative: (String) -> String, path: String, parameters: [String: String]) throws(DocumentError) -> TestSubject {
        guard let key = definitionKeys.first(where: { node.member($0) != nil }), let name = node.member(key)?.scalarText else {
            throw error(path, node, "a template reference needs one of \(definitionKeys.joined(separator: ", ")) naming the definition file")
        }
        var selector = TemplateReference()
        selector.resource = node.member("resource")?.scalarText
        selector.operation = node.member("operation")?.scalarText
        selector.status = node.member("status")?.scalarText
        selector.contentType = node.member("contentType")?.scalarText
        if let kindNode = node.member("kind") {
            guard let kind = kindNode.scalarText.flatMap(DefinitionKind.init(rawValue:)) else {
                throw error(path, kindNode, "kind must be one of \(DefinitionKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            selector.kind = kind
        }
        let entry: DefinitionEntry
        do throws(DefinitionError) {
            entry = try DefinitionReader.read(path: relative(name), parameters: parameters).select(selector, file: relative(name))
        } catch {
            throw Self.error(path, node, error.description)
        }
        let label = "\(entry.file):\(entry.line) (\(entry.reference.text))"
        switch entry.content {
        case .template(let text):
            return .template(text: text, name: label, kind: entry.reference.kind == .response ? .response : .request)
        case .parameters(let mappings):
            var object = JSONWriter(style: .pretty(indent: 2))
            object.beginObject()
            for mapping in mappings {
                object.key(mapping.target)
                object.string(mapping.source)
            }
            object.endObject()
            return .mapping(APIGateway.SourceText(name: label, text: object.text), declarations: nil, api: .rest, route: nil)
        }
    }

    static func error(_ path: String, _ node: DocumentNode, _ reason: String, atKey: Bool = false) -> DocumentError {
        let position = atKey ? (node.keyPosition ?? (node.line, node.column)) : (node.line, node.column)
        return DocumentError(file: path, line: position.0, column: position.1, reason: reason)
    }
}
