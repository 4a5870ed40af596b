import APIGateway
import Testing
import VTL

@Suite struct InputTests {
    func render(_ template: String, body: String = "", _ request: MethodRequest = MethodRequest()) -> MappingResult {
        var request = request
        request.body = body
        return MappingRenderer.render(template: template, request: request)
    }

    @Test func emptyBodyIsBraces() {
        #expect(render("$input.body|$input.json('$')|$input.path('$')").output == "{}|{}|{}")
    }

    @Test func jsonAndPath() {
        let body = #"{"a": {"b": [1, {"c": "x/y"}]}, "n": null}"#
        #expect(render("$input.json('$.a')", body: body).output == #"{"b":[1,{"c":"x\/y"}]}"#)
        #expect(render("$input.path('$.a')", body: body).output == #"{b=[1,{"c":"x\/y"}]}"#)
        #expect(render("[$input.json('$.missing')][$input.path('$.missing')][$input.json('$.n')]", body: body).output == #"[""][][null]"#)
        #expect(render("$input.path('$.a.b').size() $input.path('$.a.b')[1].c", body: body).output == "2 x/y")
    }

    @Test func mutationsThroughPathShowInJson() {
        let body = #"{"items": [1, 2]}"#
        #expect(render("#set($items = $input.path('$.items'))#set($ok = $items.add(3))$input.json('$')", body: body).output == #"{"items":[1,2,3]}"#)
    }

    @Test func permissiveBody() {
        #expect(render("$input.json('$')", body: "a=1&b=2").output == #""a=1&b=2""#)
    }

    @Test func paramsSearchPathThenQueryThenHeader() {
        let request = MethodRequest(path: ["id": "p"], querystring: ["id": "q", "q": "1"], headers: ["id": "h", "h": "2"])
        #expect(render("$input.params('id') $input.params('q') $input.params('h') [$input.params('none')]", request).output == "p 1 2 []")
        #expect(render("#foreach($k in $input.params().keySet())$k #end", request).output == "path querystring header ")
    }

    @Test func headersIterateInHashMapOrder() {
        let request = MethodRequest(headers: ["header1": "value1", "header2": "value2", "header3": "value3"])
        #expect(render("#foreach($k in $input.params().header.keySet())$k #end", request).output == "header3 header2 header1 ")
    }

    @Test func unparseablePayloadIs400() {
        let result = render("\"$input.path('$')\"", body: "{a")
        #expect(result.status == 400)
        #expect(result.failure?.message == "Could not process payloadnet.minidev.json.parser.ParseException: Unexpected End Of File position 1: null")
        #expect(result.failure?.diagnostic.range.start.column == 8)
    }

    @Test func unparseablePayloadInAResponseTemplateIs500() {
        var request = MethodRequest()
        request.body = "{a"
        let result = MappingRenderer.render(template: "$input.json('$')", request: request, kind: .response)
        #expect(result.status == 500)
        #expect(result.failure?.message == "Internal server error")
    }

    @Test func invalidJSONPathIsAnError() {
        let result = render("$input.json('$[')", body: "{}")
        #expect(result.status == 500)
        #expect(result.failure?.diagnostic.reason.contains("InvalidPathException") == true)
    }

    @Test func deeplyNestedBodyIsAnErrorNotACrash() {
        let body = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let result = render("$input.json('$')", body: body)
        #expect(result.status == 400)
    }

    @Test func hugeBodyRenders() {
        let body = "[" + Array(repeating: #"{"k": "v"}"#, count: 20000).joined(separator: ",") + "]"
        let result = render("$input.path('$').size()", body: body)
        #expect(result.output == "20000")
    }

    @Test func statusOverride() {
        let result = render("#set($context.responseOverride.status = 404)x")
        #expect(result.status == 404)
    }
}
