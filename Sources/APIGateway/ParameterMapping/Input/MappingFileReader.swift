import Yams

/// Reads a mapping or declaration file in any supported format, detected from its content:
/// a plain JSON/YAML map, the output of `aws apigatewayv2 get-integration` / `get-route`
/// (`RequestParameters`), of `aws apigateway get-integration` / `get-method`
/// (`requestParameters`, `methodIntegration`) or `get-integration-response` /
/// `get-method-response` (`responseParameters`), an OpenAPI export
/// (`x-amazon-apigateway-integration.requestParameters`, JSON or YAML), or the AWS CLI
/// shorthand `'KEY'='VALUE' ...`.
public enum MappingFileReader {
    /// Reads `text`. `operation` (`GET /pets/{id}`) picks an OpenAPI operation when several have mappings.
    public static func read(_ text: String, operation: String? = nil) throws(MappingFileError) -> MappingConfiguration {
        if ShorthandReader.looksLikeShorthand(text) { return try ShorthandReader.read(text) }
        let root = try MappingYAML.parse(text)
        guard MappingYAML.pairs(root) != nil else {
            throw MappingYAML.error(at: root, "expected an object of parameter mappings, found \(describe(root))")
        }
        if let parameters = MappingYAML.member(root, "RequestParameters") {
            var configuration = try entries(parameters)
            configuration.format = configuration.declarations.isEmpty ? .apiGatewayV2Integration : .apiGatewayV2Route
            configuration.routeKey = MappingYAML.member(root, "RouteKey").flatMap(MappingYAML.text)
            return configuration
        }
        if MappingYAML.member(root, "paths") != nil {
            return try OpenAPIReader.read(root, operation: operation)
        }
        if let parameters = MappingYAML.member(root, "requestParameters") {
            var configuration = try entries(parameters)
            configuration.format = configuration.declarations.isEmpty ? .apiGatewayIntegration : .apiGatewayMethod
            if let integration = MappingYAML.member(root, "methodIntegration"),
               let mappings = MappingYAML.member(integration, "requestParameters") {
                let integrationEntries = try entries(mappings)
                configuration.mappings += integrationEntries.mappings
                configuration.positions.merge(integrationEntries.positions) { _, new in new }
            }
            return configuration
        }
        if let parameters = MappingYAML.member(root, "responseParameters") {
            var configuration = try entries(parameters)
            configuration.format = .apiGatewayResponse
            return configuration
        }
        var configuration = try entries(root)
        configuration.format = .plainMap
        return configuration
    }

    /// A map whose values are all mapping sources (strings) or all declarations
    /// (`true`/`false` or `{"Required": bool}`).
    static func entries(_ node: Node) throws(MappingFileError) -> MappingConfiguration {
        guard let pairs = MappingYAML.pairs(node) else {
            throw MappingYAML.error(at: node, "expected an object of parameter mappings, found \(describe(node))")
        }
        var configuration = MappingConfiguration(format: .plainMap)
        for (keyNode, value) in pairs {
            guard let key = MappingYAML.text(keyNode) else {
                throw MappingYAML.error(at: keyNode, "expected a parameter name, found \(describe(keyNode))")
            }
            configuration.positions[key] = MappingYAML.position(keyNode)
            if let required = try requiredFlag(value) {
                configuration.declarations.append(DeclarationEntry(key, required: required))
            } else if let source = MappingYAML.text(value) {
                configuration.mappings.append(MappingEntry(key, source))
            } else {
                throw MappingYAML.error(at: value, "expected a mapping expression string, true/false or {\"Required\": true/false} for \(quoted(key)), found \(describe(value))")
            }
        }
        if !configuration.mappings.isEmpty, let first = configuration.declarations.first,
           let node = pairs.first(where: { MappingYAML.text($0.key) == first.key })?.value {
            throw MappingYAML.error(at: node, "this map mixes mapping expressions and parameter declarations; give declarations in their own file (--route-parameters)")
        }
        return configuration
    }

    /// `true`/`false`, or `{"Required": bool}`; nil for anything else.
    private static func requiredFlag(_ node: Node) throws(MappingFileError) -> Bool? {
        if let flag = MappingYAML.bool(node) { return flag }
        guard let pairs = MappingYAML.pairs(node) else { return nil }
        guard pairs.count == 1, MappingYAML.text(pairs[0].key) == "Required", let flag = MappingYAML.bool(pairs[0].value) else {
            throw MappingYAML.error(at: node, "expected {\"Required\": true} or {\"Required\": false}")
        }
        return flag
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): quoted(scalar.string)
        case .mapping: "an object"
        case .sequence: "an array"
        }
    }
}
