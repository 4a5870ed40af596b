@testable import APIGateway
import Testing

/// A whole `vtlplay map` run, without the command line: files in, outcome and report out.
@Suite struct MappingRunTests {
    static let authMapping = SourceText(name: "mapping.txt", text: "'integration.request.header.authToken'='route.request.querystring.authToken'")
    static let getRoute = SourceText(name: "route.json", text: #"{"RouteKey": "$connect", "RequestParameters": {"route.request.querystring.authToken": {"Required": true}}}"#)

    @Test func routeComesFromAGetRouteFile() throws {
        let outcome = MappingRun(api: .webSocket).run(
            mapping: Self.authMapping, declarations: Self.getRoute,
            request: SourceText(name: "request.json", text: #"{"querystring": {"authToken": "t"}}"#)
        )
        guard case .mapped(let route, .request, let result) = outcome else { Issue.record("\(outcome)"); return }
        #expect(route == "$connect")
        #expect(result.parameters.header == ["authToken": "t"])
    }

    @Test func requiredParameterMissingOnConnect() {
        let outcome = MappingRun(api: .webSocket).run(mapping: Self.authMapping, declarations: Self.getRoute, request: nil)
        guard case .rejected(let rejection) = outcome else { Issue.record("\(outcome)"); return }
        #expect(rejection.description == #"400 {"message": "Missing required request parameters: [authToken]"}"#)
    }

    @Test func routeSelectionExpressionPicksTheRouteAndItsContext() throws {
        let outcome = MappingRun(api: .webSocket, routeSelectionExpression: "$request.body.action").run(
            mapping: SourceText(name: "m.json", text: #"{"integration.request.header.route": "context.routeKey", "integration.request.header.event": "context.eventType"}"#),
            declarations: nil,
            request: SourceText(name: "r.json", text: #"{"body": "{\"action\": \"sendmessage\"}"}"#)
        )
        guard case .mapped(let route, _, let result) = outcome else { Issue.record("\(outcome)"); return }
        #expect(route == "sendmessage")
        #expect(result.parameters.header == ["route": "sendmessage", "event": "MESSAGE"])
    }

    @Test func contextDerivesFromHeadersUnlessOverridden() throws {
        let outcome = MappingRun(api: .rest).run(
            mapping: SourceText(name: "m.json", text: #"{"integration.request.header.ua": "context.identity.userAgent", "integration.request.header.d": "context.domainName", "integration.request.header.p": "context.domainPrefix"}"#),
            declarations: nil,
            request: SourceText(name: "r.json", text: #"{"headers": {"user-agent": "test/2", "Host": "api.example.com"}, "context": {"domainName": "custom.example.com"}}"#)
        )
        guard case .mapped(_, _, let result) = outcome else { Issue.record("\(outcome)"); return }
        #expect(result.parameters.header == ["ua": "test/2", "d": "custom.example.com", "p": "api"])
    }

    @Test func declarationsFileWithMappingsIsUnreadable() {
        let outcome = MappingRun(api: .webSocket).run(mapping: Self.authMapping, declarations: Self.authMapping, request: nil)
        guard case .unreadable(let message) = outcome else { Issue.record("\(outcome)"); return }
        #expect(message.hasPrefix("mapping.txt:1:1: error: expected parameter declarations"))
    }

    @Test func badRequestFileNamesItsPosition() {
        let outcome = MappingRun(api: .rest).run(
            mapping: SourceText(name: "m.json", text: #"{"integration.request.header.a": "'b'"}"#),
            declarations: nil,
            request: SourceText(name: "r.json", text: "{\n  \"headers\": [1]\n}")
        )
        guard case .unreadable(let message) = outcome else { Issue.record("\(outcome)"); return }
        #expect(message == "r.json:2:14: error: expected \"headers\" to be an object of name to value, found an array\n  \"headers\": [1]\n             ^")
    }

    @Test func undeclaredRestParameterGetsAHint() {
        let outcome = MappingRun(api: .rest).run(
            mapping: SourceText(name: "m.json", text: #"{"integration.request.path.page": "method.request.path.page"}"#),
            declarations: nil, request: nil
        )
        guard case .invalid(let error, let notes, let hint) = outcome else { Issue.record("\(outcome)"); return }
        #expect(error.message == "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.path.page]")
        #expect(hint?.contains("requestParameters") == true)
        #expect(notes == ["m.json:1:2: error: Invalid mapping expression parameter specified: method.request.path.page\n{\"integration.request.path.page\": \"method.request.path.page\"}\n ^"])
    }

    @Test func notesPointAtEachEntryAtFault() {
        let outcome = MappingRun(api: .webSocket, route: "sendmessage").run(
            mapping: SourceText(name: "integration.yaml", text: """
            RequestParameters:
              integration.request.header.a: context.connectionId
              integration.request.header.b: route.request.header.Auth
              integration.request.header.c: "'unterminated"
            """),
            declarations: SourceText(name: "route.json", text: "{\n  \"route.request.header.Auth\": {\"Required\": true}\n}"),
            request: nil
        )
        guard case .invalid(let error, let notes, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(error.errors == ["Invalid mapping expression parameter specified: route.request.header.Auth"])
        #expect(notes == ["route.json:2:3: error: Invalid mapping expression parameter specified: route.request.header.Auth\n  \"route.request.header.Auth\": {\"Required\": true}\n  ^"])
    }

    @Test func notesForSeveralMappings() {
        let outcome = MappingRun(api: .webSocket, route: "$connect").run(
            mapping: SourceText(name: "m.txt", text: "integration.request.header.a=context.connectionId\nintegration.request.header.b=route.request.header.Auth integration.request.header.c=nonsense"),
            declarations: nil, request: nil
        )
        guard case .invalid(let error, let notes, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(error.errors.count == 2)
        #expect(notes.map { $0.prefix { $0 != "\n" } } == [
            "m.txt:2:1: error: Invalid mapping expression parameter specified: route.request.header.Auth",
            "m.txt:2:56: error: Invalid mapping expression specified: nonsense",
        ])
    }

    @Test func responseSideReport() throws {
        let outcome = MappingRun(api: .rest).run(
            mapping: SourceText(name: "ir.json", text: #"{"responseParameters": {"method.response.header.Location": "integration.response.body.redirect.url"}}"#),
            declarations: SourceText(name: "mr.json", text: #"{"responseParameters": {"method.response.header.Location": true}}"#),
            request: SourceText(name: "r.yaml", text: """
            integrationResponse:
              body: '{"redirect": {"url": "https://example.com/"}}'
            """)
        )
        guard case .mapped(nil, .response, let result) = outcome else { Issue.record("\(outcome)"); return }
        #expect(MappingReport.json(result, side: .response) == "{\n  \"header\": {\n    \"Location\": \"https://example.com/\"\n  }\n}\n")
        #expect(MappingReport.text(result, side: .response, route: nil) == """
        method response:
          header:
            Location: https://example.com/

        mappings:
          method.response.header.Location = integration.response.body.redirect.url
            kind: integration response body JSONPath
            looked up: JSONPath $.redirect.url in the integration response body
            value: "https://example.com/"

        """)
    }

    @Test func reportOfAMissingValue() throws {
        let result = try mapped([MappingEntry("integration.request.header.x", "stageVariables.nope")], api: .rest, request: MappingRequest())
        #expect(MappingReport.text(result, side: .request, route: nil) == """
        integration request:
          header: (none)
          querystring: (none)
          path: (none)

        mappings:
          integration.request.header.x = stageVariables.nope
            kind: stage variable
            looked up: stage variable "nope"
            missing: the stage has no such variable; integration.request.header.x is not set

        """)
    }
}
