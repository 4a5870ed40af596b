import Foundation
import Yams

/// Reads an API definition, JSON or YAML, recognised by its content: OpenAPI 3
/// (`openapi:`), Swagger 2 (`swagger:`), CloudFormation/SAM/CDK output (`Resources:`),
/// Terraform's `terraform show -json` (`format_version` with `values` or
/// `planned_values`). A folder (CDK's `cdk.out`) is read as all its `*.template.json`.
public enum DefinitionReader {
    /// Reads a file or a `cdk.out` folder. `parameters` give CloudFormation parameter
    /// (and pseudo parameter) values.
    public static func read(path: String, parameters: [String: String] = [:]) throws(DefinitionError) -> APIDefinition {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DefinitionError(file: path, line: 0, column: 0, reason: "no such file")
        }
        guard isDirectory.boolValue else { return try read(text: text(of: path), file: path, parameters: parameters) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".template.json") }.sorted()
        guard !names.isEmpty else { throw DefinitionError(file: path, line: 0, column: 0, reason: "the folder has no *.template.json (a CDK cdk.out folder)") }
        var combined = APIDefinition(format: .cloudFormation)
        for name in names {
            let file = (path as NSString).appendingPathComponent(name)
            let one = try read(text: text(of: file), file: file, parameters: parameters)
            combined.entries += one.entries
            combined.problems += one.problems
        }
        return combined
    }

    /// Reads definition text; `file` names it in positions.
    public static func read(text: String, file: String, parameters: [String: String] = [:]) throws(DefinitionError) -> APIDefinition {
        let root: Node
        do throws(MappingFileError) {
            root = try MappingYAML.parse(text)
        } catch {
            throw DefinitionError(file: file, line: error.line, column: error.column, reason: error.reason)
        }
        var definition: APIDefinition
        if MappingYAML.member(root, "Resources") != nil {
            definition = APIDefinition(format: .cloudFormation)
            let intrinsics = Intrinsics(template: root, given: parameters, file: file)
            CloudFormationDefinition(intrinsics: intrinsics, file: file).read(root, into: &definition)
        } else if MappingYAML.member(root, "format_version") != nil,
                  MappingYAML.member(root, "values") != nil || MappingYAML.member(root, "planned_values") != nil {
            definition = APIDefinition(format: .terraform)
            TerraformDefinition(file: file, readBody: { body, address, into in
                readEmbedded(body, resource: address, file: file, into: &into)
            }).read(root, into: &definition)
        } else if MappingYAML.member(root, "paths") != nil {
            definition = APIDefinition(format: MappingYAML.member(root, "swagger") != nil ? .swagger2 : .openAPI3)
            let strings = { (node: Node) throws(DefinitionError) -> String in
                guard let scalar = node.scalar else {
                    throw DefinitionError(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                                          reason: "expected a string, found \(MappingFileReader.describe(node))")
                }
                return scalar.string
            }
            OpenAPIDefinition(strings: strings, file: file).read(root, into: &definition)
        } else {
            throw DefinitionError(file: file, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1,
                                  reason: "not an API definition: expected OpenAPI (paths), CloudFormation (Resources) or terraform show -json output")
        }
        return definition
    }

    /// An OpenAPI document held in a string (Terraform's `body`): its entries name the resource.
    private static func readEmbedded(_ body: String, resource: String, file: String, into definition: inout APIDefinition) {
        guard let root = try? MappingYAML.parse(body) else {
            definition.problems.append(DefinitionProblem(reference: TemplateReference(resource: resource), file: file, line: 0, column: 0,
                                                         reason: "the body is not JSON or YAML"))
            return
        }
        let strings = { (node: Node) throws(DefinitionError) -> String in
            guard let scalar = node.scalar else { throw DefinitionError(file: file, line: 0, column: 0, reason: "expected a string in \(resource).body") }
            return scalar.string
        }
        OpenAPIDefinition(strings: strings, file: file, resource: resource).read(root, into: &definition)
    }

    private static func text(of path: String) throws(DefinitionError) -> String {
        do {
            return try DocumentParser.readText(file: path)
        } catch {
            throw DefinitionError(file: path, line: error.line, column: error.column, reason: error.reason)
        }
    }
}
