/// An entry of a mapping or declaration map, named by its key.
public protocol KeyedEntry {
    /// The map key: a mapping's target or a declared parameter.
    var key: String { get }
}

/// One mapping as written: `"integration.request.header.X": "context.requestId"`.
public struct MappingEntry: KeyedEntry, Equatable, Sendable {
    public var target: String
    public var source: String

    public init(_ target: String, _ source: String) {
        self.target = target
        self.source = source
    }

    public var key: String { target }
}

/// One declared parameter as written: `"method.request.path.page": true`.
public struct DeclarationEntry: KeyedEntry, Equatable, Sendable {
    public var key: String
    public var required: Bool

    public init(_ key: String, required: Bool) {
        self.key = key
        self.required = required
    }
}

/// The formats a mapping or declaration file is recognised in.
public enum MappingFileFormat: String, Equatable, Sendable {
    case plainMap = "a JSON/YAML map"
    case shorthand = "AWS CLI --request-parameters shorthand"
    case apiGatewayV2Integration = "aws apigatewayv2 get-integration output"
    case apiGatewayV2Route = "aws apigatewayv2 get-route output"
    case apiGatewayIntegration = "aws apigateway get-integration output"
    case apiGatewayMethod = "aws apigateway get-method output"
    case apiGatewayResponse = "aws apigateway get-integration-response / get-method-response output"
    case openAPI = "OpenAPI export"
}

/// What a mapping or declaration file holds.
public struct MappingConfiguration: Equatable, Sendable {
    public var format: MappingFileFormat
    public var mappings: [MappingEntry]
    public var declarations: [DeclarationEntry]
    /// The route key a `get-route` output names.
    public var routeKey: String?
    /// Where each mapping target or declaration key was written (1-based line and column).
    public var positions: [String: FilePosition] = [:]

    public init(format: MappingFileFormat, mappings: [MappingEntry] = [], declarations: [DeclarationEntry] = [], routeKey: String? = nil) {
        self.format = format
        self.mappings = mappings
        self.declarations = declarations
        self.routeKey = routeKey
    }

    /// Response side when every target is a method response header.
    public var side: MappingSide {
        !mappings.isEmpty && mappings.allSatisfy { $0.target.hasPrefix("method.response.") } ? .response : .request
    }
}

/// A 1-based line and column in a file.
public struct FilePosition: Equatable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
