// libFuzzer target: the permissive (json-smart) JSON parser and the writer.
// A document that parses must print, and its compact print must parse again.
import JSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    switch PermissiveJSON.parse(bytes: UnsafeBufferPointer(start: data, count: size)) {
    case .success(let value):
        let printed = value.jsonText(.compact)
        _ = value.jsonText(.smart)
        _ = value.jsonText(.pretty(indent: 2))
        do {
            _ = try PermissiveJSON.parse(printed)
        } catch {
            preconditionFailure("printed JSON does not parse: \(error) in \(printed.prefix(200))")
        }
    case .failure(let error):
        precondition(error.location.line >= 1 && error.location.offset <= size, "bad location \(error.location)")
    }
    return 0
}
