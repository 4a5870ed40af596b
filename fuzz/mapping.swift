// libFuzzer target: an API Gateway mapping template with $input, $util and
// $context over a JSON body. Input: the body, a NUL byte, then the template
// (no NUL: the whole input is the template and a fixed body is used).
import APIGateway
import VTL

let fuzzLimits = Limits(foreachIterations: 50, maxDepth: 60, maxOutputBytes: 1 << 16, stepBudget: 20_000)
let defaultBody = #"{"id":"o-1","items":[{"sku":"A","qty":2,"price":1.5},{"sku":"B/C","qty":1}],"note":"x\"y","n":null}"#

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMapping(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var body = defaultBody
    var templateBytes = bytes[...]
    if let nul = bytes.firstIndex(of: 0) {
        body = String(decoding: bytes[..<nul], as: UTF8.self)
        templateBytes = bytes[(nul + 1)...]
    }
    let source = String(decoding: templateBytes, as: UTF8.self)
    let request = MethodRequest(body: body, path: ["id": "o-1"], querystring: ["q": "a b"], headers: ["Host": "api.example.com"])
    let result = MappingRenderer.render(template: source, name: "fuzz.vtl", request: request,
                                        options: MappingOptions(render: RenderOptions(limits: fuzzLimits)))
    precondition(result.output.utf8.count <= fuzzLimits.maxOutputBytes, "output budget exceeded")
    return 0
}
