import Yams

/// Reads the API Gateway resources of `terraform show -json` output (state or plan):
/// `aws_api_gateway_integration` (`request_templates`, `request_parameters`),
/// `aws_api_gateway_integration_response` (`response_templates`, `response_parameters`),
/// `aws_apigatewayv2_integration` and `aws_apigatewayv2_integration_response`, and the
/// OpenAPI `body` of `aws_api_gateway_rest_api`. Resources are named by their address.
struct TerraformDefinition {
    var file: String
    /// Reads an embedded OpenAPI body (a JSON string).
    var readBody: (String, String, inout APIDefinition) -> Void

    func read(_ root: Node, into definition: inout APIDefinition) {
        for module in ["values", "planned_values"].compactMap({ MappingYAML.member(root, $0) }) {
            if let rootModule = MappingYAML.member(module, "root_module") { visit(rootModule, &definition) }
        }
    }

    private func visit(_ module: Node, _ definition: inout APIDefinition) {
        let strings = { (node: Node) throws(DefinitionError) -> String in
            guard let scalar = node.scalar else {
                throw DefinitionError(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: "expected a string")
            }
            return scalar.string
        }
        for resource in MappingYAML.member(module, "resources")?.sequence ?? [] {
            guard let address = MappingYAML.member(resource, "address").flatMap(MappingYAML.text),
                  let type = MappingYAML.member(resource, "type").flatMap(MappingYAML.text),
                  let values = MappingYAML.member(resource, "values") else { continue }
            var collector = EntryCollector(strings: strings, file: file)
            var reference = TemplateReference(resource: address)
            let text = { (key: String) in MappingYAML.member(values, key).flatMap(MappingYAML.text) }
            switch type {
            case "aws_api_gateway_integration", "aws_apigatewayv2_integration":
                collector.templates(MappingYAML.member(values, "request_templates"), reference, kind: .request)
                collector.parameters(MappingYAML.member(values, "request_parameters"), reference, kind: .requestParameters)
            case "aws_api_gateway_integration_response", "aws_apigatewayv2_integration_response":
                reference.status = text("status_code") ?? text("integration_response_key")
                collector.selectionPattern = text("selection_pattern")
                collector.templates(MappingYAML.member(values, "response_templates"), reference, kind: .response)
                collector.parameters(MappingYAML.member(values, "response_parameters"), reference, kind: .responseParameters)
            case "aws_api_gateway_rest_api":
                if let body = text("body"), !body.isEmpty { readBody(body, address, &definition) }
            default:
                continue
            }
            definition.entries += collector.entries
            definition.problems += collector.problems
        }
        for child in MappingYAML.member(module, "child_modules")?.sequence ?? [] { visit(child, &definition) }
    }
}
