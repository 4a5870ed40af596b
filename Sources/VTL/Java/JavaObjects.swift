/// A `java.lang.Character` (what `String.charAt` returns): prints as the
/// character, concatenates like a string, is not a number.
public final class JavaCharacter: HostObject {
    /// The UTF-16 code unit.
    public let unit: UInt16
    public init(_ unit: UInt16) { self.unit = unit }

    public var typeName: String { "java.lang.Character" }
    public func render() -> String { String(decoding: [unit], as: UTF16.self) }

    public func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        switch name {
        case "class", "Class": return .host(JavaClass(typeName))
        default: return nil
        }
    }

    public func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        switch (name, arguments.count) {
        case ("toString", 0): return .string(render())
        case ("charValue", 0): return .host(self)
        case ("hashCode", 0): return .int(Int32(unit))
        case ("getClass", 0): return .host(JavaClass(typeName))
        case ("equals", 1):
            if case .host(let other as JavaCharacter) = arguments[0] { return .bool(other.unit == unit) }
            return .bool(false)
        case ("compareTo", 1):
            guard case .host(let other as JavaCharacter) = arguments[0] else {
                throw Java.classCastError(arguments[0], to: typeName)
            }
            return .int(Int32(unit) - Int32(other.unit))
        default: return nil
        }
    }
}

/// An inert `java.lang.Class`: prints as `class java.lang.String` and, as under
/// Velocity's `SecureUberspector`, answers only `getName()` / `.name`.
public final class JavaClass: HostObject {
    /// The fully qualified class name.
    public let name: String
    public init(_ name: String) { self.name = name }

    public var typeName: String { "java.lang.Class" }
    public func render() -> String { "class " + name }

    public func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        name == "name" || name == "Name" ? .string(self.name) : nil
    }

    public func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        name == "getName" && arguments.isEmpty ? .string(self.name) : nil
    }
}

/// A `Map.Entry` from `entrySet()`: `.key`, `.value`, `getKey()`, `getValue()`,
/// `setValue(v)` (writes through to the map); prints `key=value`.
public final class MapEntry: HostObject {
    public let map: MapRef
    public let key: MapKey
    private var detachedValue: Value

    public init(map: MapRef, key: MapKey) {
        self.map = map
        self.key = key
        self.detachedValue = map.entries[key] ?? .null
    }

    deinit {
        // A map whose value is an entry of another map... frees iteratively (see `ValueRelease`).
        var owned: [Value] = [.map(map)]
        if ValueRelease.ownsCollections(detachedValue) { owned.append(detachedValue) }
        detachedValue = .null
        ValueRelease.release(&owned)
    }

    /// The entry's current value (live while the key is in the map).
    public var value: Value { map.entries[key] ?? detachedValue }

    public var typeName: String { map.order == .insertion ? "java.util.LinkedHashMap$Entry" : "java.util.HashMap$Node" }
    public func render() -> String {
        PrintNesting.nest(overflow: "...", cost: 1) { Java.toString(key.value) + "=" + Java.toString(value) }
    }

    public func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        switch name {
        case "key", "Key": return key.value
        case "value", "Value": return value
        case "class", "Class": return .host(JavaClass(typeName))
        default: return nil
        }
    }

    public func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        switch (name, arguments.count) {
        case ("getKey", 0): return key.value
        case ("getValue", 0): return value
        case ("toString", 0): return .string(try Java.checkedToString(.host(self)))
        case ("getClass", 0): return .host(JavaClass(typeName))
        case ("hashCode", 0): return .int(try Java.checkedHashCode(.host(self)))
        case ("setValue", 1):
            let old = value
            if map.entries[key] != nil {
                try map.checkWrite(key)
                map.entries[key] = arguments[0]
            }
            detachedValue = arguments[0]
            return old
        case ("equals", 1):
            guard case .host(let other as MapEntry) = arguments[0] else { return .bool(false) }
            return .bool(Java.javaEquals(key.value, other.key.value) && Java.javaEquals(value, other.value))
        default: return nil
        }
    }
}

/// What a `ListRef` with a custom style stands for when it is not a `List`:
/// a Java array (`split`, `toCharArray`, `getBytes`) or a view (`subList`,
/// a map's `keySet()`, `values()`, `entrySet()`; see `CollectionView`).
public struct JavaCollectionFormatter: ListFormatter {
    public enum Kind: Sendable, Equatable {
        /// A Java array; prints as `[Ljava.lang.String;@1b6d3586` (the hash is made up).
        case array
        /// A view; prints like a list, `[a, b]`.
        case view
    }

    public let kind: Kind
    public let className: String

    public init(kind: Kind, className: String) {
        self.kind = kind
        self.className = className
    }

    public func format(_ list: ListRef) -> String {
        switch kind {
        case .view: return Java.listText(list)
        case .array:
            let hash = UInt32(bitPattern: list.items.reduce(Int32(17)) { $0 &* 31 &+ Java.hashCode($1) })
            return className + "@" + String(hash, radix: 16)
        }
    }
}
