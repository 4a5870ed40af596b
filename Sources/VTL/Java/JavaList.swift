extension Java {
    /// Methods of `java.util.ArrayList` (and lists with a custom style, such as
    /// JSON arrays, which are ArrayList subclasses); arrays and map views get
    /// the smaller set of methods Java gives them.
    static func listMethod(_ list: ListRef, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch collectionKind(list) {
        case .list: break
        case .array: return try arrayMethod(list, name, args)
        case .set, .collection: return collectionMethod(list, name, args)
        }
        if let common = collectionMethod(list, name, args) { return common }
        let count = list.items.count
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
        case ("remove", 1):
            // `remove(int)` is the more specific overload for an Integer argument.
            if let i = JavaArgument.int(args[0]) {
                try checkIndex(Int(i), count)
                return list.items.remove(at: Int(i))
            }
            guard let found = list.items.firstIndex(where: { javaEquals($0, args[0]) }) else { return .bool(false) }
            list.items.remove(at: found)
            return .bool(true)
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
        case ("removeAll", 1), ("retainAll", 1):
            guard let items = JavaArgument.collection(args[0]) else { return nil }
            let before = list.items.count
            let keep = name == "retainAll"
            list.items.removeAll { item in items.contains { javaEquals($0, item) } != keep }
            return .bool(list.items.count != before)
        case ("clear", 0):
            list.items.removeAll()
            return .null
        case ("subList", 2):
            guard let from = JavaArgument.int(args[0]), let to = JavaArgument.int(args[1]) else { return nil }
            if from < 0 { throw HostError("java.lang.IndexOutOfBoundsException: fromIndex = \(from)") }
            if Int(to) > count { throw HostError("java.lang.IndexOutOfBoundsException: toIndex = \(to)") }
            if from > to { throw HostError("java.lang.IllegalArgumentException: fromIndex(\(from)) > toIndex(\(to))") }
            // A copy, where Java returns a live view.
            return .list(ListRef(Array(list.items[Int(from)..<Int(to)])))
        case ("toArray", 0):
            return .list(ListRef(list.items, style: .custom(JavaCollectionFormatter(kind: .array, className: "[Ljava.lang.Object;"))))
        case ("ensureCapacity", 1), ("trimToSize", 0): return .null
        default:
            // A host's list class (e.g. json-smart's JSONArray) may add methods.
            guard case .custom(let formatter) = list.style else { return nil }
            return try formatter.method(name, of: list, arguments: args)
        }
    }

    /// `Objects.checkIndex` as `ArrayList.get/set/remove` report it.
    private static func checkIndex(_ index: Int, _ count: Int) throws(HostError) {
        if index < 0 || index >= count { throw HostError("java.lang.IndexOutOfBoundsException: Index \(index) out of bounds for length \(count)") }
    }

    /// Methods every `Collection` has (read-only ones; views here are copies).
    private static func collectionMethod(_ list: ListRef, _ name: String, _ args: [Value]) -> Value? {
        switch (name, args.count) {
        case ("size", 0): return .int(Int32(list.items.count))
        case ("isEmpty", 0): return .bool(list.items.isEmpty)
        case ("contains", 1): return .bool(list.items.contains { javaEquals($0, args[0]) })
        case ("containsAll", 1):
            guard let items = JavaArgument.collection(args[0]) else { return nil }
            return .bool(items.allSatisfy { item in list.items.contains { javaEquals($0, item) } })
        default: return nil
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
