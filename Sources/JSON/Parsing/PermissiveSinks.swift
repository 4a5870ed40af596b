import OrderedCollections

/// Receives what the permissive parser reads, in document order.
protocol PermissiveSink: ~Copyable {
    associatedtype Value
    /// `null`, a boolean or a number.
    mutating func scalar(_ value: JSONValue) -> Value
    /// A number token's text (valid only during the call), when the sink can take it as
    /// written; nil when it needs the value (then `scalar` follows).
    mutating func numberAsWritten(_ utf8: UnsafeBufferPointer<UInt8>) -> Value?
    /// A string, as UTF-8 (valid only during the call).
    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) -> Value
    mutating func beginObject()
    /// The next member's key (`offset`: where it is in the input).
    mutating func key(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) throws(PendingError)
    /// The value of the member whose key came last.
    mutating func member(_ value: Value)
    mutating func endObject() -> Value
    mutating func beginArray()
    mutating func element(_ value: Value)
    mutating func endArray() -> Value
}

/// Builds a `JSONValue` tree. Members and elements of open containers wait on shared
/// stacks, so each container is allocated once, at its final size.
struct TreeSink: PermissiveSink {
    private var values: [JSONValue] = []
    private var keys: [String] = []
    /// Where each open container's values start in `values`.
    private var starts: [Int] = []

    func scalar(_ value: JSONValue) -> JSONValue { value }

    func numberAsWritten(_ utf8: UnsafeBufferPointer<UInt8>) -> JSONValue? { nil }

    func string(_ utf8: UnsafeBufferPointer<UInt8>) -> JSONValue {
        .string(String(decoding: utf8, as: UTF8.self))
    }

    mutating func beginObject() { starts.append(values.count) }

    mutating func key(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) {
        keys.append(String(decoding: utf8, as: UTF8.self))
    }

    mutating func member(_ value: JSONValue) { values.append(value) }

    mutating func endObject() -> JSONValue {
        let base = starts.removeLast()
        let keyBase = keys.count - (values.count - base)
        let members = Self.members(keys: keys[keyBase...], values: values[base...])
        keys.removeSubrange(keyBase...)
        values.removeSubrange(base...)
        return .object(members)
    }

    /// A repeated key keeps its first place and takes the last value, as `LinkedHashMap.put` does.
    private static func members(keys: ArraySlice<String>, values: ArraySlice<JSONValue>) -> OrderedDictionary<String, JSONValue> {
        var unique = true
        if keys.count <= 8 {
            outer: for i in keys.indices {
                let length = keys[i].utf8.count
                for j in keys.index(after: i)..<keys.endIndex where keys[j].utf8.count == length && keys[i] == keys[j] {
                    unique = false
                    break outer
                }
            }
        } else {
            unique = Set(keys).count == keys.count
        }
        if unique { return OrderedDictionary(uncheckedUniqueKeys: keys, values: values) }
        var merged = OrderedDictionary<String, JSONValue>()
        for (key, value) in zip(keys, values) { merged[key] = value }
        return merged
    }

    mutating func beginArray() { starts.append(values.count) }

    mutating func element(_ value: JSONValue) { values.append(value) }

    mutating func endArray() -> JSONValue {
        let base = starts.removeLast()
        let array = JSONValue.array(Array(values[base...]))
        values.removeSubrange(base...)
        return array
    }
}

/// Writes JSON text while parsing, with no tree. Gives up (`duplicateKey`) when an
/// object repeats a key, which only the tree can represent as json-smart does.
struct WriterSink: PermissiveSink, ~Copyable {
    var writer: JSONWriter
    /// Key fingerprints of the open objects, outermost first; `objectStart` says where the
    /// innermost one's begin, `objectStarts` where the enclosing ones' do.
    private var keyFingerprints: [UInt64] = []
    private var objectStart = 0
    private var objectStarts: [Int] = []
    /// The key fingerprints of open objects with many keys, by nesting level (objects may
    /// hold tens of thousands of keys; small ones are searched in `keyFingerprints`).
    private var largeObjectKeys: [Int: Set<UInt64>] = [:]
    private static let smallObject = 16

    init(style: JSONWriter.Style, capacity: Int) {
        writer = JSONWriter(style: style, reservingCapacity: capacity)
    }

    mutating func scalar(_ value: JSONValue) { writer.value(value) }

    /// A number whose text is what Java prints for its value is copied as it is.
    mutating func numberAsWritten(_ utf8: UnsafeBufferPointer<UInt8>) -> Void? {
        guard JavaNumberText.isCanonical(utf8) else { return nil }
        writer.numberText(utf8: utf8)
        return ()
    }

    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) { writer.string(utf8: utf8) }

    mutating func beginObject() {
        objectStarts.append(objectStart)
        objectStart = keyFingerprints.count
        writer.beginObject()
    }

    mutating func key(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) throws(PendingError) {
        let fingerprint = Self.fingerprint(utf8)
        let count = keyFingerprints.count &- objectStart
        let repeated: Bool
        if count < Self.smallObject {
            let start = objectStart
            repeated = keyFingerprints.withUnsafeBufferPointer { fingerprints in
                for index in start..<fingerprints.count where fingerprints[index] == fingerprint { return true }
                return false
            }
        } else {
            let level = objectStarts.count
            if largeObjectKeys[level] == nil { largeObjectKeys[level] = Set(keyFingerprints[objectStart...]) }
            repeated = !largeObjectKeys[level]!.insert(fingerprint).inserted
        }
        if repeated { throw PendingError(kind: .duplicateKey, javaOffset: offset, offset: offset) }
        keyFingerprints.append(fingerprint)
        writer.key(utf8: utf8)
    }

    /// Keys of up to 7 bytes are their bytes and length (distinct keys, distinct
    /// fingerprints); longer keys are hashed (FNV-1a), where a collision only sends the
    /// document to the (equally correct) tree path.
    private static func fingerprint(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if utf8.count <= 7 {
            var packed = UInt64(utf8.count) << 56
            for index in 0..<utf8.count { packed |= UInt64(utf8[index]) << (index * 8) }
            return packed
        }
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash | (1 << 63)
    }

    func member(_ value: Void) {}

    mutating func endObject() {
        let count = keyFingerprints.count &- objectStart
        if count >= Self.smallObject { largeObjectKeys[objectStarts.count] = nil }
        if count < Self.smallObject {
            for _ in 0..<count { keyFingerprints.removeLast() }
        } else {
            keyFingerprints.removeLast(count)
        }
        objectStart = objectStarts.removeLast()
        writer.endObject()
    }

    mutating func beginArray() { writer.beginArray() }

    func element(_ value: Void) {}

    mutating func endArray() { writer.endArray() }
}
