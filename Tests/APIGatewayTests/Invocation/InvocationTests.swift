import APIGateway
import Testing

@Suite struct InvocationTests {
    func invoke(_ yaml: String) throws -> InvocationResult {
        Invoker.invoke(try Invocation(parsing: yaml, file: "invocation.yaml"))
    }

    @Test func mockStatusComesFromTheRequestTemplate() throws {
        let result = try invoke("""
            request:
              querystring: {scope: external}
            requestTemplates:
              application/json: '{ #if( $input.params("scope") == "internal" ) "statusCode": 200 #else "statusCode": 500 #end }'
            integration: MOCK
            integrationResponses:
              - selectionPattern: "5\\\\d{2}"
                statusCode: 500
                responseTemplates:
                  application/json: '{"message": "The invoked method is not supported on the API resource."}'
              - statusCode: 200
                responseTemplates:
                  application/json: '{"message": "Go ahead without me."}'
            """)
        #expect(result.status == 500)
        #expect(result.body == #"{"message": "The invoked method is not supported on the API resource."}"#)
        #expect(result.log.contains { $0.hasPrefix("Mon Jan 15 12:34:56 UTC 2024 : Endpoint request body after transformations: {") && $0.contains("\"statusCode\": 500") })
        #expect(result.log.last == "Mon Jan 15 12:34:56 UTC 2024 : Method completed with status: 500")
    }

    @Test func templateChosenByContentType() throws {
        let result = try invoke("""
            request:
              body: 'a=1'
              headers: {Content-Type: text/plain; charset=utf-8}
            requestTemplates:
              application/json: 'json'
              text/plain: 'text $input.body'
            integration: ECHO
            """)
        #expect(result.status == 200)
        #expect(result.body == "text a=1")
    }

    @Test(arguments: [
        ("WHEN_NO_MATCH", 200, "raw"),
        ("WHEN_NO_TEMPLATES", 415, #"{"message":"Unsupported Media Type"}"#),
        ("NEVER", 415, #"{"message":"Unsupported Media Type"}"#),
    ])
    func passthroughBehavior(behavior: String, status: Int, body: String) throws {
        let result = try invoke("""
            request:
              body: raw
              headers: {Content-Type: text/csv}
            requestTemplates:
              application/json: 'json'
            passthroughBehavior: \(behavior)
            integration: ECHO
            """)
        #expect(result.status == status)
        #expect(result.body == body)
    }

    @Test func responseTemplateChosenByAcceptAndOverrides() throws {
        let result = try invoke("""
            request:
              headers: {Accept: application/xml}
            integration: {type: HTTP, status: 200, body: '{"id": 7}'}
            responseTemplates:
              application/json: 'json'
              application/xml: '#set($context.responseOverride.status = 201)#set($context.responseOverride.header.Location = "/items/$input.path(''$.id'')")<id>$input.path(''$.id'')</id>'
            """)
        #expect(result.status == 201)
        #expect(result.body == "<id>7</id>")
        #expect(result.headers.map(\.name) == ["Content-Type", "Location"])
        #expect(result.headers.last?.value == "/items/7")
    }

    @Test func requestOverridesReachTheResponseTemplate() throws {
        let result = try invoke("""
            requestTemplates:
              application/json: '#set($context.requestOverride.header.X-Test = "1")#set($context.requestOverride.querystring.q = "v"){"statusCode": 200}'
            responseTemplates:
              application/json: '$context.requestOverride.querystring.q'
            """)
        #expect(result.body == "v")
    }

    @Test func templateFailureIs500WithThePosition() throws {
        let result = try invoke("""
            requestTemplates:
              application/json: '$util.urlDecode("%zz")'
            """)
        #expect(result.status == 500)
        #expect(result.body == #"{"message":"Internal server error"}"#)
        #expect(result.log.contains("Mon Jan 15 12:34:56 UTC 2024 : Execution failed due to configuration error: Unable to transform request"))
    }

    @Test func badInvocationFile() {
        #expect(throws: DocumentError(file: "invocation.yaml", line: 1, column: 14, reason: "integration type must be MOCK, ECHO or HTTP, not 'SQS'")) {
            try Invocation(parsing: "integration: SQS", file: "invocation.yaml")
        }
    }
}

/// "Overrides are final" in a whole invocation: the Test button answers 500.
@Suite struct FinalOverrideInvocationTests {
    @Test(arguments: [
        ("request template", """
            requestTemplates:
              application/json: |
                #set($context.requestOverride.header.X = 'a')
                #set($context.requestOverride.header.X = 'b')
                {"statusCode": 200}
            """, "request"),
        ("response template", """
            integrationResponses:
              - responseTemplates:
                  application/json: |
                    #set($context.responseOverride.status = 201)
                    #set($context.responseOverride.status = 202)
            """, "response"),
    ])
    func overridingTwiceFailsTheInvocation(name: String, templates: String, stage: String) throws {
        let result = Invoker.invoke(try Invocation(parsing: "integration: MOCK\n" + templates, file: "invocation.yaml"))
        #expect(result.status == 500)
        #expect(result.body == #"{"message":"Internal server error"}"#)
        let failed = try #require(result.log.firstIndex(of: "Mon Jan 15 12:34:56 UTC 2024 : Execution failed due to configuration error: Unable to transform \(stage)"))
        #expect(result.log[failed + 1].contains(":2:"))
        #expect(result.log[failed + 1].contains("is overridden twice in this template; overrides are final (API Gateway answers 5XX)"))
        #expect(result.log.last == "Mon Jan 15 12:34:56 UTC 2024 : Method completed with status: 500")
    }

    @Test func eachTemplateAppliesItsOwnOverridesOnce() throws {
        let result = Invoker.invoke(try Invocation(parsing: """
            requestTemplates:
              application/json: '#set($context.responseOverride.status = 201)#set($context.responseOverride.header.X = "req"){"statusCode": 200}'
            integration: MOCK
            integrationResponses:
              - responseTemplates:
                  application/json: '#set($context.responseOverride.status = 202)#set($context.responseOverride.header.X = "resp")done'
            """, file: "invocation.yaml"))
        #expect(result.status == 202)
        #expect(result.body == "done")
        #expect(result.headers.contains { $0.name == "X" && $0.value == "resp" })
    }
}
