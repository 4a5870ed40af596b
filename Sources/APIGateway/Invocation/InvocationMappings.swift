import Foundation
import OrderedCollections

/// An invocation's parameter mappings, validated as API Gateway validates them on
/// put-method, put-integration and put-integration-response.
struct InvocationMappings {
    let declarations: ParameterDeclarations
    let request: [ParameterMapping]
    /// The response mappings of each integration response, in order.
    let responses: [[ParameterMapping]]

    init(_ invocation: Invocation) throws(MappingValidationError) {
        declarations = try ParameterDeclarations.parse(invocation.methodParameters, api: .rest, route: nil)
        request = try MappingValidator(api: .rest, side: .request, declarations: declarations)
            .validate(invocation.integrationRequestParameters)
        let responseValidator = MappingValidator(api: .rest, side: .response, declarations: declarations)
        var responses: [[ParameterMapping]] = []
        for response in invocation.integrationResponses {
            responses.append(try responseValidator.validate(response.responseParameters))
        }
        self.responses = responses
    }

    /// The integration request parameters, or the 400 a missing required parameter answers.
    func resolveRequest(_ request: MappingRequest) throws(MappingRejection) -> MappedParameters {
        try MappingResolver(api: .rest, side: .request, declarations: declarations, bodyReader: JSONBodyReader())
            .resolve(self.request, request: request).parameters
    }

    /// The method response headers the integration response at `index` maps.
    func resolveResponse(_ index: Int, request: MappingRequest) throws(MappingRejection) -> OrderedDictionary<String, String> {
        guard !responses[index].isEmpty else { return [:] }
        return try MappingResolver(api: .rest, side: .response, declarations: declarations, bodyReader: JSONBodyReader())
            .resolve(responses[index], request: request).parameters.header
    }

    /// The endpoint URI: `{name}` replaced by the mapped path parameters, then the mapped query string.
    static func endpointURI(_ base: String, _ parameters: MappedParameters) -> String {
        var uri = base
        for (name, value) in parameters.path {
            uri = uri.replacingOccurrences(of: "{\(name)}", with: encoded(value))
        }
        let query = parameters.querystring.flatMap { name, values in values.map { encoded(name) + "=" + encoded($0) } }
        guard !query.isEmpty else { return uri }
        return uri + (uri.contains("?") ? "&" : "?") + query.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
