// libFuzzer target: parse and render a template with small limits and a few
// globals (a string, a list, a map). Built and run by scripts/fuzz.
import VTL

let fuzzLimits = Limits(foreachIterations: 50, maxDepth: 60, maxOutputBytes: 1 << 16, stepBudget: 20_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvaluator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let template = try? Template(parsing: source, name: "fuzz.vtl") else { return 0 }
    let globals: [String: Value] = [
        "s": .string("Hello, wörld 😀 'q' \"dq\""),
        "n": .int(42),
        "l": .list(ListRef([.int(1), .string("two"), .double(3.5), .null, .bool(true)])),
        "m": .map(MapRef([MapKey("a"): .int(1), MapKey("b"): .string("x"), MapKey("c"): .list(ListRef([.long(7)]))])),
    ]
    let result = template.render(globals: globals, options: RenderOptions(limits: fuzzLimits, recordTrace: size % 2 == 0))
    precondition(result.output.utf8.count <= fuzzLimits.maxOutputBytes, "output budget exceeded")
    if let failure = result.failure { _ = failure.formatted(source: source) }
    return 0
}
