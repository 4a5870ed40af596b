/// A `java.util.Iterator` from `iterator()` on a list, a sub-list or a map's
/// view: `hasNext()`, `next()` and `remove()`, failing as Java's do
/// (`NoSuchElementException`, `IllegalStateException`, and
/// `ConcurrentModificationException` once the collection changed size behind
/// its back). `#foreach` walks views through one too.
public final class JavaIterator: HostObject {
    private let list: ListRef
    /// For a map's view, the keys in iteration order when the iterator was made:
    /// Java's map iterators walk the entries linked at that time, reading each when reached.
    private let mapKeys: [MapKey]?
    private var cursor = 0
    private var lastReturned = -1
    private var expectedCount: Int
    public let typeName: String

    public init(_ list: ListRef) {
        self.list = list
        self.expectedCount = list.count
        if let view = list.view as? MapView {
            mapKeys = view.keys
            let part = switch view.part {
            case .keys: "Key"
            case .values: "Value"
            case .entries: "Entry"
            }
            typeName = view.map.order == .insertion ? "java.util.LinkedHashMap$Linked\(part)Iterator" : "java.util.HashMap$\(part)Iterator"
        } else {
            mapKeys = nil
            typeName = list.view is SubListView ? "java.util.ArrayList$SubList$1" : "java.util.ArrayList$Itr"
        }
    }

    /// `hasNext()`: a list's iterator compares its cursor with the list's size now;
    /// a map's iterator knows whether it had linked a next entry.
    public func hasNext() -> Bool {
        cursor != (mapKeys?.count ?? list.count)
    }

    /// How many elements `next()` would still return.
    public var remaining: Int { max(0, (mapKeys?.count ?? list.count) - cursor) }

    public func next() throws(HostError) -> Value {
        try checkForComodification()
        if let mapKeys, let view = list.view as? MapView {
            guard cursor < mapKeys.count else { throw HostError("java.util.NoSuchElementException") }
            lastReturned = cursor
            cursor += 1
            return view.element(for: mapKeys[lastReturned])
        }
        guard cursor < list.count else { throw HostError("java.util.NoSuchElementException") }
        lastReturned = cursor
        cursor += 1
        return list.items[lastReturned]
    }

    public func remove() throws(HostError) {
        guard lastReturned >= 0 else { throw HostError("java.lang.IllegalStateException") }
        try checkForComodification()
        if let mapKeys, let view = list.view as? MapView {
            try view.map.checkWrite(mapKeys[lastReturned], removing: true)
            view.map.entries.removeValue(forKey: mapKeys[lastReturned])
        } else {
            list.items.remove(at: lastReturned)
            cursor = lastReturned
        }
        lastReturned = -1
        expectedCount = list.count
    }

    private func checkForComodification() throws(HostError) {
        if list.count != expectedCount || (list.view as? SubListView)?.isStale == true { throw Java.concurrentModification }
    }

    public func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        name == "class" || name == "Class" ? .host(JavaClass(typeName)) : nil
    }

    public func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        switch (name, arguments.count) {
        case ("hasNext", 0): return .bool(hasNext())
        case ("next", 0): return try next()
        case ("remove", 0):
            try remove()
            return .null
        case ("toString", 0): return .string(render())
        case ("hashCode", 0): return .int(Java.hashCode(.host(self)))
        case ("equals", 1): return .bool(Java.javaEquals(.host(self), arguments[0]))
        case ("getClass", 0): return .host(JavaClass(typeName))
        default: return nil
        }
    }

    /// `Object.toString()`: the class name and a hash (made up, but the same on every render).
    public func render() -> String {
        typeName + "@" + String(UInt32(bitPattern: Java.hashCode(.string(typeName))), radix: 16)
    }
}
