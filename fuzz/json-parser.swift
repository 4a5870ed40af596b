// libFuzzer target: the permissive (json-smart) JSON parser and the writer.
// A document that parses must print, and its compact print must parse again; the
// streaming reformatter must print what parsing and printing print (or fail alike).
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
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for style in [JSONWriter.Style.smart, .pretty(indent: 2)] {
        let tree = Result { () throws(JSONParseError) in try PermissiveJSON.parse(text).jsonText(style) }
        let streamed = Result { () throws(JSONParseError) in try PermissiveJSON.reformat(text, style: style) }
        switch (tree, streamed) {
        case (.success(let printed), .success(let reformatted)):
            precondition(printed == reformatted, "reformat differs: \(reformatted.prefix(200)) vs \(printed.prefix(200))")
        case (.failure(let treeError), .failure(let streamError)):
            precondition(treeError.javaMessage == streamError.javaMessage, "errors differ: \(streamError.javaMessage) vs \(treeError.javaMessage)")
        default:
            preconditionFailure("reformat and parse disagree on \(text.prefix(200))")
        }
    }
    return 0
}
