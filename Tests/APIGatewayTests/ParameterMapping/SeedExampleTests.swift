@testable import APIGateway
import Testing

/// The two examples of the WebSocket data mapping page.
@Suite struct SeedExampleTests {
    @Test func connectionIdIntoAHeader() throws {
        let result = try mapped(
            [MappingEntry("integration.request.header.connectionId", "context.connectionId")],
            api: .webSocket, route: "$connect", request: connectRequest()
        )
        #expect(result.parameters == MappedParameters(header: ["connectionId": "L0SM9cOFvHcCIhw="]))
        #expect(result.steps[0].lookedUp == "$context.connectionId")
    }

    @Test func connectionIdOnAMessageRoute() throws {
        var request = connectRequest()
        request.context = DefaultContexts.webSocket(route: "sendmessage").merging(.object(["connectionId": .value("abc=")]))
        let result = try mapped(
            [MappingEntry("integration.request.header.connectionId", "context.connectionId")],
            api: .webSocket, route: "sendmessage", request: request
        )
        #expect(result.parameters.header == ["connectionId": "abc="])
    }

    @Test func authTokenQueryStringIntoAHeaderOnceDeclared() throws {
        let result = try mapped(
            [MappingEntry("integration.request.header.authToken", "route.request.querystring.authToken")],
            api: .webSocket, route: "$connect",
            declarations: [DeclarationEntry("route.request.querystring.authToken", required: false)],
            request: connectRequest(query: ["authToken": ["abc123"]])
        )
        #expect(result.parameters == MappedParameters(header: ["authToken": "abc123"]))
        #expect(result.steps[0].explanation == [
            "integration.request.header.authToken = route.request.querystring.authToken",
            "  kind: request query string parameter",
            "  looked up: query string parameter \"authToken\" of the request",
            "  value: \"abc123\"",
        ])
    }

    @Test func authTokenWithoutTheRouteDeclarationIsRejected() {
        let error = validationError(
            [MappingEntry("integration.request.header.authToken", "route.request.querystring.authToken")],
            api: .webSocket, route: "$connect"
        )
        #expect(error?.message == awsMessage("Invalid mapping expression parameter specified: route.request.querystring.authToken"))
    }

    @Test func optionalAuthTokenMissingLeavesTheHeaderOut() throws {
        let result = try mapped(
            [MappingEntry("integration.request.header.authToken", "route.request.querystring.authToken")],
            api: .webSocket, route: "$connect",
            declarations: [DeclarationEntry("route.request.querystring.authToken", required: false)],
            request: connectRequest()
        )
        #expect(result.parameters == MappedParameters())
        #expect(result.steps[0].outcome == .missing("the request has no such query string parameter (names are case-sensitive)"))
    }

    @Test func requiredAuthTokenMissingRejectsTheConnection() {
        #expect(throws: MappingRejection(status: 400, message: "Missing required request parameters: [authToken]")) {
            try mapped(
                [MappingEntry("integration.request.header.authToken", "route.request.querystring.authToken")],
                api: .webSocket, route: "$connect",
                declarations: [DeclarationEntry("route.request.querystring.authToken", required: true)],
                request: connectRequest()
            )
        }
    }
}
