import Yams

/// Resolves CloudFormation intrinsic functions in string values: `Ref` to a parameter
/// (from `--parameter NAME=VALUE`, else its `Default`) or a pseudo parameter,
/// `Fn::Sub` (with `${!Literal}` and a variable map), `Fn::Join`, in both the
/// `{"Fn::Sub": ...}` form and the YAML short tags (`!Sub`, `!Ref`, `!Join`).
/// Anything that needs a deployment (`Fn::GetAtt`, `Ref` to a resource, imports) is
/// unresolvable, with its position.
struct Intrinsics {
    /// Parameter values: the given ones over the template's defaults.
    var parameters: [String: String]
    /// The template's resource logical ids.
    var resources: Set<String>
    var file: String

    /// Values of the pseudo parameters unless a parameter overrides them.
    static let pseudoParameters: [String: String] = [
        "AWS::Region": "us-east-1", "AWS::AccountId": "123456789012", "AWS::Partition": "aws",
        "AWS::URLSuffix": "amazonaws.com", "AWS::StackName": "stack",
        "AWS::StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/stack/00000000-0000-0000-0000-000000000000",
    ]

    init(template root: Node?, given: [String: String], file: String) {
        var values: [String: String] = [:]
        for (key, value) in root.flatMap({ MappingYAML.member($0, "Parameters") }).flatMap(MappingYAML.pairs) ?? [] {
            if let name = MappingYAML.text(key), let fallback = MappingYAML.member(value, "Default").flatMap(MappingYAML.text) {
                values[name] = fallback
            }
        }
        values.merge(given) { _, new in new }
        parameters = values
        resources = Set((root.flatMap { MappingYAML.member($0, "Resources") }.flatMap(MappingYAML.pairs) ?? []).compactMap { MappingYAML.text($0.key) })
        self.file = file
    }

    /// A function call in either form: its full name (`Fn::Sub`, `Ref`) and argument.
    static func call(_ node: Node) -> (name: String, argument: Node)? {
        let tag = node.tag.description
        if tag.hasPrefix("!"), !tag.hasPrefix("!!") {
            let name = String(tag.dropFirst())
            return (name == "Ref" || name == "Condition" ? name : "Fn::" + name, node)
        }
        guard let pairs = MappingYAML.pairs(node), pairs.count == 1, let key = MappingYAML.text(pairs[0].key),
              key == "Ref" || key.hasPrefix("Fn::") else { return nil }
        return (key, pairs[0].value)
    }

    /// The string `node` stands for.
    func string(_ node: Node) throws(DefinitionError) -> String {
        guard let (name, argument) = Self.call(node) else {
            if let scalar = node.scalar { return scalar.string }
            throw error(at: node, "expected a string, found \(MappingFileReader.describe(node))")
        }
        switch name {
        case "Ref":
            guard let target = argument.scalar?.string else { throw error(at: node, "Ref takes a name") }
            return try reference(target, at: node)
        case "Fn::Sub": return try substitute(argument)
        case "Fn::Join":
            guard case .sequence(let parts) = argument, parts.count == 2, let delimiter = parts[0].scalar?.string else {
                throw error(at: node, "Fn::Join takes [DELIMITER, [VALUES]]")
            }
            guard case .sequence(let values) = parts[1] else { throw error(at: parts[1], "Fn::Join needs a list of values") }
            var strings: [String] = []
            for value in values { strings.append(try string(value)) }
            return strings.joined(separator: delimiter)
        default:
            throw error(at: node, "\(name) needs a deployed stack; vtlplay cannot resolve it")
        }
    }

    private func reference(_ name: String, at node: Node) throws(DefinitionError) -> String {
        if let value = parameters[name] ?? Self.pseudoParameters[name] { return value }
        if resources.contains(name) {
            throw error(at: node, "Ref \(name) names a resource, known only once deployed (give --parameter \(name)=VALUE)")
        }
        throw error(at: node, "Ref \(name): no such parameter, and no --parameter \(name)=VALUE given")
    }

    /// `Fn::Sub`: `"text ${Name} ${!Literal}"` or `["text", {Name: value}]`.
    private func substitute(_ argument: Node) throws(DefinitionError) -> String {
        var text: String
        var variables: [String: String] = [:]
        if case .sequence(let parts) = argument {
            guard parts.count == 2, let body = parts[0].scalar?.string, let map = MappingYAML.pairs(parts[1]) else {
                throw error(at: argument, "Fn::Sub takes a string or [STRING, {NAME: VALUE}]")
            }
            text = body
            for (key, value) in map { if let name = MappingYAML.text(key) { variables[name] = try string(value) } }
        } else if let body = argument.scalar?.string {
            text = body
        } else {
            throw error(at: argument, "Fn::Sub takes a string or [STRING, {NAME: VALUE}]")
        }
        var result = ""
        while let open = text.range(of: "${") {
            result += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].firstIndex(of: "}") else {
                result += text[open.lowerBound...]
                text = ""
                break
            }
            let name = String(text[open.upperBound..<close])
            text = String(text[text.index(after: close)...])
            if name.hasPrefix("!") {
                result += "${" + name.dropFirst() + "}"
            } else if let value = variables[name] {
                result += value
            } else if name.contains("."), !name.hasPrefix("AWS::") {
                throw error(at: argument, "Fn::Sub ${\(name)} is an attribute (Fn::GetAtt), known only once deployed")
            } else {
                result += try reference(name, at: argument)
            }
        }
        return result + text
    }

    func error(at node: Node, _ reason: String) -> DefinitionError {
        DefinitionError(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: reason)
    }
}
