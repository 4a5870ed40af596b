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
