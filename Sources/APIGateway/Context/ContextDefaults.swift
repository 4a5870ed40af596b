import VTL

/// The default `$context`: a fixed, realistic value for every variable the
/// reference lists for mapping templates (the oracle's `--print-default-context`).
public enum ContextDefaults {
    /// 2024-01-15T12:34:56.789Z.
    public static let requestTimeEpoch: Int64 = 1_705_322_096_789

    /// The key sequences API Gateway showed for `$context` and its maps; maps are
    /// filled in this sequence first, which fixes their `HashMap` iteration order.
    static let rootOrder = ["resourceId", "resourcePath", "httpMethod", "extendedRequestId", "requestTime", "path",
                            "accountId", "protocol", "requestOverride", "stage", "domainPrefix", "requestTimeEpoch",
                            "requestId", "identity", "domainName", "deploymentId", "responseOverride", "apiId"]
    static let identityOrder = ["cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "sourceIp",
                                "principalOrgId", "accessKey", "cognitoAuthenticationType",
                                "cognitoAuthenticationProvider", "userArn", "userAgent", "user"]
    static let requestOverrideOrder = ["path", "header", "querystring"]
    static let responseOverrideOrder = ["header", "status"]

    /// A fresh copy of the defaults as plain insertion-ordered maps.
    public static func tree() -> MapRef {
        mapRef([
            "resourceId": .string("efg567"),
            "resourcePath": .string("/"),
            "httpMethod": .string("GET"),
            "extendedRequestId": .string("Hq2FaE2ZoAMFZdw="),
            "requestTime": .string(RequestTime.commonLogFormat(epochMilliseconds: requestTimeEpoch)),
            "path": .string("/prod/"),
            "accountId": .string("111122223333"),
            "protocol": .string("HTTP/1.1"),
            "requestOverride": map(["path": map([:]), "header": map([:]), "querystring": map([:])]),
            "stage": .string("prod"),
            "domainPrefix": .string("abcd1234"),
            "requestTimeEpoch": .long(requestTimeEpoch),
            "requestId": .string("c6af9ac6-7b61-11e6-9a41-93e8deadbeef"),
            "identity": map([
                "cognitoIdentityPoolId": .string("us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE44444"),
                "accountId": .string("111122223333"),
                "cognitoIdentityId": .string("us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE33333"),
                "caller": .string("ABCD-0000-12345"),
                "sourceIp": .string("192.0.2.1"),
                "principalOrgId": .string("o-a1b2c3d4e5"),
                "accessKey": .string("ASIAIOSFODNN7EXAMPLE"),
                "cognitoAuthenticationType": .string("authenticated"),
                "cognitoAuthenticationProvider": .string("cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE1,cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE1:CognitoSignIn:a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"),
                "userArn": .string("arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar"),
                "userAgent": .string("curl/7.84.0"),
                "user": .string("ABCD-0000-12345"),
                "apiKey": .string("MyTestKey"),
                "apiKeyId": .string("a1b2c3d4e5"),
                "clientCert": map([
                    "clientCertPem": .string("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUEXAMPLE\n-----END CERTIFICATE-----"),
                    "subjectDN": .string("CN=client.example.com,O=Example Corp,C=US"),
                    "issuerDN": .string("CN=Example Private CA,O=Example Corp,C=US"),
                    "serialNumber": .string("1a:2b:3c:4d:5e:6f:70:81"),
                    "validity": map(["notBefore": .string("Jan 15 00:00:00 2024 GMT"), "notAfter": .string("Jan 14 23:59:59 2025 GMT")]),
                ]),
                "vpcId": .string("vpc-0a1b2c3d4e5f67890"),
                "vpceId": .string("vpce-0a1b2c3d4e5f67890"),
            ]),
            "domainName": .string("abcd1234.execute-api.us-east-1.amazonaws.com"),
            "deploymentId": .string("a1b2c3"),
            "responseOverride": map(["header": map([:])]),
            "apiId": .string("abcd1234"),
            "authorizer": map([
                "claims": map([
                    "sub": .string("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"),
                    "cognito:username": .string("carlos-salazar"),
                    "email": .string("carlos.salazar@example.com"),
                ]),
                "principalId": .string("carlos-salazar"),
            ]),
            "awsEndpointRequestId": .string("0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b"),
            "error": map(["message": .null, "messageString": .null, "responseType": .null, "validationErrorString": .null]),
            "isCanaryRequest": .bool(false),
            "wafResponseCode": .string("WAF_ALLOW"),
            "webaclArn": .string("arn:aws:wafv2:us-east-1:111122223333:regional/webacl/example-web-acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE22222"),
        ])
    }

    /// The defaults as indented JSON, in their fill sequence.
    public static func json() -> String {
        SmartJSONWriter.write(.map(tree()), style: .pretty(indent: 2))
    }

    private static func map(_ entries: KeyValuePairs<String, Value>) -> Value { .map(mapRef(entries)) }

    private static func mapRef(_ entries: KeyValuePairs<String, Value>) -> MapRef {
        let ref = MapRef()
        for (key, value) in entries { ref.entries[MapKey(key)] = value }
        return ref
    }
}
