@testable import APIGateway
import Testing
import VTL

@Suite struct ContextTests {
    func render(_ template: String, _ request: MethodRequest = MethodRequest()) -> String {
        let result = MappingRenderer.render(template: template, request: request)
        #expect(result.failure == nil, "\(result.failure?.diagnostic.reason ?? "")")
        return result.output
    }

    @Test func defaults() {
        #expect(render("$context.stage $context.requestTimeEpoch $context.requestTime $context.identity.sourceIp") ==
                "prod 1705322096789 15/Jan/2024:12:34:56 +0000 192.0.2.1")
        #expect(render("[$context.isCanaryRequest][$context.error.message][$context.responseOverride.status]") == "[false][][]")
    }

    @Test func mapsRenderEmpty() {
        #expect(render("[$context][$context.identity][$context.authorizer.claims]") == "[][][]")
    }

    /// The default context's root keys in `HashMap` order (oracle output; 24 keys: capacity 32).
    /// AWS's recorded order for its 18 keys is in the oracle corpus (`examples/aws-12`).
    @Test func rootIteratesInHashMapOrder() {
        #expect(render("#foreach($k in $context.keySet())#if($foreach.count <= 6)$k #end#end") ==
                "resourceId wafResponseCode authorizer resourcePath httpMethod error ")
    }

    @Test func derivedValuesAndMerging() {
        let request = MethodRequest(headers: ["User-Agent": "curl/8.0", "Host": "api.example.com"],
                                    context: ["identity": .map(MapRef([MapKey("sourceIp"): .string("10.0.0.1")])),
                                              "requestTimeEpoch": .int(0)])
        #expect(render("$context.identity.userAgent $context.domainName $context.domainPrefix $context.identity.sourceIp $context.identity.caller $context.requestTime", request)
                == "curl/8.0 api.example.com api 10.0.0.1 ABCD-0000-12345 01/Jan/1970:00:00:00 +0000")
    }

    @Test func authorizerValuesAreStrings() {
        let claims = MapRef([MapKey("admin"): .bool(true)])
        let request = MethodRequest(context: ["authorizer": .map(MapRef([MapKey("count"): .int(3), MapKey("claims"): .map(claims)]))])
        #expect(render("#set($c = $context.authorizer.count)$c.length() $context.authorizer.claims.admin.length()", request) == "1 4")
    }

    @Test func replaceModeHasOnlyTheGivenKeys() {
        let request = MethodRequest(context: ["stage": .string("dev")], contextMode: .replace)
        #expect(render("$context.stage [$context.apiId] $context.keySet().size()", request) == "dev [] 1")
    }

    @Test func stageVariablesInThreeSyntaxes() {
        let request = MethodRequest(stageVariables: ["env": "test"])
        #expect(render("$stageVariables.env $stageVariables['env'] ${stageVariables['env']}", request) == "test test test")
    }

    @Test func requestTimeFormat() {
        #expect(RequestTime.commonLogFormat(epochMilliseconds: 1_705_322_096_789) == "15/Jan/2024:12:34:56 +0000")
        #expect(RequestTime.commonLogFormat(epochMilliseconds: -1) == "31/Dec/1969:23:59:59 +0000")
        #expect(RequestTime.commonLogFormat(epochMilliseconds: 951_782_400_000) == "29/Feb/2000:00:00:00 +0000")
        #expect(RequestTime.javaDate(epochMilliseconds: 1_705_322_096_789) == "Mon Jan 15 12:34:56 UTC 2024")
        #expect(RequestTime.javaDate(epochMilliseconds: -1) == "Wed Dec 31 23:59:59 UTC 1969")
    }

    /// A key the defaults lack still takes its place in API Gateway's key sequence.
    @Test func mergedKeysFollowTheKeySequence() {
        let responseOverride = MapRef([MapKey("extra"): .int(1), MapKey("status"): .int(500)])
        let request = MethodRequest(context: ["responseOverride": .map(responseOverride)])
        let context = ContextBuilder.build(request, order: .insertion)
        guard case .map(let merged)? = context.entries[MapKey("responseOverride")] else { Issue.record("no map"); return }
        #expect(merged.entries.keys.map { Java.toString($0.value) } == ["header", "status", "extra"])
        #expect(merged.rendersEmpty && merged.order == .insertion)
    }

    /// Every request gets its own maps: a change made by one render is not seen by the next.
    @Test func requestsDoNotShareMaps() {
        #expect(render("#set($d = $context.identity.put('sourceIp', 'x'))#set($d = $context.requestOverride.header.put('a', 'b'))$context.identity.sourceIp") == "x")
        #expect(render("$context.identity.sourceIp $context.requestOverride.header.size()") == "192.0.2.1 0")
    }
}
