import APIGateway
import Testing

@Suite struct BatchTests {
    func run(_ line: String) -> String {
        BatchRunner.run(line: line, number: 1, file: "cases.jsonl").1.line
    }

    @Test func outputLine() {
        #expect(run(#"{"id": "a", "template": "$input.params('x')", "request": {"querystring": {"x": "1"}}}"#) ==
                #"{"id":"a","output":"1","status":200}"#)
    }

    @Test func idsOfAnyType() {
        #expect(run(#"{"id": [1, {"k": null}], "template": "t"}"#) == #"{"id":[1,{"k":null}],"output":"t","status":200}"#)
    }

    @Test func errorLines() {
        #expect(run(#"{"id": 1, "template": "\"$input.path('$')\"", "request": {"body": "{a"}}"#) ==
                #"{"id":1,"error":"Could not process payloadnet.minidev.json.parser.ParseException: Unexpected End Of File position 1: null","status":400}"#)
        #expect(run(#"{"id": 2, "template": "$util.urlDecode('%')"}"#) ==
                #"{"id":2,"error":"template:1:6: java.lang.IllegalArgumentException: URLDecoder: Incomplete trailing escape (%) pattern","status":500}"#)
        #expect(run("{not json") == #"{"id":null,"error":"line 1: invalid JSON: expected a string key (column 2)","status":null}"#)
        #expect(run(#"{"id": 3}"#) == #"{"id":null,"error":"line 1: the case needs a string \"template\" (column 1)","status":null}"#)
    }

    @Test func twoStageMockCarriesTheContext() {
        let line = ##"{"id": "m", "request_template": "#set($context.responseOverride.status = 444)#set($context.requestOverride.path.body = $input.body){\"statusCode\": 200}", "template": "$context.requestOverride.path.body|$input.body", "request": {"body": "{\"a\": 1}"}, "integration": "MOCK"}"##
        #expect(run(line) == #"{"id":"m","output":"{\"a\": 1}|{}","status":444}"#)
    }

    @Test func twoStageEchoPassesTheRenderedBody() {
        let line = #"{"id": "e", "request_template": "Action=Send&Body=$input.body", "template": "$input.body", "request": {"body": "x"}, "integration": "HTTP echo"}"#
        #expect(run(line) == #"{"id":"e","output":"Action=Send&Body=x","status":200}"#)
    }
}
