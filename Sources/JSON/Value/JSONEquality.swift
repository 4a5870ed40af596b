extension JSONValue {
    /// Equality as JSON: object key order is ignored and numbers compare by value
    /// (`1` equals `1.0`).
    public func sameJSON(as other: JSONValue) -> Bool {
        switch (self, other) {
        case let (.object(x), .object(y)):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { value.sameJSON(as: $0) } ?? false }
        case let (.array(x), .array(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.sameJSON(as: $1) }
        default:
            if let m = javaNumberText, let n = other.javaNumberText { return Double(m) == Double(n) }
            return self == other
        }
    }
}
