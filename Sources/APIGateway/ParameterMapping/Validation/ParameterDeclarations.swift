import OrderedCollections

/// The parameters a method or route declares: REST `requestParameters`
/// (`"method.request.path.page": true`), WebSocket route `RequestParameters`
/// (`{"route.request.querystring.authToken": {"Required": false}}`), and the
/// headers a REST method response declares (`"method.response.header.X": true`).
public struct ParameterDeclarations: Equatable, Sendable {
    /// Declared request parameters and whether each is required.
    public var requestParameters: OrderedDictionary<RequestParameter, Bool>
    /// Declared method response headers and whether each is required.
    public var responseHeaders: OrderedDictionary<String, Bool>

    public init(
        requestParameters: OrderedDictionary<RequestParameter, Bool> = [:],
        responseHeaders: OrderedDictionary<String, Bool> = [:]
    ) {
        self.requestParameters = requestParameters
        self.responseHeaders = responseHeaders
    }

    /// Parses declaration keys as AWS validates them on put-method / update-route.
    /// On a WebSocket route other than `$connect` only body parameters exist, so
    /// declaring a query string or header there is refused.
    public static func parse(
        _ entries: [DeclarationEntry], api: MappingAPI, route: String?
    ) throws(MappingValidationError) -> ParameterDeclarations {
        var declarations = ParameterDeclarations()
        var issues: [String] = []
        for entry in entries {
            let (key, required) = (entry.key, entry.required)
            if api == .rest, let name = key.removingPrefix("method.response.header.") {
                if ParameterName.isValid(name) {
                    declarations.responseHeaders[name] = required
                } else {
                    issues.append(MappingValidationError.invalidName)
                }
                continue
            }
            switch MappingExpressionParser.declaredParameter(key, api: api) {
            case .failure(let issue):
                issues.append(issue.message)
            case .success(let parameter):
                if let problem = RouteRules.problem(with: parameter, api: api, route: route) {
                    issues.append(problem)
                } else {
                    declarations.requestParameters[parameter] = required
                }
            }
        }
        guard issues.isEmpty else { throw MappingValidationError(errors: issues) }
        return declarations
    }
}

/// The WebSocket rules about which route may use which request data.
public enum RouteRules {
    /// The route on which query strings and headers exist.
    public static let connectRoute = "$connect"

    /// Why `parameter` cannot be used on `route` of `api`, or nil when it can.
    static func problem(with parameter: RequestParameter, api: MappingAPI, route: String?) -> String? {
        guard api == .webSocket else { return nil }
        let expression = parameter.expression(for: api)
        if parameter.location == .path { return MappingValidationError.invalidExpression(expression) }
        return route == connectRoute ? nil : MappingValidationError.invalidParameter(expression)
    }
}
