/// The JSON parser API Gateway applies to request bodies: json-smart 2.2 in
/// `JSONParser.MODE_PERMISSIVE`, reproduced rule for rule.
///
/// What permissive mode accepts (each checked against the real library):
/// - trailing and repeated commas (`[1,,2,]`, `{,"a":1,}`);
/// - single-quoted strings, and unquoted keys and values read up to the next stop
///   character and trimmed (`{a b: c d}` is `{"a b":"c d"}`, `[1 2]` is `["1 2"]`);
/// - `NaN` (a Java `Float`); `Infinity`, `0x10`, `.5`, `+1` are strings; leading zeros (`007` is 7);
/// - anything after the first complete value (`{"a":1} xyz`); comments are not special;
/// - duplicate keys: the last value wins, at the first key's place;
/// - in a string without backslashes control characters are kept; in one with a backslash
///   they, DEL and unknown escapes (`\q`) are dropped; `\xHH` is an escape;
/// - a byte 0x1A ends the input, as json-smart's end-of-input marker.
/// Integers become `int`, `long` or `bigInteger` by size; other numbers `double`, or
/// `bigDecimal` when their text is longer than 18 characters. More than 400 levels of
/// nesting are rejected (the CVE-2023-1370 limit), so parsing never recurses deeper.
/// Lone surrogate escapes (`\uD800`) become U+FFFD (Swift strings hold only scalars).
public enum PermissiveJSON {
    /// json-smart's `MAX_DEPTH`: the deepest accepted nesting of objects and arrays.
    public static let maximumDepth = 400

    /// Parses `text`; throws the first error json-smart would report.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { parse(bytes: $0) }
        return try result.get()
    }

    /// Parses UTF-8 bytes.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
        var parser = PermissiveParser(input: bytes, sink: TreeSink())
        do {
            parser.read()
            return .success(try parser.readMain(stop: Stops.none))
        } catch {
            return .failure(error.resolved(in: bytes))
        }
    }

    /// `parse(text).jsonText(style)` without building the tree: what `$input.json('$')`
    /// prints, about twice as fast. Same results and errors as parsing and writing.
    public static func reformat(_ text: String, style: JSONWriter.Style = .smart) throws(JSONParseError) -> String {
        var text = text
        let result: Result<String, JSONParseError>? = text.withUTF8 { bytes in
            var parser = PermissiveParser(input: bytes, sink: WriterSink(style: style, capacity: bytes.count + bytes.count / 8 + 65_536))
            do throws(PendingError) {
                parser.read()
                try parser.readMain(stop: Stops.none)
                return .success(parser.sink.writer.text)
            } catch {
                if error.isDuplicateKey { return nil }
                return .failure(error.resolved(in: bytes))
            }
        }
        if let result { return try result.get() }
        // An object repeats a key: the tree keeps the last value at the first place.
        return try parse(text).jsonText(style)
    }
}

/// Characters that end an unquoted token, by context (json-smart's stop tables):
/// keys end at `:`; values in objects at `,` or `}`; values in arrays at `,` or `]`;
/// a top-level value only at the end of the input (which ends every token).
struct Stops: OptionSet {
    let rawValue: UInt8
    static let none = Stops([])
    static let key = Stops(rawValue: 1)
    static let value = Stops(rawValue: 2)
    static let array = Stops(rawValue: 4)
}

/// An error found while parsing, before its location is resolved.
struct PendingError: Error {
    enum Kind {
        case character, token(String), endOfInput(detail: String), unicode, depth, numberFormat(String)
        /// `new BigDecimal(text)` failed with this message.
        case bigDecimalFormat(String, message: String)
        /// Not an error: the streaming writer met a repeated key and hands over to the tree.
        case duplicateKey
    }

    var isDuplicateKey: Bool {
        if case .duplicateKey = kind { return true }
        return false
    }
    let kind: Kind
    /// Byte offset json-smart reports.
    let javaOffset: Int
    /// UTF-16 units to add to `javaOffset`'s position (json-smart often reports `pos - 1`).
    var javaDelta = 0
    /// Byte offset to show the user.
    let offset: Int
    /// Byte offset of the character the message names.
    var characterOffset: Int? = nil

    func resolved(in bytes: UnsafeBufferPointer<UInt8>) -> JSONParseError {
        let location = JSONLocation(offset: offset, in: bytes)
        let javaPosition = JSONLocation(offset: min(javaOffset, bytes.count), in: bytes).utf16Offset
            + max(0, javaOffset - bytes.count) + javaDelta
        let shown = Self.character(at: characterOffset ?? javaOffset, in: bytes)
        switch kind {
        case .character:
            return JSONParseError(reason: "unexpected character '\(shown)'", location: location,
                                  javaMessage: "Unexpected character (\(shown)) at position \(javaPosition).")
        case .token(let token):
            return JSONParseError(reason: "unexpected '\(token)'", location: location,
                                  javaMessage: "Unexpected token \(token) at position \(javaPosition).")
        case .endOfInput(let detail):
            return JSONParseError(reason: "unexpected end of input", location: location,
                                  javaMessage: "Unexpected End Of File position \(javaPosition): \(detail)")
        case .unicode:
            return JSONParseError(reason: "invalid unicode escape: '\(shown)' is not a hex digit", location: location,
                                  javaMessage: "Unexpected unicode escape sequence \(shown) at position \(javaPosition).")
        case .depth:
            return JSONParseError(reason: "nesting deeper than \(PermissiveJSON.maximumDepth) levels", location: location,
                                  javaMessage: "Malicious payload, having non natural depths, parsing stoped on \(shown) at position \(javaPosition).")
        case .numberFormat(let text):
            return JSONParseError(reason: "invalid number '\(text)'", location: location,
                                  javaMessage: "For input string: \"\(text)\"")
        case .bigDecimalFormat(let text, let message):
            return JSONParseError(reason: "invalid number '\(text)'", location: location, javaMessage: message)
        case .duplicateKey:
            return JSONParseError(reason: "repeated key", location: location, javaMessage: "")
        }
    }

    /// The character starting at byte `offset`, as Java would print it (EOI is U+001A; of a
    /// character outside the BMP Java sees only a lone high surrogate, shown as U+FFFD).
    static func character(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset >= 0, offset < bytes.count else { return "\u{1A}" }
        if bytes[offset] >= 0xF0 { return "\u{FFFD}" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }
}

