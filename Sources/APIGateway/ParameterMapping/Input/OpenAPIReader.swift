import Yams

/// Reads the mappings of one operation of an OpenAPI export: its
/// `x-amazon-apigateway-integration.requestParameters`, and as declarations
/// the operation's (and its path's) `parameters` (`in: path|query|header`).
enum OpenAPIReader {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "x-amazon-apigateway-any-method"]

    private struct Operation {
        var name: String
        var node: Node
        var pathParameters: Node?
        var mappings: Node
    }

    static func read(_ root: Node, operation wanted: String?) throws(MappingFileError) -> MappingConfiguration {
        guard let paths = YAMLDocument.member(root, "paths"), let pathPairs = YAMLDocument.pairs(paths) else {
            throw YAMLDocument.error(at: root, "expected OpenAPI \"paths\" to be an object")
        }
        var operations: [Operation] = []
        for (pathKey, pathItem) in pathPairs {
            let path = YAMLDocument.text(pathKey) ?? ""
            for (methodKey, node) in YAMLDocument.pairs(pathItem) ?? [] {
                guard let method = YAMLDocument.text(methodKey), methods.contains(method.lowercased()),
                      let integration = YAMLDocument.member(node, "x-amazon-apigateway-integration"),
                      let mappings = YAMLDocument.member(integration, "requestParameters") else { continue }
                let verb = method == "x-amazon-apigateway-any-method" ? "ANY" : method.uppercased()
                operations.append(Operation(name: "\(verb) \(path)", node: node, pathParameters: YAMLDocument.member(pathItem, "parameters"), mappings: mappings))
            }
        }
        let names = operations.map(\.name).joined(separator: ", ")
        let chosen: Operation
        if let wanted {
            guard let match = operations.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw YAMLDocument.error(at: paths, "no operation \(quoted(wanted)) with x-amazon-apigateway-integration.requestParameters; found: \(names.isEmpty ? "none" : names)")
            }
            chosen = match
        } else {
            guard let only = operations.first else {
                throw YAMLDocument.error(at: paths, "no operation has x-amazon-apigateway-integration.requestParameters")
            }
            guard operations.count == 1 else {
                throw YAMLDocument.error(at: paths, "several operations have request parameters (\(names)); choose one with --operation")
            }
            chosen = only
        }
        var configuration = try MappingFileReader.entries(chosen.mappings)
        configuration.format = .openAPI
        configuration.declarations = try declarations(chosen.pathParameters) + declarations(YAMLDocument.member(chosen.node, "parameters"))
        return configuration
    }

    /// `- name: id, in: path, required: true` to `method.request.path.id`.
    private static func declarations(_ list: Node?) throws(MappingFileError) -> [DeclarationEntry] {
        guard let list else { return [] }
        guard case .sequence(let items) = list else {
            throw YAMLDocument.error(at: list, "expected \"parameters\" to be an array")
        }
        var entries: [DeclarationEntry] = []
        for item in items {
            guard let name = YAMLDocument.member(item, "name").flatMap(YAMLDocument.text),
                  let place = YAMLDocument.member(item, "in").flatMap(YAMLDocument.text) else {
                if YAMLDocument.member(item, "$ref") != nil { continue }
                throw YAMLDocument.error(at: item, "expected a parameter with \"name\" and \"in\"")
            }
            let location = switch place {
            case "path": "path"
            case "query": "querystring"
            case "header": "header"
            default: ""
            }
            guard !location.isEmpty else { continue }
            let required = YAMLDocument.member(item, "required").flatMap(YAMLDocument.bool) ?? (place == "path")
            entries.append(DeclarationEntry("method.request.\(location).\(name)", required: required))
        }
        return entries
    }
}
