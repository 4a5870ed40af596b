/// Watches the changes to one map, so a host can refuse some (API Gateway's
/// `$context` overrides may be set once per template). `#set($map.key = ...)`,
/// `#set($map[key] = ...)` and the `Map` methods that change entries (`put`,
/// `putIfAbsent`, `replace`, `putAll`, `remove`, `clear`, `Map.Entry.setValue`)
/// ask it just before they change an entry; maps without a guard pay one nil check.
public protocol MapWriteGuard: AnyObject {
    /// Called before `key` of `map` is set (`removing` false) or removed. Throwing
    /// refuses the change; the evaluator reports the reason at the call site.
    func willChange(_ map: MapRef, key: MapKey, removing: Bool) throws(HostError)
}

extension MapRef {
    /// Asks the write guard, if any, before `key` changes.
    @inline(__always)
    func checkWrite(_ key: MapKey, removing: Bool = false) throws(HostError) {
        if let writeGuard { try writeGuard.willChange(self, key: key, removing: removing) }
    }
}

extension ListFormatter {
    /// By default a host-styled list has only `java.util.ArrayList`'s methods.
    public func method(_ name: String, of list: ListRef, arguments: [Value]) throws(HostError) -> Value? { nil }
}
