extension Java {
    /// Methods of `java.util.ArrayList` (and lists with a custom style, such as
    /// JSON arrays, which are ArrayList subclasses, and sub-lists); arrays and map
    /// views get the smaller set of methods Java gives them.
    static func listMethod(_ list: ListRef, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        if let sub = list.view as? SubListView, sub.isStale, name != "getClass" { throw concurrentModification }
        switch collectionKind(list) {
        case .list: break
        case .array: return try arrayMethod(list, name, args)
        case .set, .collection: return try mapViewMethod(list, name, args)
        }
        let count = list.items.count
        // `remove(int)` is the more specific overload for an Integer argument.
        if name == "remove", args.count == 1, let i = JavaArgument.int(args[0]) {
            try checkIndex(Int(i), count)
            return list.items.remove(at: Int(i))
        }
        if let common = collectionMethod(list, name, args) { return common }
        switch (name, args.count) {
        case ("get", 1):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            try checkIndex(Int(i), count)
            return list.items[Int(i)]
        case ("set", 2):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            try checkIndex(Int(i), count)
            let old = list.items[Int(i)]
            list.items[Int(i)] = args[1]
            return old
        case ("add", 1):
            list.items.append(args[0])
            return .bool(true)
        case ("add", 2):
            guard let i = JavaArgument.int(args[0]) else { return nil }
            if i < 0 || Int(i) > count { throw HostError("java.lang.IndexOutOfBoundsException: Index: \(i), Size: \(count)") }
            list.items.insert(args[1], at: Int(i))
            return .null
        case ("indexOf", 1):
            return .int(Int32(list.items.firstIndex(where: { javaEquals($0, args[0]) }) ?? -1))
        case ("lastIndexOf", 1):
            return .int(Int32(list.items.lastIndex(where: { javaEquals($0, args[0]) }) ?? -1))
        case ("addAll", 1):
            guard let items = JavaArgument.collection(args[0]) else { return nil }
            list.items += items
            return .bool(!items.isEmpty)
        case ("addAll", 2):
            guard let i = JavaArgument.int(args[0]), let items = JavaArgument.collection(args[1]) else { return nil }
            if i < 0 || Int(i) > count { throw HostError("java.lang.IndexOutOfBoundsException: Index: \(i), Size: \(count)") }
            list.items.insert(contentsOf: items, at: Int(i))
            return .bool(!items.isEmpty)
        case ("subList", 2):
            guard let from = JavaArgument.int(args[0]), let to = JavaArgument.int(args[1]) else { return nil }
            if from < 0 { throw HostError("java.lang.IndexOutOfBoundsException: fromIndex = \(from)") }
            if Int(to) > count { throw HostError("java.lang.IndexOutOfBoundsException: toIndex = \(to)") }
            if from > to { throw HostError("java.lang.IllegalArgumentException: fromIndex(\(from)) > toIndex(\(to))") }
            let view = SubListView(parent: list, from: Int(from), to: Int(to))
            return .list(ListRef(view: view, style: .custom(JavaCollectionFormatter(kind: .view, className: "java.util.ArrayList$SubList"))))
        case ("ensureCapacity", 1), ("trimToSize", 0): return .null
        default:
            // A host's list class (e.g. json-smart's JSONArray) may add methods.
            guard case .custom(let formatter) = list.style else { return nil }
            return try formatter.method(name, of: list, arguments: args)
        }
    }

    /// What a sub-list (or an iterator) throws once its list was changed behind its back.
    static let concurrentModification = HostError("java.util.ConcurrentModificationException")

    /// `Objects.checkIndex` as `ArrayList.get/set/remove` report it.
    private static func checkIndex(_ index: Int, _ count: Int) throws(HostError) {
        if index < 0 || index >= count { throw HostError("java.lang.IndexOutOfBoundsException: Index \(index) out of bounds for length \(count)") }
    }

    /// Methods every `Collection` has. Removing through a map's view removes entries from the map.
    private static func collectionMethod(_ list: ListRef, _ name: String, _ args: [Value]) -> Value? {
        switch (name, args.count) {
        case ("size", 0): return .int(Int32(list.count))
        case ("isEmpty", 0): return .bool(list.count == 0)
        case ("contains", 1): return .bool(list.items.contains { javaEquals($0, args[0]) })
        case ("containsAll", 1):
            guard let items = JavaArgument.collection(args[0]) else { return nil }
            let own = list.items
            return .bool(items.allSatisfy { item in own.contains { javaEquals($0, item) } })
        case ("remove", 1):
            guard let found = list.items.firstIndex(where: { javaEquals($0, args[0]) }) else { return .bool(false) }
            list.items.remove(at: found)
            return .bool(true)
        case ("removeAll", 1), ("retainAll", 1):
            guard let items = JavaArgument.collection(args[0]) else { return nil }
            let before = list.count
            let keep = name == "retainAll"
            list.items.removeAll { item in items.contains { javaEquals($0, item) } != keep }
            return .bool(list.count != before)
        case ("clear", 0):
            list.items.removeAll()
            return .null
        case ("iterator", 0): return .host(JavaIterator(list))
        case ("toArray", 0):
            return .list(ListRef(list.items, style: .custom(JavaCollectionFormatter(kind: .array, className: "[Ljava.lang.Object;"))))
        default: return nil
        }
    }

    /// A map's `keySet()`, `values()` or `entrySet()`: `Collection`'s methods; adding is unsupported.
    private static func mapViewMethod(_ list: ListRef, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("add", 1), ("addAll", 1): throw HostError("java.lang.UnsupportedOperationException")
        default: return collectionMethod(list, name, args)
        }
    }

    /// A Java array: Velocity 1.7 offers the `List` methods of its
    /// `ArrayListWrapper` (no resizing), and `Object`'s `toString`/`equals`/`hashCode`.
    private static func arrayMethod(_ list: ListRef, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("toString", 0), ("hashCode", 0), ("equals", 1): return nil
        case ("add", _), ("addAll", _), ("remove", _), ("clear", 0), ("removeAll", 1), ("retainAll", 1):
            throw HostError("java.lang.UnsupportedOperationException")
        case ("set", 2):
            // Writes into the array itself.
            let plain = ListRef(list.items)
            let old = try listMethod(plain, name, args)
            list.items = plain.items
            return old
        case ("get", 1), ("size", 0), ("isEmpty", 0), ("contains", 1), ("indexOf", 1), ("lastIndexOf", 1), ("subList", 2), ("containsAll", 1), ("toArray", 0):
            return try listMethod(ListRef(list.items), name, args)
        default: return nil
        }
    }
}
