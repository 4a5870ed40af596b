// The vocabulary of parameter mapping: which API's rules apply, where a
// parameter lives, and what a mapping's two sides mean once parsed.

/// The kind of API whose mapping rules apply.
public enum MappingAPI: String, Sendable, CaseIterable {
    /// A REST API: `method.request.*` sources, method response headers.
    case rest
    /// A WebSocket API: `route.request.*` sources.
    case webSocket = "websocket"

    /// The prefix of request parameter sources: `method.request` or `route.request`.
    public var requestPrefix: String {
        switch self {
        case .rest: "method.request"
        case .webSocket: "route.request"
        }
    }
}

/// Which exchange a set of mappings transforms.
public enum MappingSide: String, Sendable {
    /// Method (or route) request to integration request.
    case request
    /// Integration response to method response headers (REST only).
    case response
}

/// Where a request parameter is read from.
public enum ParameterLocation: String, Sendable, CaseIterable {
    case path
    case querystring
    case multivaluequerystring
    case header
    case multivalueheader

    /// Words for explanations: "query string", "multi-value header", ...
    public var description: String {
        switch self {
        case .path: "path parameter"
        case .querystring: "query string parameter"
        case .multivaluequerystring: "multi-value query string parameter"
        case .header: "header"
        case .multivalueheader: "multi-value header"
        }
    }
}

/// A named request parameter, such as `method.request.querystring.page`.
public struct RequestParameter: Hashable, Sendable {
    public var location: ParameterLocation
    public var name: String

    public init(_ location: ParameterLocation, _ name: String) {
        self.location = location
        self.name = name
    }

    /// The full expression for `api`: `route.request.header.Auth`.
    public func expression(for api: MappingAPI) -> String {
        "\(api.requestPrefix).\(location.rawValue).\(name)"
    }
}

/// Where an integration request parameter is written.
public enum IntegrationLocation: String, Sendable, CaseIterable {
    case header
    case querystring
    case path
}

/// The left-hand side of a mapping: the parameter that receives a value.
public enum MappingTarget: Hashable, Sendable {
    /// `integration.request.{header,querystring,path}.NAME`.
    case integrationRequest(IntegrationLocation, String)
    /// `method.response.header.NAME`.
    case methodResponseHeader(String)

    /// The name of the parameter written.
    public var name: String {
        switch self {
        case .integrationRequest(_, let name), .methodResponseHeader(let name): name
        }
    }

    /// The expression as AWS writes it.
    public var expression: String {
        switch self {
        case .integrationRequest(let location, let name): "integration.request.\(location.rawValue).\(name)"
        case .methodResponseHeader(let name): "method.response.header.\(name)"
        }
    }
}

/// The right-hand side of a mapping: where the value comes from.
public enum MappingSource: Hashable, Sendable {
    /// `method.request.header.NAME`, `route.request.querystring.NAME`, ...
    case requestParameter(RequestParameter)
    /// `method.request.body` (nil path) or `….body.JSONPATH` (path without `$.`).
    case requestBody(path: String?)
    /// `integration.response.header.NAME` / `integration.response.multivalueheader.NAME`.
    case responseHeader(name: String, multiValue: Bool)
    /// `integration.response.body` or `integration.response.body.JSONPATH`.
    case responseBody(path: String?)
    /// `stageVariables.NAME`.
    case stageVariable(String)
    /// `context.NAME`, possibly dotted (`context.identity.sourceIp`).
    case context(String)
    /// `'STATIC VALUE'`: the text between the enclosing single quotes.
    case staticValue(String)

    /// A short name for the kind of source, for explanations.
    public var kind: String {
        switch self {
        case .requestParameter(let parameter): "request \(parameter.location.description)"
        case .requestBody(nil): "request body"
        case .requestBody: "request body JSONPath"
        case .responseHeader(_, false): "integration response header"
        case .responseHeader(_, true): "integration response multi-value header"
        case .responseBody(nil): "integration response body"
        case .responseBody: "integration response body JSONPath"
        case .stageVariable: "stage variable"
        case .context: "context variable"
        case .staticValue: "static value"
        }
    }
}

/// One parsed mapping: `target` receives the value of `source`.
public struct ParameterMapping: Hashable, Sendable {
    public var target: MappingTarget
    public var source: MappingSource
    /// The source exactly as written.
    public var sourceText: String

    public init(target: MappingTarget, source: MappingSource, sourceText: String) {
        self.target = target
        self.source = source
        self.sourceText = sourceText
    }
}
