import OrderedCollections

/// Realistic `$context` values for a playground request, overridable by the request file.
public enum DefaultContexts {
    /// The WebSocket context of a message on `route`: `eventType` is `CONNECT` on `$connect`,
    /// `DISCONNECT` on `$disconnect`, otherwise `MESSAGE` (and only then is there a `messageId`).
    public static func webSocket(route: String) -> ContextTree {
        let eventType = switch route {
        case "$connect": "CONNECT"
        case "$disconnect": "DISCONNECT"
        default: "MESSAGE"
        }
        var members: OrderedDictionary<String, ContextTree> = [
            "routeKey": .value(route),
            "eventType": .value(eventType),
            "messageDirection": .value("IN"),
            "connectionId": .value("L0SM9cOFvHcCIhw="),
            "connectedAt": .value("1705322096123"),
            "requestId": .value("L0SM9cOFvHcCIhw="),
            "extendedRequestId": .value("L0SM9cOFvHcCIhw="),
            "apiId": .value("abcd1234"),
            "domainName": .value("abcd1234.execute-api.us-east-1.amazonaws.com"),
            "stage": .value("prod"),
            "requestTime": .value("15/Jan/2024:12:34:56 +0000"),
            "requestTimeEpoch": .value("1705322096789"),
            "identity": .object([
                "sourceIp": .value("192.0.2.1"),
                "userAgent": .value("Mozilla/5.0 (X11; Linux x86_64)"),
            ]),
        ]
        if eventType == "MESSAGE" {
            members["messageId"] = .value("L0SM9dOFvHcCIhw=")
            members["requestId"] = .value("L0SM9dOFvHcCIhw=")
            members["extendedRequestId"] = .value("L0SM9dOFvHcCIhw=")
        }
        return .object(members)
    }

    /// Values API Gateway derives from the request's headers: `identity.userAgent` from
    /// `User-Agent`, `domainName` (and for REST `domainPrefix`) from `Host`.
    public static func derived(from headers: OrderedDictionary<String, [String]>, api: MappingAPI) -> ContextTree {
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name }?.value.last
        }
        var members: OrderedDictionary<String, ContextTree> = [:]
        if let agent = header("user-agent") { members["identity"] = .object(["userAgent": .value(agent)]) }
        if let host = header("host") {
            members["domainName"] = .value(host)
            if api == .rest { members["domainPrefix"] = .value(String(host.prefix { $0 != "." })) }
        }
        return .object(members)
    }

    /// The REST context, with the same values the mapping-template oracle uses.
    public static let rest: ContextTree = .object([
        "resourceId": .value("efg567"),
        "resourcePath": .value("/"),
        "httpMethod": .value("GET"),
        "extendedRequestId": .value("Hq2FaE2ZoAMFZdw="),
        "requestTime": .value("15/Jan/2024:12:34:56 +0000"),
        "path": .value("/prod/"),
        "accountId": .value("111122223333"),
        "protocol": .value("HTTP/1.1"),
        "stage": .value("prod"),
        "domainPrefix": .value("abcd1234"),
        "requestTimeEpoch": .value("1705322096789"),
        "requestId": .value("c6af9ac6-7b61-11e6-9a41-93e8deadbeef"),
        "identity": .object([
            "accountId": .value("111122223333"),
            "caller": .value("ABCD-0000-12345"),
            "sourceIp": .value("192.0.2.1"),
            "userAgent": .value("curl/7.84.0"),
            "user": .value("ABCD-0000-12345"),
            "apiKey": .value("MyTestKey"),
            "apiKeyId": .value("a1b2c3d4e5"),
        ]),
        "domainName": .value("abcd1234.execute-api.us-east-1.amazonaws.com"),
        "deploymentId": .value("a1b2c3"),
        "apiId": .value("abcd1234"),
        "authorizer": .object(["principalId": .value("carlos-salazar")]),
        "isCanaryRequest": .value("false"),
        "wafResponseCode": .value("WAF_ALLOW"),
    ])
}
