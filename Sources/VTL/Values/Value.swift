import OrderedCollections

/// A runtime value, modelled on the Java objects Velocity 1.7 manipulates.
///
/// Scalars are values; lists and maps are references (`ListRef`, `MapRef`), so
/// `#set($b = $a)` followed by `$b.add(1)` changes `$a`, as in Java.
/// Objects supplied by a host (`$input`, `$util`, ...) are `.host`.
public enum Value {
    /// Java `null`; also what an undefined reference evaluates to.
    case null
    /// `java.lang.Boolean`.
    case bool(Bool)
    /// `java.lang.Integer`.
    case int(Int32)
    /// `java.lang.Long`.
    case long(Int64)
    /// `java.math.BigInteger`.
    case bigInteger(BigInteger)
    /// `java.lang.Double` (Velocity's decimal literals and arithmetic).
    case double(Double)
    /// `java.math.BigDecimal`, kept as its canonical `toString()` text.
    case bigDecimal(String)
    /// `java.lang.String`.
    case string(String)
    /// A `java.util.List` (by reference).
    case list(ListRef)
    /// A `java.util.Map` (by reference).
    case map(MapRef)
    /// An object supplied by the host, resolved through `HostObject`.
    case host(any HostObject)
}

/// A mutable, shared list: `java.util.ArrayList` or a host-defined list such
/// as json-smart's `JSONArray` (which prints itself as JSON), or a live view of
/// another collection (`subList`, a map's `keySet()`, `values()`, `entrySet()`).
public final class ListRef {
    private var storage: [Value]
    /// What this list is a live view of; nil for an ordinary list, which owns its items.
    public let view: (any CollectionView)?
    /// How `toString()` prints this list.
    public var style: ListStyle

    public init(_ items: [Value] = [], style: ListStyle = .java) {
        self.storage = items
        self.view = nil
        self.style = style
    }

    /// A list that reads and writes its items through `view`.
    public init(view: any CollectionView, style: ListStyle) {
        self.storage = []
        self.view = view
        self.style = style
    }

    /// The elements; a view reads them from, and writes them through to, the viewed collection.
    public var items: [Value] {
        _read {
            if let view { yield view.read() } else { yield storage }
        }
        _modify {
            if let view {
                var copy = view.read()
                yield &copy
                view.write(copy)
            } else {
                yield &storage
            }
        }
    }

    /// The number of elements (without building a view's elements).
    public var count: Int { view?.count ?? storage.count }

    deinit {
        var owned: [Value] = []
        if storage.contains(where: ValueRelease.ownsCollections) { swap(&owned, &storage) }
        switch view {
        case let sub as SubListView: owned.append(.list(sub.parent))
        case let mapView as MapView: owned.append(.map(mapView.map))
        default: break
        }
        if !owned.isEmpty { ValueRelease.release(&owned) }
    }
}

/// How a list prints: Java's `AbstractCollection.toString` (`[a, b]`), or a
/// host-provided formatter (JSON arrays print as compact JSON).
public enum ListStyle {
    case java
    case custom(any ListFormatter)
}

/// Prints a list that is not a plain Java list (for example a JSON array).
public protocol ListFormatter: Sendable {
    /// The list's `toString()`.
    func format(_ list: ListRef) -> String
    /// The Java class name shown in traces and the REPL, e.g. `net.minidev.json.JSONArray`.
    var className: String { get }
    /// A method the class has beyond `java.util.ArrayList`'s (nil when it has none of that name; see HostHooks.swift).
    func method(_ name: String, of list: ListRef, arguments: [Value]) throws(HostError) -> Value?
}

/// A mutable, shared map: `java.util.LinkedHashMap` (insertion order) or
/// `java.util.HashMap` (Java's bucket order).
public final class MapRef {
    /// Entries in insertion order; `iterationOrder` decides how they iterate and print.
    public var entries: OrderedDictionary<MapKey, Value> {
        _read { yield storage }
        _modify {
            version &+= 1
            yield &storage
        }
    }
    private var storage: OrderedDictionary<MapKey, Value>
    public var order: MapOrder
    /// Maps that render as the empty string whatever they hold (API Gateway's `$context` maps).
    public var rendersEmpty: Bool
    /// Asked before every change of an entry, when set (see `MapWriteGuard`).
    public var writeGuard: (any MapWriteGuard)?
    /// Changes whenever `entries` may have (views cache what they read against it).
    private(set) var version = 0
    /// The views `keySet()`, `values()` and `entrySet()` handed out: Java creates each once per map.
    weak var keySetView: ListRef?
    weak var valuesView: ListRef?
    weak var entrySetView: ListRef?

    public init(_ entries: OrderedDictionary<MapKey, Value> = [:], order: MapOrder = .insertion, rendersEmpty: Bool = false) {
        self.storage = entries
        self.order = order
        self.rendersEmpty = rendersEmpty
    }

    deinit {
        guard storage.values.contains(where: ValueRelease.ownsCollections)
            || storage.keys.contains(where: { ValueRelease.ownsCollections($0.value) }) else { return }
        var owned: [Value] = []
        owned.reserveCapacity(storage.count * 2)
        for (key, value) in storage {
            owned.append(key.value)
            owned.append(value)
        }
        storage = [:]
        ValueRelease.release(&owned)
    }
}

/// Iteration order of a map.
public enum MapOrder: Sendable {
    /// `LinkedHashMap`: insertion order (a re-put key keeps its place).
    case insertion
    /// `HashMap`: bucket order by Java `hashCode`, insertion order within a bucket.
    case javaHash
}

/// A map key with Java `equals`/`hashCode` semantics: `Integer 1`, `Long 1` and
/// `"1"` are three different keys. Lists, maps and host objects compare by identity.
public struct MapKey: Hashable {
    public let value: Value

    public init(_ value: Value) { self.value = value }
    public init(_ string: String) { self.value = .string(string) }

    public static func == (lhs: MapKey, rhs: MapKey) -> Bool {
        switch (lhs.value, rhs.value) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.long(a), .long(b)): return a == b
        case let (.bigInteger(a), .bigInteger(b)): return a == b
        case let (.double(a), .double(b)): return a.bitPattern == b.bitPattern || (a == b && a != 0)
        case let (.bigDecimal(a), .bigDecimal(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.list(a), .list(b)): return a === b
        case let (.map(a), .map(b)): return a === b
        case let (.host(a), .host(b)): return a === b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .int(let i): hasher.combine(2); hasher.combine(i)
        case .long(let l): hasher.combine(3); hasher.combine(l)
        case .bigInteger(let b): hasher.combine(4); hasher.combine(b)
        case .double(let d): hasher.combine(5); hasher.combine(d.bitPattern)
        case .bigDecimal(let s): hasher.combine(6); hasher.combine(s)
        case .string(let s): hasher.combine(7); hasher.combine(s)
        case .list(let l): hasher.combine(8); hasher.combine(ObjectIdentifier(l))
        case .map(let m): hasher.combine(9); hasher.combine(ObjectIdentifier(m))
        case .host(let h): hasher.combine(10); hasher.combine(ObjectIdentifier(h))
        }
    }
}

/// `java.math.BigInteger`, kept as normalized decimal text (`-123`, `0`).
/// Arithmetic on it is implemented by the evaluator's number emulation.
public struct BigInteger: Hashable, Sendable, CustomStringConvertible {
    /// Normalized decimal digits with an optional leading `-`; never `-0`, no leading zeros.
    public let description: String

    /// Parses an optionally signed run of decimal digits; nil for anything else.
    public init?(_ text: String) {
        var body = Substring(text)
        var negative = false
        if body.first == "-" { negative = true; body = body.dropFirst() } else if body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let trimmed = body.drop(while: { $0 == "0" })
        if trimmed.isEmpty { description = "0" } else { description = (negative ? "-" : "") + trimmed }
    }
}
