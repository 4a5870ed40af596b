/// A live view of another collection, as Java's `List.subList` and a map's
/// `keySet()`, `values()` and `entrySet()` are. A `ListRef` made with a view
/// reads its items from it and writes them through it, so printing, `#foreach`,
/// `size()` and equality all see the viewed collection as it is now.
public protocol CollectionView: AnyObject {
    /// The view's elements now.
    func read() -> [Value]
    /// Replaces the view's elements, changing the viewed collection accordingly.
    func write(_ items: [Value])
    /// The number of elements, without building them.
    var count: Int { get }
}

/// `ArrayList.subList(from, to)`: a window on a range of `parent`; writes
/// through it change the parent. A structural change of the parent made behind
/// its back makes it stale (Java then throws `ConcurrentModificationException`).
public final class SubListView: CollectionView {
    /// The list this is a view of (an ordinary list or another sub-list).
    public let parent: ListRef
    /// Where the window starts in the parent.
    public let offset: Int
    public private(set) var count: Int
    /// The parent's size when this view last changed it or was made.
    private var parentCount: Int

    public init(parent: ListRef, from: Int, to: Int) {
        self.parent = parent
        self.offset = from
        self.count = to - from
        self.parentCount = parent.count
    }

    /// Whether the parent (or the parent's parent...) changed size other than through this view.
    public var isStale: Bool {
        if parent.count != parentCount { return true }
        if let outer = parent.view as? SubListView { return outer.isStale }
        return false
    }

    public func read() -> [Value] {
        let base = parent.items
        return Array(base[window(in: base.count)])
    }

    public func write(_ items: [Value]) {
        parent.items.replaceSubrange(window(in: parent.count), with: items)
        count = items.count
        parentCount = parent.count
    }

    /// The view's range in a parent of `size` items (clamped: a stale view never reads out of bounds).
    private func window(in size: Int) -> Range<Int> {
        min(offset, size)..<min(offset + count, size)
    }
}

/// A map's `keySet()`, `values()` or `entrySet()`: reads the map's current
/// entries in iteration order; removing elements removes their entries.
public final class MapView: CollectionView {
    public enum Part: Sendable { case keys, values, entries }

    public let map: MapRef
    public let part: Part
    /// The keys and elements last read, valid while the map's version is unchanged.
    private var cache: (version: Int, keys: [MapKey], items: [Value])?

    public init(map: MapRef, part: Part) {
        self.map = map
        self.part = part
    }

    public var count: Int { map.entries.count }

    /// The map's keys in iteration order, one per element.
    public var keys: [MapKey] { current().keys }

    public func read() -> [Value] { current().items }

    /// Removes the entries whose elements are missing from `items` (matched from
    /// the end, so removing one of two equal values removes the first, as Java does).
    public func write(_ items: [Value]) {
        let (_, keys, old) = current()
        var removed: Set<MapKey> = []
        var next = items.count - 1
        for position in old.indices.reversed() {
            if next >= 0, Java.javaEquals(old[position], items[next]) {
                next -= 1
            } else {
                removed.insert(keys[position])
            }
        }
        guard !removed.isEmpty else { return }
        if removed.count == map.entries.count {
            map.entries.removeAll()
        } else {
            map.entries = map.entries.filter { !removed.contains($0.key) }
        }
    }

    /// The element standing for `key` now.
    public func element(for key: MapKey) -> Value {
        switch part {
        case .keys: return key.value
        case .values: return map.entries[key] ?? .null
        case .entries: return .host(MapEntry(map: map, key: key))
        }
    }

    private func current() -> (version: Int, keys: [MapKey], items: [Value]) {
        if let cache, cache.version == map.version { return cache }
        let keys = map.iterationKeys
        let fresh = (map.version, keys, keys.map(element(for:)))
        cache = fresh
        return fresh
    }
}
