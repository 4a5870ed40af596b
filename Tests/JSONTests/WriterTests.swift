import JSON
import Testing

private let sample = JSONValue(members: [
    ("url", .string("a/b")), ("text", .string("tab\there \"q\" \\ \u{1} \u{7F} \u{80} \u{9F} \u{A0} \u{2028} \u{20AC} \u{2100} é 😀")),
    ("n", .null), ("t", .bool(true)), ("list", .array([.int(1), .long(3_000_000_000), .double(1e10), .double(.infinity), .bigDecimal("1.5E+300")])),
    ("empty", .object([:])), ("none", .array([])),
])

@Test func smartStyleEscapesSlashAndJavaRanges() {
    #expect(sample.jsonText(.smart) == #"{"url":"a\/b","text":"tab\there \"q\" \\ \u0001 \u007F \u0080 \u009F \#u{A0} \u2028 \u20AC \#u{2100} é 😀","n":null,"t":true,"list":[1,3000000000,1.0E10,null,1.5E+300],"empty":{},"none":[]}"#)
}

@Test func compactStyleKeepsSlash() {
    #expect(JSONValue.string("a/b").jsonText(.compact) == #""a/b""#)
}

@Test func prettyStyleIndents() {
    let value = JSONValue(members: [("a", .array([.int(1), .object([:])])), ("b", .string("x/y")), ("c", .array([]))])
    #expect(value.jsonText(.pretty(indent: 2)) == """
    {
      "a": [
        1,
        {}
      ],
      "b": "x/y",
      "c": []
    }
    """)
}

@Test func streamingWriterMatchesValueWriter() {
    var writer = JSONWriter(style: .smart)
    writer.beginObject()
    writer.key("a")
    writer.beginArray()
    writer.integer(1)
    writer.string("x")
    writer.null()
    writer.endArray()
    writer.key("b")
    writer.double(0.5)
    writer.endObject()
    #expect(writer.text == #"{"a":[1,"x",null],"b":0.5}"#)
}

@Test func javaDescriptionIsLikeJavaToString() throws {
    let value = try PermissiveJSON.parse(#"{"a":{"b":[1,"x/y"]},"c":1.0}"#)
    #expect(value.javaDescription == #"{a={b=[1,"x\/y"]}, c=1.0}"#)
}

/// json-smart's escaping, one scalar at a time: the reference for the writer's
/// word-at-a-time scan.
private func referenceEscaped(_ text: String, slash: Bool) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "/" where slash: out += "\\/"
        case "\u{8}": out += "\\b"
        case "\t": out += "\\t"
        case "\n": out += "\\n"
        case "\u{C}": out += "\\f"
        case "\r": out += "\\r"
        case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2000}"..."\u{20FF}":
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return "\"" + out + "\""
}

/// Every character that needs a look, at every position of strings around the 8-byte
/// words the writer scans at once.
@Test(arguments: ["\"", "\\", "/", "\n", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{20AC}", "\u{2100}", "é", "😀"])
func escapesAtEveryPosition(_ special: String) {
    for length in [1, 7, 8, 9, 15, 16, 17, 24] {
        for position in 0..<length {
            let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: length - position - 1)
            #expect(JSONValue.string(text).jsonText(.smart) == referenceEscaped(text, slash: true), "\(text.debugDescription)")
            #expect(JSONValue.string(text).jsonText(.compact) == referenceEscaped(text, slash: false), "\(text.debugDescription)")
        }
    }
}
