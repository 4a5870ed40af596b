/// What API Gateway's mapping-template variables, functions and VTL directives
/// mean, after the AWS mapping-template reference (`seeds/003`). The REPL's `:explain`
/// and the debugger's `explain` show these, and Tab completion offers the names.
public enum Reference {
    /// One documented name (`$input.json(x)` is listed as `$input.json(`) and its meaning.
    public struct Entry: Sendable {
        public var name: String
        public var meaning: String
    }

    /// `$input` members.
    public static let input: [Entry] = [
        Entry(name: "$input", meaning: "the method request: its payload (body) and parameters (path, query string, headers)"),
        Entry(name: "$input.body", meaning: "the raw request payload as a string (\"{}\" when the body is empty)"),
        Entry(name: "$input.json(", meaning: "evaluates a JSONPath expression against the body and returns the result as a JSON string; no match gives \"\""),
        Entry(name: "$input.params(", meaning: "with no argument: a map of all request parameters {path, querystring, header}; with a name: that parameter from the path, else the query string, else the headers (\"\" if absent)"),
        Entry(name: "$input.path(", meaning: "evaluates a JSONPath expression against the body and returns an object (a Map, a JSON array, a String, ...) you can call .size(), .get(...) on"),
    ]

    /// `$util` functions.
    public static let util: [Entry] = [
        Entry(name: "$util", meaning: "utility functions for mapping templates (UTF-8 unless stated)"),
        Entry(name: "$util.escapeJavaScript(", meaning: "escapes a string using JavaScript string rules; note it turns ' into \\' which is not valid inside JSON"),
        Entry(name: "$util.parseJson(", meaning: "takes \"stringified\" JSON and returns an object (Map, JSON array, ...) you can navigate in VTL"),
        Entry(name: "$util.urlEncode(", meaning: "converts a string into application/x-www-form-urlencoded format (space becomes +)"),
        Entry(name: "$util.urlDecode(", meaning: "decodes an application/x-www-form-urlencoded string; a malformed % escape is an error"),
        Entry(name: "$util.base64Encode(", meaning: "encodes the string's UTF-8 bytes as base64"),
        Entry(name: "$util.base64Decode(", meaning: "decodes base64 data into a string"),
    ]

    /// `$stageVariables`.
    public static let stageVariables: [Entry] = [
        Entry(name: "$stageVariables", meaning: "the stage variables of the deployment stage; $stageVariables.name, $stageVariables['name'] or ${stageVariables['name']}"),
    ]

    /// `$context` variables for mapping templates (access-logging-only ones excluded).
    public static let context: [Entry] = [
        Entry(name: "$context", meaning: "information about the request, the API and the caller (renders as \"\" itself)"),
        Entry(name: "$context.accountId", meaning: "the API owner's AWS account ID"),
        Entry(name: "$context.apiId", meaning: "the identifier API Gateway assigns to your API"),
        Entry(name: "$context.authorizer.claims", meaning: "the claims returned from the Amazon Cognito user pool after the caller is authenticated; use $context.authorizer.claims.property"),
        Entry(name: "$context.authorizer.principalId", meaning: "the principal user identification returned by a Lambda authorizer"),
        Entry(name: "$context.authorizer", meaning: "the stringified values of the context map a Lambda authorizer returned ($context.authorizer.key)"),
        Entry(name: "$context.awsEndpointRequestId", meaning: "the AWS endpoint's request ID"),
        Entry(name: "$context.deploymentId", meaning: "the ID of the API deployment"),
        Entry(name: "$context.domainName", meaning: "the full domain name used to invoke the API (the Host header)"),
        Entry(name: "$context.domainPrefix", meaning: "the first label of $context.domainName"),
        Entry(name: "$context.error.message", meaning: "an API Gateway error message (gateway responses and access logs only; null here)"),
        Entry(name: "$context.error.messageString", meaning: "the quoted value of $context.error.message"),
        Entry(name: "$context.error.responseType", meaning: "a type of GatewayResponse (gateway responses and access logs only)"),
        Entry(name: "$context.error.validationErrorString", meaning: "a detailed validation error message"),
        Entry(name: "$context.extendedRequestId", meaning: "the extended request ID API Gateway generates, useful for troubleshooting"),
        Entry(name: "$context.httpMethod", meaning: "the HTTP method used: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT"),
        Entry(name: "$context.identity.accountId", meaning: "the AWS account ID associated with the request"),
        Entry(name: "$context.identity.apiKey", meaning: "the API key of the method request, for methods that require one (else null)"),
        Entry(name: "$context.identity.apiKeyId", meaning: "the ID of the API key of the request"),
        Entry(name: "$context.identity.caller", meaning: "the principal identifier of the caller that signed the request (IAM authorization)"),
        Entry(name: "$context.identity.cognitoAuthenticationProvider", meaning: "a comma-separated list of the Amazon Cognito authentication providers the caller used"),
        Entry(name: "$context.identity.cognitoAuthenticationType", meaning: "the Amazon Cognito authentication type: authenticated or unauthenticated"),
        Entry(name: "$context.identity.cognitoIdentityId", meaning: "the Amazon Cognito identity ID of the caller"),
        Entry(name: "$context.identity.cognitoIdentityPoolId", meaning: "the Amazon Cognito identity pool ID of the caller"),
        Entry(name: "$context.identity.principalOrgId", meaning: "the AWS organization ID"),
        Entry(name: "$context.identity.sourceIp", meaning: "the source IP address of the TCP connection making the request"),
        Entry(name: "$context.identity.clientCert.clientCertPem", meaning: "the PEM-encoded client certificate presented during mutual TLS"),
        Entry(name: "$context.identity.clientCert.subjectDN", meaning: "the distinguished name of the subject of the client certificate"),
        Entry(name: "$context.identity.clientCert.issuerDN", meaning: "the distinguished name of the issuer of the client certificate"),
        Entry(name: "$context.identity.clientCert.serialNumber", meaning: "the serial number of the client certificate"),
        Entry(name: "$context.identity.clientCert.validity.notBefore", meaning: "the date before which the client certificate is invalid"),
        Entry(name: "$context.identity.clientCert.validity.notAfter", meaning: "the date after which the client certificate is invalid"),
        Entry(name: "$context.identity.vpcId", meaning: "the ID of the VPC making the request"),
        Entry(name: "$context.identity.vpceId", meaning: "the VPC endpoint ID making the request (private APIs only)"),
        Entry(name: "$context.identity.user", meaning: "the principal identifier of the user that will be authorized (IAM authorization)"),
        Entry(name: "$context.identity.userAgent", meaning: "the User-Agent header of the caller"),
        Entry(name: "$context.identity.userArn", meaning: "the ARN of the effective user identified after authentication"),
        Entry(name: "$context.isCanaryRequest", meaning: "true if the request went to the canary, else false (a Boolean)"),
        Entry(name: "$context.path", meaning: "the request path, e.g. /{stage}/root/child"),
        Entry(name: "$context.protocol", meaning: "the request protocol, e.g. HTTP/1.1"),
        Entry(name: "$context.requestId", meaning: "an ID for the request (clients can override it; see extendedRequestId)"),
        Entry(name: "$context.requestOverride.header", meaning: "request header overrides: #set($context.requestOverride.header.name = ...) replaces the integration's header"),
        Entry(name: "$context.requestOverride.path", meaning: "request path overrides, replacing the integration's path parameters"),
        Entry(name: "$context.requestOverride.querystring", meaning: "request query string overrides, replacing the integration's query strings"),
        Entry(name: "$context.responseOverride.header", meaning: "response header overrides, replacing the method response's headers"),
        Entry(name: "$context.responseOverride.status", meaning: "the response status override: #set($context.responseOverride.status = 400)"),
        Entry(name: "$context.requestTime", meaning: "the request time in CLF format (dd/MMM/yyyy:HH:mm:ss +-hhmm)"),
        Entry(name: "$context.requestTimeEpoch", meaning: "the request time in epoch milliseconds (a Long)"),
        Entry(name: "$context.resourceId", meaning: "the identifier API Gateway assigns to your resource"),
        Entry(name: "$context.resourcePath", meaning: "the path to your resource, e.g. /root/child"),
        Entry(name: "$context.stage", meaning: "the deployment stage of the request, e.g. prod or beta"),
        Entry(name: "$context.wafResponseCode", meaning: "the response from AWS WAF: WAF_ALLOW or WAF_BLOCK (absent without a web ACL)"),
        Entry(name: "$context.webaclArn", meaning: "the ARN of the web ACL deciding whether to allow the request"),
    ]

    /// VTL directives and their API Gateway caveats.
    public static let directives: [Entry] = [
        Entry(name: "#set", meaning: "assigns a variable: #set($x = value); with a null value the assignment is skipped"),
        Entry(name: "#if", meaning: "renders its block when the condition is true; on API Gateway an undefined reference is \"\" and counts as true"),
        Entry(name: "#elseif", meaning: "another condition, tried when the ones before were false"),
        Entry(name: "#else", meaning: "the block rendered when no condition was true"),
        Entry(name: "#end", meaning: "closes #if, #foreach, #macro or #define"),
        Entry(name: "#foreach", meaning: "repeats its block for each item: #foreach($item in $list); $foreach.hasNext, $foreach.index, $foreach.count; stops after 1,000 iterations on API Gateway"),
        Entry(name: "#break", meaning: "leaves the innermost #foreach"),
        Entry(name: "#stop", meaning: "stops rendering: the output so far is the result"),
        Entry(name: "#macro", meaning: "defines a macro; API Gateway ignores inline macros, so a call prints as written"),
        Entry(name: "#define", meaning: "stores a block of template in a reference, rendered where used"),
        Entry(name: "#parse", meaning: "includes another template: fails on API Gateway (there are no template files)"),
        Entry(name: "#include", meaning: "includes a file: fails on API Gateway (there are no files)"),
        Entry(name: "#evaluate", meaning: "renders a string as a template: API Gateway prints it as written"),
        Entry(name: "##", meaning: "a comment to the end of the line"),
        Entry(name: "#*", meaning: "a block comment, up to *#"),
    ]

    /// Java methods available on the values templates handle.
    public static let methods: [Entry] = [
        Entry(name: "size", meaning: "the number of items of a list, a JSON array or a map"),
        Entry(name: "get", meaning: "a map's value for a key, or a list's item at an index (from 0)"),
        Entry(name: "keySet", meaning: "the keys of a map"),
        Entry(name: "values", meaning: "the values of a map"),
        Entry(name: "entrySet", meaning: "the key/value pairs of a map (.key, .value)"),
        Entry(name: "containsKey", meaning: "whether a map has a key"),
        Entry(name: "contains", meaning: "whether a list holds a value, or a string contains a text"),
        Entry(name: "isEmpty", meaning: "whether a string, list or map is empty"),
        Entry(name: "put", meaning: "sets a map entry (prints the previous value; wrap it in #set($ignored = ...) to hide it)"),
        Entry(name: "add", meaning: "appends to a list (prints true; wrap it in #set($ignored = ...) to hide it)"),
        Entry(name: "remove", meaning: "removes a map entry or a list item"),
        Entry(name: "length", meaning: "the number of UTF-16 units of a string"),
        Entry(name: "substring", meaning: "part of a string: substring(begin) or substring(begin, end)"),
        Entry(name: "indexOf", meaning: "the position of a text in a string, or -1"),
        Entry(name: "replace", meaning: "replaces every occurrence of a text"),
        Entry(name: "replaceAll", meaning: "replaces every match of a Java regular expression"),
        Entry(name: "split", meaning: "splits a string around matches of a Java regular expression"),
        Entry(name: "toLowerCase", meaning: "the string in lower case"),
        Entry(name: "toUpperCase", meaning: "the string in upper case"),
        Entry(name: "trim", meaning: "the string without leading and trailing spaces"),
        Entry(name: "startsWith", meaning: "whether a string starts with a text"),
        Entry(name: "endsWith", meaning: "whether a string ends with a text"),
        Entry(name: "equals", meaning: "whether two values are equal (same type and contents)"),
        Entry(name: "matches", meaning: "whether the whole string matches a Java regular expression"),
        Entry(name: "toString", meaning: "the value as text"),
    ]

    /// Every documented reference name, for completion (`$input.json(` keeps its parenthesis).
    public static var referenceNames: [String] {
        (input + util + stageVariables + context).map(\.name)
    }

    /// The entry for a reference path such as `$context.identity.sourceIp` or `$input.json(`.
    public static func lookup(reference name: String) -> Entry? {
        (input + util + stageVariables + context).first { $0.name == name }
    }
}
