import Foundation
import Testing

/// `vtlplay invoke` on an invocation with parameter mappings.
@Suite struct InvokeMappingCommandTests {
    static let sample = MapCommandTests.root.appendingPathComponent("samples/invocations/pet-mappings/invocation.yaml").path

    @Test func sampleMapsRequestAndResponseParameters() throws {
        let outcome = try CLI.run(["invoke", Self.sample])
        #expect(outcome.stdout.hasPrefix("""
            Status: 200
            Headers: {Content-Type=application/json, X-Pet-Name=Bella, X-Backend=pets-backend-7, Cache-Control=max-age=60}
            Body:
            {"pet": "Bella"}

            """))
        #expect(outcome.stdout.contains("\nMon Jan 15 12:34:56 UTC 2024 : Endpoint request URI: https://pets.example.com/pets/42?detail=yes\n"))
        #expect(outcome.stdout.contains("\nMon Jan 15 12:34:56 UTC 2024 : Endpoint request headers: {X-Client=demo, X-Request-Id=c6af9ac6-7b61-11e6-9a41-93e8deadbeef, X-Caller=demo}\n"))
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }

    @Test func refusedMappingExitsWithAWSMessage() throws {
        let invocation = try CLI.file("i.yaml", """
            integration:
              type: ECHO
              requestParameters: {integration.request.header.X: method.request.header.Y}
            """)
        let outcome = try CLI.run(["invoke", invocation])
        #expect(outcome.stderr == "\(invocation): error: Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.header.Y]\n")
        #expect(outcome.stdout == "")
        #expect(outcome.status == 1)
    }
}

/// `vtlplay invoke` when a template overrides a parameter twice ("overrides are final").
@Suite struct InvokeFinalOverrideCommandTests {
    @Test func overridingTwiceAnswers500WithTheReasonInTheLog() throws {
        let invocation = try CLI.file("i.yaml", """
            requestTemplates:
              application/json: |
                #set($context.requestOverride.header.X = 'a')
                #set($context.requestOverride.header.X = 'b')
            integration: MOCK
            """)
        let outcome = try CLI.run(["invoke", invocation])
        #expect(outcome.stdout.hasPrefix("""
            Status: 500
            Headers: {Content-Type=application/json}
            Body:
            {"message":"Internal server error"}

            Execution log:
            """))
        #expect(outcome.stdout.contains("""
            Mon Jan 15 12:34:56 UTC 2024 : Execution failed due to configuration error: Unable to transform request
            Mon Jan 15 12:34:56 UTC 2024 : request template (application/json):2:37: error: $context.requestOverride.header.X is overridden twice in this template; overrides are final (API Gateway answers 5XX): set each override once, for example from a variable at the end of the template
            """))
        #expect(outcome.stdout.hasSuffix("Mon Jan 15 12:34:56 UTC 2024 : Method completed with status: 500\n"))
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }
}
