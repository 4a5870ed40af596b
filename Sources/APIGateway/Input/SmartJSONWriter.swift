import JSON
import VTL

/// json-smart's `JSONValue.toJSONString` with its default style, over live VTL
/// values (through the JSON module's writer): compact, `/` written as `\/`.
enum SmartJSONWriter {
    /// Deeper than this (a list that contains itself), values are written as `null`.
    static let maximumDepth = 1000

    static func write(_ value: Value, style: JSONWriter.Style = .smart) -> String {
        var writer = JSONWriter(style: style)
        write(value, into: &writer, depth: 0)
        return writer.text
    }

    private static func write(_ value: Value, into writer: inout JSONWriter, depth: Int) {
        guard depth < maximumDepth else { writer.null(); return }
        switch value {
        case .null: writer.null()
        case .bool(let b): writer.bool(b)
        case .int(let i): writer.integer(Int64(i))
        case .long(let l): writer.integer(l)
        case .bigInteger(let b): writer.numberText(b.description)
        case .bigDecimal(let text): writer.numberText(text)
        case .double(let d): writer.double(d)
        case .string(let s): writer.string(s)
        case .list(let list):
            writer.beginArray()
            for item in list.items { write(item, into: &writer, depth: depth + 1) }
            writer.endArray()
        case .map(let map):
            writer.beginObject()
            for key in map.iterationKeys {
                writer.key(key.value.isNull ? "null" : Java.toString(key.value))
                write(map.entries[key] ?? .null, into: &writer, depth: depth + 1)
            }
            writer.endObject()
        case .host(let host): writer.string(host.render())
        }
    }
}

/// Prints a json-smart `JSONArray` (what `$input.path` and `$util.parseJson`
/// return for arrays) as compact JSON.
struct JSONArrayFormatter: ListFormatter {
    func format(_ list: ListRef) -> String { SmartJSONWriter.write(.list(list)) }
    var className: String { "net.minidev.json.JSONArray" }
}
