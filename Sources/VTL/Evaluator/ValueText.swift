extension Evaluator {
    /// What a value prints as: `""` for null and for maps that render empty, else Java's `toString()`.
    static func render(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        case .map(let map) where map.rendersEmpty: return ""
        default: return Java.toString(value)
        }
    }

    /// The Java class name of a value, for traces and messages.
    static func typeName(of value: Value) -> String {
        Java.className(value)
    }
}
