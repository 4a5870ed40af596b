/// What a template or mapping entry of a definition holds.
public enum DefinitionContent: Sendable, Equatable {
    /// A mapping template's text.
    case template(String)
    /// Parameter mappings, target to source, in file order.
    case parameters([MappingEntry])
}

/// One template or parameter mapping map found in an API definition.
public struct DefinitionEntry: Sendable, Equatable {
    /// The full reference that selects it.
    public var reference: TemplateReference
    public var content: DefinitionContent
    /// An integration response's selection pattern, when it has one.
    public var selectionPattern: String?
    /// Where the value is written (1-based), in `file`.
    public var file: String
    public var line: Int
    public var column: Int
    /// Context for `vtlplay list`, such as the WebSocket routes that use an integration.
    public var note: String?

    public init(reference: TemplateReference, content: DefinitionContent, selectionPattern: String? = nil,
                file: String, line: Int, column: Int, note: String? = nil) {
        self.reference = reference
        self.content = content
        self.selectionPattern = selectionPattern
        self.file = file
        self.line = line
        self.column = column
        self.note = note
    }
}

/// A part of a definition that cannot be turned into a template or mapping (an
/// intrinsic function that needs a deployment, a value of the wrong type), with the
/// reference it would have had.
public struct DefinitionProblem: Sendable, Equatable {
    public var reference: TemplateReference
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String
}

/// The formats `DefinitionReader` recognises.
public enum DefinitionFormat: String, Sendable {
    case openAPI3 = "OpenAPI 3"
    case swagger2 = "Swagger 2"
    case cloudFormation = "CloudFormation"
    case terraform = "Terraform (terraform show -json)"
}

/// The templates and mappings of an API definition file (or of a CDK `cdk.out` folder).
public struct APIDefinition: Sendable {
    public var format: DefinitionFormat
    public var entries: [DefinitionEntry]
    public var problems: [DefinitionProblem]

    public init(format: DefinitionFormat, entries: [DefinitionEntry] = [], problems: [DefinitionProblem] = []) {
        self.format = format
        self.entries = entries
        self.problems = problems
    }

    /// The one entry `selector` selects. A missing kind means `request`; when several
    /// templates differ only by content type, `application/json` is chosen.
    public func select(_ selector: TemplateReference, file: String) throws(DefinitionError) -> DefinitionEntry {
        var selector = selector
        if selector.kind == nil { selector.kind = .request }
        var matches = entries.filter { selector.selects($0) }
        if matches.count > 1, selector.contentType == nil {
            let json = matches.filter { $0.reference.contentType?.lowercased() == "application/json" }
            if json.count == 1 { matches = json }
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty, let problem = problems.first(where: { selector.selects(DefinitionEntry(reference: $0.reference, content: .template(""), file: "", line: 0, column: 0)) }) {
            throw DefinitionError(file: problem.file, line: problem.line, column: problem.column,
                                  reason: "'\(problem.reference.text)' cannot be read: \(problem.reason)")
        }
        let listed = (matches.isEmpty ? entries : matches).map { "  " + $0.reference.text }.joined(separator: "\n")
        let what = matches.isEmpty ? "selects nothing" : "selects \(matches.count) entries; add parts to choose one"
        throw DefinitionError(file: file, line: 0, column: 0,
                              reason: "the reference '\(selector.text)' \(what). Found:\n" + (listed.isEmpty ? "  (no templates or mappings)" : listed))
    }
}
