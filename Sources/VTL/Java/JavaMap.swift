extension Java {
    /// Methods of `java.util.LinkedHashMap` / `java.util.HashMap`.
    /// `keySet()`, `values()` and `entrySet()` return live views (`MapView`), each made once per map.
    static func mapMethod(_ map: MapRef, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        switch (name, args.count) {
        case ("get", 1): return map.entries[MapKey(args[0])] ?? .null
        case ("getOrDefault", 2): return map.entries[MapKey(args[0])] ?? args[1]
        case ("put", 2):
            let key = MapKey(args[0])
            try map.checkWrite(key)
            return map.entries.updateValue(args[1], forKey: key) ?? .null
        case ("putIfAbsent", 2):
            let key = MapKey(args[0])
            if let existing = map.entries[key], !isNull(existing) { return existing }
            try map.checkWrite(key)
            map.entries[key] = args[1]
            return .null
        case ("replace", 2):
            let key = MapKey(args[0])
            guard map.entries[key] != nil else { return .null }
            try map.checkWrite(key)
            return map.entries.updateValue(args[1], forKey: key) ?? .null
        case ("putAll", 1):
            guard case .map(let other) = args[0] else { return nil }
            for key in other.iterationKeys {
                try map.checkWrite(key)
                map.entries[key] = other.entries[key]
            }
            return .null
        case ("remove", 1):
            let key = MapKey(args[0])
            if map.entries[key] != nil { try map.checkWrite(key, removing: true) }
            return map.entries.removeValue(forKey: key) ?? .null
        case ("remove", 2):
            let key = MapKey(args[0])
            guard let existing = map.entries[key], javaEquals(existing, args[1]) else { return .bool(false) }
            try map.checkWrite(key, removing: true)
            map.entries.removeValue(forKey: key)
            return .bool(true)
        case ("containsKey", 1): return .bool(map.entries[MapKey(args[0])] != nil)
        case ("containsValue", 1): return .bool(map.entries.values.contains { javaEquals($0, args[0]) })
        case ("size", 0): return .int(Int32(map.entries.count))
        case ("isEmpty", 0): return .bool(map.entries.isEmpty)
        case ("clear", 0):
            for key in map.entries.keys { try map.checkWrite(key, removing: true) }
            map.entries.removeAll()
            return .null
        case ("keySet", 0): return view(map, .keys, cached: \.keySetView)
        case ("values", 0): return view(map, .values, cached: \.valuesView)
        case ("entrySet", 0): return view(map, .entries, cached: \.entrySetView)
        case ("toString", 0): return .string(try checkedToString(.map(map)))
        default: return nil
        }
    }

    private static func isNull(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    private static func view(_ map: MapRef, _ part: MapView.Part, cached: ReferenceWritableKeyPath<MapRef, ListRef?>) -> Value {
        if let existing = map[keyPath: cached] { return .list(existing) }
        let kind = switch part {
        case .keys: "KeySet"
        case .values: "Values"
        case .entries: "EntrySet"
        }
        let className = map.order == .insertion ? "java.util.LinkedHashMap$Linked" + kind : "java.util.HashMap$" + kind
        let list = ListRef(view: MapView(map: map, part: part), style: .custom(JavaCollectionFormatter(kind: .view, className: className)))
        map[keyPath: cached] = list
        return .list(list)
    }
}
