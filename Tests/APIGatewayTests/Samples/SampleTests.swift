import APIGateway
import Foundation
import Testing

/// Every sample under `samples/` renders exactly as the oracle (real Velocity 1.7
/// with API Gateway's configuration) did: `expected.txt`.
@Suite struct SampleTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    /// `docs/NAME` and `integrations/NAME`, every folder with a template.
    static let names: [String] = ["docs", "integrations"].flatMap { group in
        let folder = root.appendingPathComponent(group)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.sorted()
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("template.vtl").path) }
            .map { "\(group)/\($0)" }
    }

    @Test(arguments: names)
    func sample(name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let template = try String(contentsOf: folder.appendingPathComponent("template.vtl"), encoding: .utf8)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let request = try MethodRequest(contentsOf: folder.appendingPathComponent("request.json").path)
        let result = MappingRenderer.render(template: template, name: "\(name)/template.vtl", request: request)
        #expect(result.failure == nil, "\(result.failure?.diagnostic.reason ?? "")")
        #expect(result.output == expected)
    }

    @Test func samplesAreFound() {
        #expect(Self.names.count >= 18)
    }
}

/// The invocation samples run end to end.
@Suite struct InvocationSampleTests {
    @Test(arguments: [
        ("integrations/response-override/invocation.yaml", 404, #"{"message": "Order 'A-1001' was not found"}"# + "\n"),
        ("invocations/pet-mappings/invocation.yaml", 200, #"{"pet": "Bella"}"#),
        ("invocations/override-once/invocation.yaml", 409, #"{"outOfStock": 2}"# + "\n"),
        ("invocations/mock-scope/invocation.yaml", 500, "{\n    \"statusCode\": 500,\n    \"message\": \"The invoked method is not supported on the API resource.\"\n}\n"),
    ])
    func invocation(path: String, status: Int, body: String) throws {
        let invocation = try Invocation(contentsOf: SampleTests.root.appendingPathComponent(path).path)
        let result = Invoker.invoke(invocation)
        #expect(result.status == status)
        #expect(result.body == body)
        #expect(result.log.last?.hasSuffix(" : Method completed with status: \(status)") == true)
    }
}
