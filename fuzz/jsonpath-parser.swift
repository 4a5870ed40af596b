// libFuzzer target: the Jayway JSONPath compiler, then evaluation of what
// compiles on a fixed document. Built and run by scripts/fuzz.
import JSON
import JSONPath

let document = try! PermissiveJSON.parse(#"""
{"store":{"book":[{"category":"reference","author":"Nigel Rees","title":"Sayings","price":8.95},
{"category":"fiction","author":"Evelyn Waugh","title":"Sword","price":12.99,"isbn":"0-553"},
{"category":"fiction","author":"J. R. R. Tolkien","title":"The Lord","isbn":"0-395","price":22.99,"tags":["a","b"]}],
"bicycle":{"color":"red","price":19.95}},"expensive":10,"empty":[],"n":null,"s":"text","k-e y":{"x":[1,[2,[3]]]}}
"""#)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let path = try? JSONPath(source) else { return 0 }
    _ = try? path.evaluate(document)
    return 0
}
