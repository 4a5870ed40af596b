import Foundation
import Testing

/// `render --request`, `render --batch`, `invoke`: outputs, messages and exit statuses.
@Suite struct MappingCommandTests {
    @Test func renderWithARequest() throws {
        let template = try CLI.file("t.vtl", "$input.params('id') $input.json('$.a') $context.httpMethod")
        let request = try CLI.file("r.yaml", "path: {id: '7'}\nbody: '{\"a\": [1]}'\ncontext: {httpMethod: POST}\n")
        let outcome = try CLI.run(["render", template, "--request", request])
        #expect(outcome.stdout == "7 [1] POST")
        #expect(outcome.status == 0)
    }

    @Test func badRequestFileGivesItsPosition() throws {
        let template = try CLI.file("t.vtl", "x")
        let request = try CLI.file("r.json", "{\n  \"header\": {}\n}")
        let outcome = try CLI.run(["render", template, "--request", request])
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "\(request):2:3: error: unknown field 'header' in request (expected one of body, path, querystring, headers, stageVariables, context, contextMode)\n  \"header\": {}\n  ^\n")
        #expect(outcome.status == 1)
    }

    @Test func payloadErrorShowsAPIGatewaysAnswer() throws {
        let template = try CLI.file("t.vtl", "$input.path('$')")
        let request = try CLI.file("r.json", "{\"body\": \"{a\"}")
        let outcome = try CLI.run(["render", template, "--request", request])
        #expect(outcome.stderr.hasSuffix("API Gateway answers 400: {\"message\": \"Could not process payloadnet.minidev.json.parser.ParseException: Unexpected End Of File position 1: null\"}\n"))
        #expect(outcome.status == 1)
    }

    @Test func batchWritesOneLinePerCase() throws {
        let cases = try CLI.file("c.jsonl", """
            {"id": 1, "template": "$util.base64Encode('hi')"}

            {"id": 2, "template": "#if(", "request": {}}
            not json
            """)
        let outcome = try CLI.run(["render", "--batch", cases])
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"id":1,"output":"aGk=","status":200}"#)
        #expect(lines[1].hasPrefix(#"{"id":2,"error":"template:1:"#))
        #expect(lines[2].hasPrefix(#"{"id":null,"error":"line 4: invalid JSON"#))
        #expect(outcome.status == 0)
    }

    @Test func batchLineWithInvalidUTF8FailsAlone() throws {
        let path = try CLI.file("c.jsonl", "")
        try Data([UInt8](#"{"id":1,"template":"a"#.utf8) + [0xFF] + [UInt8](#""}"#.utf8) + [0x0A] + [UInt8](#"{"id":2,"template":"b"}"#.utf8))
            .write(to: URL(fileURLWithPath: path))
        let outcome = try CLI.run(["render", "--batch", path])
        #expect(outcome.stdout == #"{"id":null,"error":"line 1: the file is not valid UTF-8 (column 22)","status":null}"# + "\n" + #"{"id":2,"output":"b","status":200}"# + "\n")
    }

    @Test func batchScore() throws {
        let cases = try CLI.file("c.jsonl", """
            {"id": "good", "template": "a", "expected": "a", "expected_status": 200, "compare": "exact"}
            {"id": "bad", "template": "a", "expected": "b", "expected_status": 200, "compare": "exact"}
            """)
        let outcome = try CLI.run(["render", "--batch", cases, "--score"])
        #expect(outcome.stderr == "FAIL bad\n1 passed, 1 failed\n")
        #expect(outcome.status == 1)
    }

    /// Identical to the oracle's `render --print-default-context`.
    @Test func printDefaultContext() throws {
        let outcome = try CLI.run(["render", "--print-default-context"])
        #expect(outcome.stdout.hasPrefix("{\n  \"resourceId\": \"efg567\",\n  \"resourcePath\": \"/\",\n"))
        #expect(outcome.stdout.contains("\n  \"requestTimeEpoch\": 1705322096789,\n"))
        #expect(outcome.stdout.hasSuffix("\"webaclArn\": \"arn:aws:wafv2:us-east-1:111122223333:regional/webacl/example-web-acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE22222\"\n}\n"))
        #expect(outcome.status == 0)
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["render"]).status == 64)
        #expect(try CLI.run(["render", "t.vtl", "--batch", "c.jsonl"]).status == 64)
    }

    @Test func invoke() throws {
        let invocation = try CLI.file("i.yaml", """
            request: {body: '{"n": 1}'}
            requestTemplates:
              application/json: '{"statusCode": 200}'
            responseTemplates:
              application/json: '#set($context.responseOverride.status = 202)accepted'
            """)
        let outcome = try CLI.run(["invoke", invocation])
        #expect(outcome.stdout.hasPrefix("Status: 202\nHeaders: {Content-Type=application/json}\nBody:\naccepted\n"))
        #expect(outcome.stdout.contains("Method response body after transformations: accepted\n"))
        #expect(outcome.status == 0)
        #expect(try CLI.run(["invoke", invocation, "--body-only"]).stdout == "accepted")
    }

    @Test func invokeBadFile() throws {
        let invocation = try CLI.file("i.yaml", "integration:\n  type: SQS\n")
        let outcome = try CLI.run(["invoke", invocation])
        #expect(outcome.stderr == "\(invocation):2:3: error: integration type must be MOCK, ECHO or HTTP, not 'SQS'\n  type: SQS\n  ^\n")
        #expect(outcome.status == 1)
    }
}
