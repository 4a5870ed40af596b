import Yams

/// Reads the templates and mappings of a CloudFormation or SAM template (CDK's
/// `cdk.out/*.template.json` included): `AWS::ApiGateway::Method` integrations and
/// their responses, the OpenAPI `DefinitionBody`/`Body` of `AWS::Serverless::Api` and
/// `AWS::ApiGateway::RestApi`, `AWS::ApiGatewayV2::Integration` (with the routes that
/// target it) and `AWS::ApiGatewayV2::IntegrationResponse`.
struct CloudFormationDefinition {
    var intrinsics: Intrinsics
    var file: String

    func read(_ root: Node, into definition: inout APIDefinition) {
        let resources = MappingYAML.member(root, "Resources").flatMap(MappingYAML.pairs) ?? []
        let byID = Dictionary(resources.compactMap { pair in MappingYAML.text(pair.key).map { ($0, pair.value) } }) { first, _ in first }
        let strings = { (node: Node) throws(DefinitionError) -> String in try intrinsics.string(node) }
        let routes = routeKeys(resources)
        for (key, resource) in resources {
            guard let id = MappingYAML.text(key), let type = MappingYAML.member(resource, "Type").flatMap(MappingYAML.text) else { continue }
            let properties = MappingYAML.member(resource, "Properties")
            var collector = EntryCollector(strings: strings, file: file)
            switch type {
            case "AWS::ApiGateway::Method":
                guard let properties, let integration = MappingYAML.member(properties, "Integration") else { continue }
                let base = TemplateReference(resource: id, operation: operation(properties, byID))
                collector.templates(MappingYAML.member(integration, "RequestTemplates"), base, kind: .request)
                collector.parameters(MappingYAML.member(integration, "RequestParameters"), base, kind: .requestParameters)
                if case .sequence(let responses) = MappingYAML.member(integration, "IntegrationResponses") {
                    for response in responses {
                        var reference = base
                        reference.status = MappingYAML.member(response, "StatusCode").flatMap { try? intrinsics.string($0) }
                        collector.selectionPattern = MappingYAML.member(response, "SelectionPattern").flatMap { try? intrinsics.string($0) }
                        collector.templates(MappingYAML.member(response, "ResponseTemplates"), reference, kind: .response)
                        collector.parameters(MappingYAML.member(response, "ResponseParameters"), reference, kind: .responseParameters)
                    }
                }
            case "AWS::Serverless::Api", "AWS::ApiGateway::RestApi":
                let body = properties.flatMap { MappingYAML.member($0, "DefinitionBody") ?? MappingYAML.member($0, "Body") }
                if let body {
                    OpenAPIDefinition(strings: strings, file: file, resource: id).read(body, into: &definition)
                }
            case "AWS::ApiGatewayV2::Integration":
                guard let properties else { continue }
                let note = routes[id].map { "routes: " + $0.joined(separator: ", ") }
                let base = TemplateReference(resource: id)
                collector.templates(MappingYAML.member(properties, "RequestTemplates"), base, kind: .request, note: note)
                collector.parameters(MappingYAML.member(properties, "RequestParameters"), base, kind: .requestParameters, note: note)
            case "AWS::ApiGatewayV2::IntegrationResponse":
                guard let properties else { continue }
                var reference = TemplateReference(resource: id)
                reference.status = MappingYAML.member(properties, "IntegrationResponseKey").flatMap { try? intrinsics.string($0) }
                collector.templates(MappingYAML.member(properties, "ResponseTemplates"), reference, kind: .response)
            default:
                continue
            }
            definition.entries += collector.entries
            definition.problems += collector.problems
        }
    }

    /// `POST /orders/{id}` for a method whose `ResourceId` leads through
    /// `AWS::ApiGateway::Resource` path parts to the API's root; nil when it cannot be followed.
    private func operation(_ properties: Node, _ resources: [String: Node]) -> String? {
        guard let method = MappingYAML.member(properties, "HttpMethod").flatMap({ try? intrinsics.string($0) }),
              let start = MappingYAML.member(properties, "ResourceId") else { return nil }
        var parts: [String] = []
        var current = start
        for _ in 0..<64 {
            if let (name, argument) = Intrinsics.call(current), name == "Fn::GetAtt" {
                let text = argument.scalar?.string ?? (argument.sequence?.compactMap(\.scalar?.string).joined(separator: ".") ?? "")
                guard text.hasSuffix(".RootResourceId") else { return nil }
                return method.uppercased() + " /" + parts.reversed().joined(separator: "/")
            }
            guard let (name, argument) = Intrinsics.call(current), name == "Ref", let target = argument.scalar?.string,
                  let resource = resources[target], MappingYAML.member(resource, "Type").flatMap(MappingYAML.text) == "AWS::ApiGateway::Resource",
                  let properties = MappingYAML.member(resource, "Properties"),
                  let part = MappingYAML.member(properties, "PathPart").flatMap({ try? intrinsics.string($0) }),
                  let parent = MappingYAML.member(properties, "ParentId") else { return nil }
            parts.append(part)
            current = parent
        }
        return nil
    }

    /// Integration logical id to the route keys whose `Target` is `integrations/<id>`.
    private func routeKeys(_ resources: [(key: Node, value: Node)]) -> [String: [String]] {
        var routes: [String: [String]] = [:]
        for (_, resource) in resources where MappingYAML.member(resource, "Type").flatMap(MappingYAML.text) == "AWS::ApiGatewayV2::Route" {
            guard let properties = MappingYAML.member(resource, "Properties"),
                  let key = MappingYAML.member(properties, "RouteKey").flatMap({ try? intrinsics.string($0) }),
                  let target = MappingYAML.member(properties, "Target") else { continue }
            for id in targetIDs(target) { routes[id, default: []].append(key) }
        }
        return routes
    }

    /// The logical ids a route target names (`integrations/${Integration}`, `!Join ["/", [integrations, !Ref X]]`).
    private func targetIDs(_ node: Node) -> [String] {
        guard let (name, argument) = Intrinsics.call(node) else { return [] }
        switch name {
        case "Ref": return argument.scalar.map { [$0.string] } ?? []
        case "Fn::Sub":
            let text = argument.scalar?.string ?? argument.sequence?.first?.scalar?.string ?? ""
            return text.components(separatedBy: "${").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) }
        default:
            var ids: [String] = []
            for child in argument.sequence ?? [] {
                ids += targetIDs(child)
                for item in child.sequence ?? [] { ids += targetIDs(item) }
            }
            return ids
        }
    }
}
