import JavaRuntime
/// A streaming JSON writer: call `beginObject`/`key`/values/`endObject` in document
/// order and read `text` (or `bytes`). `JSONValue` uses it, and so can any other value
/// model (the VTL values of the APIGateway module), so that every JSON printed by
/// vtlplay follows the same rules.
///
/// Escaping is json-smart's: `"` `\` `\b` `\f` `\n` `\r` `\t`, other control characters
/// and U+007F–U+009F, U+2000–U+20FF as `\uXXXX` (upper-case hex); `/` as `\/` in the
/// `.smart` style only. Numbers print as Java's `toString()`; infinite doubles as `null`.
public struct JSONWriter: ~Copyable {
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
    private var output: ByteBuffer
    /// Whether the innermost open container has an element yet.
    private var hasElements = false
    /// `hasElements` of each enclosing open container, outermost first.
    private var enclosingHasElements: [Bool] = []
    private var afterKey = false
    private let escapeSlash: Bool
    private let indent: Int?
    /// `mayNeedEscape`, held here so hot loops skip the global's lazy-initialization check.
    private let escapeTable = JSONWriter.mayNeedEscape
    /// Where `JavaDouble` writes a double before it is copied out.
    private var numberScratch: [UInt8] = []

    public init(style: Style = .smart, reservingCapacity capacity: Int = 0) {
        self.style = style
        output = ByteBuffer(capacity: capacity)
        switch style {
        case .smart: escapeSlash = true; indent = nil
        case .compact: escapeSlash = false; indent = nil
        case .pretty(let width): escapeSlash = false; indent = width
        }
    }

    /// The UTF-8 output so far.
    public var bytes: [UInt8] { Array(output.bytes) }

    /// The output as a string.
    public var text: String { String(decoding: output.bytes, as: UTF8.self) }

    // MARK: Containers

    public mutating func beginObject() { beginContainer(UInt8(ascii: "{")) }

    public mutating func endObject() { endContainer(UInt8(ascii: "}")) }

    public mutating func beginArray() { beginContainer(UInt8(ascii: "[")) }

    public mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        var key = key
        key.withUTF8 { self.key(utf8: $0) }
    }

    /// Writes an object key given as UTF-8.
    public mutating func key(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        appendQuoted(utf8, then: UInt8(ascii: ":"))
        if indent != nil { output.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: Scalars

    public mutating func null() { raw("null") }
    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    public mutating func integer(_ value: Int64) {
        startValue()
        if value < 0 { output.append(UInt8(ascii: "-")) }
        output.appendDecimal(value.magnitude)
    }

    /// A `java.lang.Double`/`Float`: Java's `toString()`, `null` when infinite.
    public mutating func double(_ value: Double) {
        if value.isInfinite { raw("null"); return }
        startValue()
        numberScratch.removeAll(keepingCapacity: true)
        JavaDouble.append(value, to: &numberScratch)
        output.append(numberScratch)
    }
    /// A number already in its final text form (BigInteger, BigDecimal).
    public mutating func numberText(_ text: String) {
        startValue()
        var text = text
        text.withUTF8 { output.append($0) }
    }

    /// A number already in its final text form, given as UTF-8.
    public mutating func numberText(utf8: UnsafeBufferPointer<UInt8>) {
        startValue()
        output.append(utf8)
    }

    public mutating func string(_ value: String) {
        startValue()
        var value = value
        value.withUTF8 { appendQuoted($0) }
    }

    /// Writes a string value given as UTF-8.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        startValue()
        appendQuoted(utf8)
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

    private mutating func raw(_ text: StaticString) {
        startValue()
        output.append(text)
    }

    /// Before a value: the separator and indentation, unless it follows a key.
    @inline(__always) private mutating func startValue() {
        if afterKey { afterKey = false; return }
        separate()
    }

    @inline(__always) private mutating func separate() {
        guard !enclosingHasElements.isEmpty else { return }
        if hasElements { output.append(UInt8(ascii: ",")) }
        hasElements = true
        if indent != nil { newline(depth: enclosingHasElements.count) }
    }

    private mutating func beginContainer(_ opener: UInt8) {
        startValue()
        output.append(opener)
        enclosingHasElements.append(hasElements)
        hasElements = false
    }

    private mutating func endContainer(_ closer: UInt8) {
        let hadElements = hasElements
        hasElements = enclosingHasElements.isEmpty ? false : enclosingHasElements.removeLast()
        if hadElements && indent != nil { newline(depth: enclosingHasElements.count) }
        output.append(closer)
    }

    private mutating func newline(depth: Int) {
        guard let indent else { return }
        output.reserve(1 + indent * depth)
        output.appendReserved(UInt8(ascii: "\n"))
        for _ in 0..<(indent * depth) { output.appendReserved(UInt8(ascii: " ")) }
    }

    // MARK: Strings

    /// Bytes that may start something to escape: control characters, `"`, `\\`, `/`, DEL,
    /// and the lead bytes of U+0080–U+009F (0xC2) and U+2000–U+20FF (0xE2).
    private static let mayNeedEscape: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// `"`, the escaped bytes, `"`, then `suffix` if any (a key's `:`).
    private mutating func appendQuoted(_ input: UnsafeBufferPointer<UInt8>, then suffix: UInt8? = nil) {
        let escapeSlash = self.escapeSlash
        escapeTable.withUnsafeBufferPointer { table in
            // Every input byte becomes at most 6 output bytes (`\u0001`).
            if input.count <= Self.escapeChunk {
                output.append(atMost: input.count &* 6 &+ 3) { target in
                    target[0] = UInt8(ascii: "\"")
                    var index = 0
                    var written = 1 &+ Self.escape(input, from: &index, to: input.count, into: target + 1, table: table, escapeSlash: escapeSlash)
                    target[written] = UInt8(ascii: "\"")
                    written &+= 1
                    if let suffix {
                        target[written] = suffix
                        written &+= 1
                    }
                    return written
                }
                return
            }
            output.append(UInt8(ascii: "\""))
            var index = 0
            while index < input.count {
                let chunkEnd = min(input.count, index &+ Self.escapeChunk)
                output.append(atMost: (chunkEnd &- index) &* 6 &+ 2) { target in
                    Self.escape(input, from: &index, to: chunkEnd, into: target, table: table, escapeSlash: escapeSlash)
                }
            }
            output.append(UInt8(ascii: "\""))
            if let suffix { output.append(suffix) }
        }
    }

    /// Input bytes escaped per capacity check (and the longest string escaped with one).
    private static let escapeChunk = 4096

    /// Escapes the input from `index` to `end` into `target`; returns the bytes written and
    /// leaves `index` after the last byte read (an escaped character that starts before
    /// `end` is read whole).
    @inline(__always)
    private static func escape(_ input: UnsafeBufferPointer<UInt8>, from index: inout Int, to end: Int, into target: UnsafeMutablePointer<UInt8>,
                               table: UnsafeBufferPointer<Bool>, escapeSlash: Bool) -> Int {
        var written = 0
        while index < end {
            var stretchEnd = end
            if end &- index >= 8 {
                // Eight plain bytes at a time (storing all eight is safe: six bytes are
                // reserved per input byte). Candidates: control characters, all non-ASCII
                // bytes (the table tells which matter), `"`, `\\`, DEL and, if escaped, `/`.
                let word = ByteWords.load(input.baseAddress! + index)
                var special = ByteWords.lessOrNonASCII(word, than: 0x20) | ByteWords.equal(word, 0x22)
                    | ByteWords.equal(word, 0x5C) | ByteWords.equal(word, 0x7F)
                if escapeSlash { special |= ByteWords.equal(word, 0x2F) }
                ByteWords.store(word, to: target + written)
                if special == 0 {
                    written &+= 8
                    index &+= 8
                    continue
                }
                let plain = ByteWords.firstMatch(special)
                written &+= plain
                stretchEnd = index &+ 8
                index &+= plain
            }
            // One byte at a time to the end of the word (or of the input).
            while index < stretchEnd {
                let byte = input[index]
                if !table[Int(byte)] {
                    target[written] = byte
                    written &+= 1
                    index &+= 1
                } else {
                    let (consumed, escapedLength) = writeEscape(of: input, at: index, to: target + written, escapeSlash: escapeSlash)
                    index &+= consumed
                    written &+= escapedLength
                }
            }
        }
        return written
    }

    /// Writes what the byte at `index` (which `mayNeedEscape`) becomes; returns how many
    /// input bytes that took and how many bytes it wrote (at most 6).
    private static func writeEscape(of input: UnsafeBufferPointer<UInt8>, at index: Int, to target: UnsafeMutablePointer<UInt8>,
                                    escapeSlash: Bool) -> (consumed: Int, written: Int) {
        let byte = input[index]
        let count = input.count
        let letter: UInt8
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): letter = byte
        case UInt8(ascii: "/"):
            guard escapeSlash else { target[0] = byte; return (1, 1) }
            letter = byte
        case 0x08: letter = UInt8(ascii: "b")
        case 0x09: letter = UInt8(ascii: "t")
        case 0x0A: letter = UInt8(ascii: "n")
        case 0x0C: letter = UInt8(ascii: "f")
        case 0x0D: letter = UInt8(ascii: "r")
        case 0x00..<0x20, 0x7F:
            return (1, writeUnicodeEscape(UInt32(byte), to: target))
        case 0xC2 where index + 1 < count && input[index + 1] <= 0x9F:
            // U+0080–U+009F
            let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(input[index + 1] & 0x3F)
            return (2, writeUnicodeEscape(scalar, to: target))
        case 0xE2 where index + 2 < count && input[index + 1] >= 0x80 && input[index + 1] <= 0x83:
            // U+2000–U+20FF
            let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(input[index + 1] & 0x3F) << 6) | UInt32(input[index + 2] & 0x3F)
            return (3, writeUnicodeEscape(scalar, to: target))
        default:
            target[0] = byte
            return (1, 1)
        }
        target[0] = UInt8(ascii: "\\")
        target[1] = letter
        return (1, 2)
    }

    private static func writeUnicodeEscape(_ scalar: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\\")
        target[1] = UInt8(ascii: "u")
        for offset in 0..<4 {
            let digit = UInt8((scalar >> UInt32(12 - 4 * offset)) & 0xF)
            target[2 + offset] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10
        }
        return 6
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
