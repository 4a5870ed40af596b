import Yams

/// Reads the `x-amazon-apigateway-integration` of every operation of an OpenAPI 3 or
/// Swagger 2 document (standalone, or the `DefinitionBody` of a SAM API): request
/// templates, request parameters, and each response's templates and parameters.
struct OpenAPIDefinition {
    /// Reads strings (resolving intrinsic functions inside a CloudFormation template).
    var strings: (Node) throws(DefinitionError) -> String
    var file: String
    /// The resource the document belongs to (a SAM API's logical id), if any.
    var resource: String?

    /// `GET /pets`, with the operation node, for every operation in `paths`.
    static func operations(_ root: Node) -> [(name: String, node: Node)] {
        var found: [(name: String, node: Node)] = []
        for (pathKey, pathItem) in MappingYAML.member(root, "paths").flatMap(MappingYAML.pairs) ?? [] {
            let path = MappingYAML.text(pathKey) ?? ""
            for (methodKey, node) in MappingYAML.pairs(pathItem) ?? [] {
                guard let method = MappingYAML.text(methodKey), OpenAPIReader.methods.contains(method.lowercased()) else { continue }
                let verb = method.lowercased() == "x-amazon-apigateway-any-method" ? "ANY" : method.uppercased()
                found.append(("\(verb) \(path)", node))
            }
        }
        return found
    }

    func read(_ root: Node, into definition: inout APIDefinition) {
        for (name, node) in Self.operations(root) {
            guard let integration = MappingYAML.member(node, "x-amazon-apigateway-integration") else { continue }
            let base = TemplateReference(resource: resource, operation: name)
            var reader = EntryCollector(strings: strings, file: file)
            reader.templates(MappingYAML.member(integration, "requestTemplates"), base, kind: .request)
            reader.parameters(MappingYAML.member(integration, "requestParameters"), base, kind: .requestParameters)
            for (key, response) in MappingYAML.member(integration, "responses").flatMap(MappingYAML.pairs) ?? [] {
                var reference = base
                let pattern = MappingYAML.text(key)
                reference.status = MappingYAML.member(response, "statusCode").flatMap(MappingYAML.text) ?? pattern
                reader.selectionPattern = pattern
                reader.templates(MappingYAML.member(response, "responseTemplates"), reference, kind: .response)
                reader.parameters(MappingYAML.member(response, "responseParameters"), reference, kind: .responseParameters)
            }
            definition.entries += reader.entries
            definition.problems += reader.problems
        }
    }
}

/// Turns template maps (content type to template) and parameter maps into entries,
/// keeping what cannot be read as problems.
struct EntryCollector {
    var strings: (Node) throws(DefinitionError) -> String
    var file: String
    var selectionPattern: String?
    var entries: [DefinitionEntry] = []
    var problems: [DefinitionProblem] = []

    init(strings: @escaping (Node) throws(DefinitionError) -> String, file: String) {
        self.strings = strings
        self.file = file
    }

    mutating func templates(_ map: Node?, _ base: TemplateReference, kind: DefinitionKind, note: String? = nil) {
        guard let map else { return }
        var reference = base
        reference.kind = kind
        guard let pairs = MappingYAML.pairs(map) else {
            problems.append(problem(reference, map, "expected a map of content types to templates"))
            return
        }
        for (key, value) in pairs {
            reference.contentType = MappingYAML.text(key)
            do throws(DefinitionError) {
                let text = try strings(value)
                entries.append(DefinitionEntry(reference: reference, content: .template(text), selectionPattern: selectionPattern,
                                               file: file, line: value.mark?.line ?? 1, column: value.mark?.column ?? 1, note: note))
            } catch {
                problems.append(DefinitionProblem(reference: reference, file: error.file, line: error.line, column: error.column, reason: error.reason))
            }
        }
    }

    mutating func parameters(_ map: Node?, _ base: TemplateReference, kind: DefinitionKind, note: String? = nil) {
        guard let map else { return }
        var reference = base
        reference.kind = kind
        guard let pairs = MappingYAML.pairs(map) else {
            problems.append(problem(reference, map, "expected a map of parameter mappings"))
            return
        }
        var mappings: [MappingEntry] = []
        for (key, value) in pairs {
            do throws(DefinitionError) {
                mappings.append(MappingEntry(MappingYAML.text(key) ?? "", try strings(value)))
            } catch {
                problems.append(DefinitionProblem(reference: reference, file: error.file, line: error.line, column: error.column, reason: error.reason))
                return
            }
        }
        entries.append(DefinitionEntry(reference: reference, content: .parameters(mappings), selectionPattern: selectionPattern,
                                       file: file, line: map.mark?.line ?? 1, column: map.mark?.column ?? 1, note: note))
    }

    private func problem(_ reference: TemplateReference, _ node: Node, _ reason: String) -> DefinitionProblem {
        DefinitionProblem(reference: reference, file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: reason)
    }
}
