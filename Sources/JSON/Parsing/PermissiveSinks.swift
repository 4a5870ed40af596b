import OrderedCollections

/// Receives what the permissive parser reads, in document order.
protocol PermissiveSink {
    associatedtype Value
    /// `null`, a boolean or a number.
    mutating func scalar(_ value: JSONValue) -> Value
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
struct WriterSink: PermissiveSink {
    var writer: JSONWriter
    /// Key hashes of the open objects, outermost first; `objectStarts` says where each begins.
    private var keyHashes: [UInt64] = []
    private var objectStarts: [Int] = []
    /// The key hashes of open objects with many keys, by nesting level (objects may hold
    /// tens of thousands of keys; small ones are searched in `keyHashes`).
    private var largeObjectKeys: [Int: Set<UInt64>] = [:]
    private static let smallObject = 16

    init(style: JSONWriter.Style, capacity: Int) {
        writer = JSONWriter(style: style, reservingCapacity: capacity)
    }

    mutating func scalar(_ value: JSONValue) { writer.value(value) }

    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) { writer.string(utf8: utf8) }

    mutating func beginObject() {
        objectStarts.append(keyHashes.count)
        writer.beginObject()
    }

    mutating func key(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) throws(PendingError) {
        // FNV-1a; a collision only sends the document to the (equally correct) tree path.
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let start = objectStarts[objectStarts.count - 1]
        let count = keyHashes.count - start
        let repeated: Bool
        if count < Self.smallObject {
            repeated = keyHashes[start...].contains(hash)
        } else {
            let level = objectStarts.count
            if largeObjectKeys[level] == nil { largeObjectKeys[level] = Set(keyHashes[start...]) }
            repeated = !largeObjectKeys[level]!.insert(hash).inserted
        }
        if repeated { throw PendingError(kind: .duplicateKey, javaOffset: offset, offset: offset) }
        keyHashes.append(hash)
        writer.key(utf8: utf8)
    }

    func member(_ value: Void) {}

    mutating func endObject() {
        let start = objectStarts.removeLast()
        if keyHashes.count - start >= Self.smallObject { largeObjectKeys[objectStarts.count + 1] = nil }
        keyHashes.removeSubrange(start...)
        writer.endObject()
    }

    mutating func beginArray() { writer.beginArray() }

    func element(_ value: Void) {}

    mutating func endArray() { writer.endArray() }
}
