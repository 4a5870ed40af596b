/// A streaming JSON writer: call `beginObject`/`key`/values/`endObject` in document
/// order and read `text` (or `bytes`). `JSONValue` uses it, and so can any other value
/// model (the VTL values of the APIGateway module), so that every JSON printed by
/// vtlplay follows the same rules.
///
/// Escaping is json-smart's: `"` `\` `\b` `\f` `\n` `\r` `\t`, other control characters
/// and U+007F–U+009F, U+2000–U+20FF as `\uXXXX` (upper-case hex); `/` as `\/` in the
/// `.smart` style only. Numbers print as Java's `toString()`; infinite doubles as `null`.
public struct JSONWriter: Sendable {
    /// Layout and escaping.
    public enum Style: Sendable, Hashable {
        /// json-smart's default writer (`JSONValue.toJSONString`, `JSONArray.toString()`):
        /// compact, `/` escaped as `\/`. What `$input.json` prints.
        case smart
        /// Compact without `/` escaping (Jayway's own provider style).
        case compact
        /// Indented by `indent` spaces per level, `"key": value`, `/` not escaped.
        case pretty(indent: Int)
    }

    public let style: Style
    /// The UTF-8 output so far.
    public private(set) var bytes: [UInt8] = []
    /// Per open container: has it got an element yet.
    private var hasElements: [Bool] = []
    private var afterKey = false
    private let escapeSlash: Bool
    private let indent: Int?

    public init(style: Style = .smart, reservingCapacity capacity: Int = 0) {
        self.style = style
        bytes.reserveCapacity(capacity)
        switch style {
        case .smart: escapeSlash = true; indent = nil
        case .compact: escapeSlash = false; indent = nil
        case .pretty(let width): escapeSlash = false; indent = width
        }
    }

    /// The output as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    public mutating func beginObject() {
        startValue()
        bytes.append(UInt8(ascii: "{"))
        hasElements.append(false)
    }

    public mutating func endObject() { endContainer(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        startValue()
        bytes.append(UInt8(ascii: "["))
        hasElements.append(false)
    }

    public mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        var key = key
        key.withUTF8 { self.key(utf8: $0) }
    }

    /// Writes an object key given as UTF-8.
    public mutating func key(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: Scalars

    public mutating func null() { raw("null") }
    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    public mutating func integer(_ value: Int64) {
        startValue()
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == .min { bytes.append(contentsOf: "9223372036854775808".utf8); return }
        }
        JavaDouble.appendInteger(Int(value.magnitude), to: &bytes)
    }

    /// A `java.lang.Double`/`Float`: Java's `toString()`, `null` when infinite.
    public mutating func double(_ value: Double) {
        if value.isInfinite { raw("null"); return }
        startValue()
        JavaDouble.append(value, to: &bytes)
    }
    /// A number already in its final text form (BigInteger, BigDecimal).
    public mutating func numberText(_ text: String) { raw(text) }

    public mutating func string(_ value: String) {
        startValue()
        appendQuoted(value)
    }

    /// Writes a string value given as UTF-8.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        startValue()
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a whole `JSONValue`.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): integer(Int64(i))
        case .long(let l): integer(l)
        case .bigInteger(let text), .bigDecimal(let text): numberText(text)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(name)
                self.value(member)
            }
            endObject()
        }
    }

    // MARK: Layout

    private mutating func raw(_ text: String) {
        startValue()
        bytes.append(contentsOf: text.utf8)
    }

    /// Before a value: the separator and indentation, unless it follows a key.
    private mutating func startValue() {
        if afterKey { afterKey = false; return }
        separate()
    }

    private mutating func separate() {
        guard let last = hasElements.indices.last else { return }
        if hasElements[last] { bytes.append(UInt8(ascii: ",")) }
        hasElements[last] = true
        newline(depth: hasElements.count)
    }

    private mutating func endContainer(_ closer: UInt8) {
        let hadElements = hasElements.popLast() ?? false
        if hadElements { newline(depth: hasElements.count) }
        bytes.append(closer)
    }

    private mutating func newline(depth: Int) {
        guard let indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
    }

    // MARK: Strings

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Bytes that may start something to escape: control characters, `"`, `\\`, `/`, DEL,
    /// and the lead bytes of U+0080–U+009F (0xC2) and U+2000–U+20FF (0xE2).
    private static let mayNeedEscape: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    private mutating func appendEscaped(_ input: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = input.count
        while index < count {
            // Skip plain bytes quickly.
            while index < count && !Self.mayNeedEscape[Int(input[index])] { index += 1 }
            guard index < count else { break }
            let byte = input[index]
            let escape: UInt8 // 0: copy; 1: \uXXXX of the scalar; else the short escape letter
            var length = 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape = byte
            case UInt8(ascii: "/"): escape = escapeSlash ? byte : 0
            case 0x08: escape = UInt8(ascii: "b")
            case 0x09: escape = UInt8(ascii: "t")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0C: escape = UInt8(ascii: "f")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x00..<0x20, 0x7F: escape = 1
            case 0xC2:
                // U+0080–U+009F
                if index + 1 < count, input[index + 1] <= 0x9F { escape = 1; length = 2 } else { escape = 0 }
            case 0xE2:
                // U+2000–U+20FF
                if index + 1 < count, input[index + 1] >= 0x80, input[index + 1] <= 0x83 { escape = 1; length = 3 } else { escape = 0 }
            default: escape = 0
            }
            if escape == 0 {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index])) }
            bytes.append(UInt8(ascii: "\\"))
            if escape == 1 {
                let scalar: UInt32
                switch length {
                case 1: scalar = UInt32(byte)
                case 2: scalar = (UInt32(byte & 0x1F) << 6) | UInt32(input[index + 1] & 0x3F)
                default: scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(input[index + 1] & 0x3F) << 6) | UInt32(input[index + 2] & 0x3F)
                }
                appendUnicodeEscape(scalar)
            } else {
                bytes.append(escape)
            }
            index += length
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<count])) }
    }

    private mutating func appendUnicodeEscape(_ scalar: UInt32) {
        bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
    }
}

extension JSONValue {
    /// This value as JSON text in `style` (`.smart` is what `$input.json` prints).
    public func jsonText(_ style: JSONWriter.Style = .smart) -> String {
        var writer = JSONWriter(style: style)
        writer.value(self)
        return writer.text
    }
}
