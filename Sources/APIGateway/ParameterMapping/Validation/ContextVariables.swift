// The context variables a `context.NAME` mapping may name, per API.

/// The context variables each API supports in parameter mappings.
public enum ContextVariables {
    /// Whether `context.NAME` names a variable `api` supports.
    public static func isSupported(_ name: String, for api: MappingAPI) -> Bool {
        let (names, open) = switch api {
        case .rest: (rest, restOpenPrefixes)
        case .webSocket: (webSocket, webSocketOpenPrefixes)
        }
        return names.contains(name) || open.contains { name.hasPrefix($0) && name.count > $0.count }
    }

    /// Prefixes under which any name is allowed (`authorizer.claims.sub`, custom authorizer keys).
    static let restOpenPrefixes = ["authorizer.", "requestOverride.", "responseOverride.header."]
    static let webSocketOpenPrefixes = ["authorizer."]

    /// The REST API `$context` variables of the mapping template reference.
    static let rest: Set<String> = [
        "accountId", "apiId", "authorizer.principalId", "awsEndpointRequestId", "deploymentId",
        "domainName", "domainPrefix", "error.message", "error.messageString", "error.responseType",
        "error.validationErrorString", "extendedRequestId", "httpMethod", "identity.accountId",
        "identity.apiKey", "identity.apiKeyId", "identity.caller", "identity.clientCert.clientCertPem",
        "identity.clientCert.subjectDN", "identity.clientCert.issuerDN", "identity.clientCert.serialNumber",
        "identity.clientCert.validity.notBefore", "identity.clientCert.validity.notAfter",
        "identity.cognitoAuthenticationProvider", "identity.cognitoAuthenticationType",
        "identity.cognitoIdentityId", "identity.cognitoIdentityPoolId", "identity.principalOrgId",
        "identity.sourceIp", "identity.user", "identity.userAgent", "identity.userArn", "identity.vpcId",
        "identity.vpceId", "isCanaryRequest", "path", "protocol", "requestId", "requestTime",
        "requestTimeEpoch", "resourceId", "resourcePath", "stage", "wafResponseCode", "webaclArn",
        "responseOverride.status", "xrayTraceId",
    ]

    /// The WebSocket API `$context` variables.
    static let webSocket: Set<String> = [
        "apiId", "authorizer.principalId", "connectedAt", "connectionId", "domainName",
        "error.message", "error.messageString", "error.responseType", "error.validationErrorString",
        "eventType", "extendedRequestId", "identity.accountId", "identity.apiKey", "identity.apiKeyId",
        "identity.caller", "identity.cognitoAuthenticationProvider", "identity.cognitoAuthenticationType",
        "identity.cognitoIdentityId", "identity.cognitoIdentityPoolId", "identity.principalOrgId",
        "identity.sourceIp", "identity.user", "identity.userAgent", "identity.userArn",
        "integrationLatency", "messageDirection", "messageId", "requestId", "requestTime",
        "requestTimeEpoch", "routeKey", "stage", "status",
    ]
}
