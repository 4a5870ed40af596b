// libFuzzer target: the VTL template parser. Built and run by scripts/fuzz.
import VTL

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try Template(parsing: source, name: "fuzz.vtl")
    } catch {
        // A parse error must point inside the template and format without trapping.
        precondition(error.range.start.line >= 1 && error.range.start.column >= 1, "bad position \(error.range)")
        _ = error.formatted(source: source)
    }
    return 0
}
