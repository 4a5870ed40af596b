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
        guard let paths = MappingYAML.member(root, "paths"), let pathPairs = MappingYAML.pairs(paths) else {
            throw MappingYAML.error(at: root, "expected OpenAPI \"paths\" to be an object")
        }
        var operations: [Operation] = []
        for (pathKey, pathItem) in pathPairs {
            let path = MappingYAML.text(pathKey) ?? ""
            for (methodKey, node) in MappingYAML.pairs(pathItem) ?? [] {
                guard let method = MappingYAML.text(methodKey), methods.contains(method.lowercased()),
                      let integration = MappingYAML.member(node, "x-amazon-apigateway-integration"),
                      let mappings = MappingYAML.member(integration, "requestParameters") else { continue }
                let verb = method == "x-amazon-apigateway-any-method" ? "ANY" : method.uppercased()
                operations.append(Operation(name: "\(verb) \(path)", node: node, pathParameters: MappingYAML.member(pathItem, "parameters"), mappings: mappings))
            }
        }
        let names = operations.map(\.name).joined(separator: ", ")
        let chosen: Operation
        if let wanted {
            guard let match = operations.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw MappingYAML.error(at: paths, "no operation \(quoted(wanted)) with x-amazon-apigateway-integration.requestParameters; found: \(names.isEmpty ? "none" : names)")
            }
            chosen = match
        } else {
            guard let only = operations.first else {
                throw MappingYAML.error(at: paths, "no operation has x-amazon-apigateway-integration.requestParameters")
            }
            guard operations.count == 1 else {
                throw MappingYAML.error(at: paths, "several operations have request parameters (\(names)); choose one with --operation")
            }
            chosen = only
        }
        var configuration = try MappingFileReader.entries(chosen.mappings)
        configuration.format = .openAPI
        for list in [chosen.pathParameters, MappingYAML.member(chosen.node, "parameters")] {
            for (entry, position) in try declarations(list) {
                configuration.declarations.append(entry)
                configuration.positions[entry.key] = position
            }
        }
        return configuration
    }

    /// `- name: id, in: path, required: true` to `method.request.path.id`.
    private static func declarations(_ list: Node?) throws(MappingFileError) -> [(DeclarationEntry, FilePosition)] {
        guard let list else { return [] }
        guard case .sequence(let items) = list else {
            throw MappingYAML.error(at: list, "expected \"parameters\" to be an array")
        }
        var entries: [(DeclarationEntry, FilePosition)] = []
        for item in items {
            guard let name = MappingYAML.member(item, "name").flatMap(MappingYAML.text),
                  let place = MappingYAML.member(item, "in").flatMap(MappingYAML.text) else {
                if MappingYAML.member(item, "$ref") != nil { continue }
                throw MappingYAML.error(at: item, "expected a parameter with \"name\" and \"in\"")
            }
            let location = switch place {
            case "path": "path"
            case "query": "querystring"
            case "header": "header"
            default: ""
            }
            guard !location.isEmpty else { continue }
            let required = MappingYAML.member(item, "required").flatMap(MappingYAML.bool) ?? (place == "path")
            entries.append((DeclarationEntry("method.request.\(location).\(name)", required: required), MappingYAML.position(item)))
        }
        return entries
    }
}
