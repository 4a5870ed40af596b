// Parses the two sides of a mapping. Each failure is one entry of AWS's
// `errors : [...]` list.

/// Parses mapping targets, sources and parameter declarations.
public enum MappingExpressionParser {
    /// Parses a target such as `integration.request.header.connectionId`.
    public static func target(_ text: String, side: MappingSide) -> Result<MappingTarget, MappingIssue> {
        switch side {
        case .request:
            for location in IntegrationLocation.allCases {
                if let name = text.removingPrefix("integration.request.\(location.rawValue).") {
                    return checked(name) { .integrationRequest(location, $0) }
                }
            }
        case .response:
            if let name = text.removingPrefix("method.response.header.") {
                return checked(name) { .methodResponseHeader($0) }
            }
        }
        return .failure(.init(MappingValidationError.invalidParameter(text)))
    }

    /// Parses a source such as `route.request.querystring.authToken` or `'static'`.
    public static func source(_ text: String, api: MappingAPI, side: MappingSide) -> Result<MappingSource, MappingIssue> {
        let invalid = Result<MappingSource, MappingIssue>.failure(.init(MappingValidationError.invalidExpression(text)))
        if text.hasPrefix("'") {
            guard text.count >= 2, text.hasSuffix("'") else { return invalid }
            return .success(.staticValue(String(text.dropFirst().dropLast())))
        }
        if let name = text.removingPrefix("stageVariables.") {
            return checked(name) { .stageVariable($0) }
        }
        if let name = text.removingPrefix("context.") {
            return ContextVariables.isSupported(name, for: api) ? .success(.context(name)) : invalid
        }
        switch side {
        case .request:
            let prefix = api.requestPrefix
            if api == .rest, text == "\(prefix).body" { return .success(.requestBody(path: nil)) }
            if let path = text.removingPrefix("\(prefix).body.") {
                return BodyPath(path) == nil ? invalid : .success(.requestBody(path: path))
            }
            if let parameter = requestParameter(text, api: api) {
                return parameter.map { .requestParameter($0) }
            }
        case .response:
            if text == "integration.response.body" { return .success(.responseBody(path: nil)) }
            if let path = text.removingPrefix("integration.response.body.") {
                return BodyPath(path) == nil ? invalid : .success(.responseBody(path: path))
            }
            if let name = text.removingPrefix("integration.response.header.") {
                return checked(name) { .responseHeader(name: $0, multiValue: false) }
            }
            if let name = text.removingPrefix("integration.response.multivalueheader.") {
                return checked(name) { .responseHeader(name: $0, multiValue: true) }
            }
        }
        return invalid
    }

    /// Parses a declared parameter key such as `method.request.path.page`.
    public static func declaredParameter(_ text: String, api: MappingAPI) -> Result<RequestParameter, MappingIssue> {
        requestParameter(text, api: api)
            ?? .failure(.init(MappingValidationError.invalidExpression(text)))
    }

    /// `PREFIX.LOCATION.NAME`, or nil when `text` has no known location.
    private static func requestParameter(_ text: String, api: MappingAPI) -> Result<RequestParameter, MappingIssue>? {
        for location in ParameterLocation.allCases {
            if let name = text.removingPrefix("\(api.requestPrefix).\(location.rawValue).") {
                return checked(name) { RequestParameter(location, $0) }
            }
        }
        return nil
    }

    private static func checked<T>(_ name: String, _ make: (String) -> T) -> Result<T, MappingIssue> {
        ParameterName.isValid(name) ? .success(make(name)) : .failure(.init(MappingValidationError.invalidName))
    }
}

/// One entry of AWS's `errors : [...]` list.
public struct MappingIssue: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
