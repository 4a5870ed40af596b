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
        switch value {
        case .null: return "null"
        case .bool: return "java.lang.Boolean"
        case .int: return "java.lang.Integer"
        case .long: return "java.lang.Long"
        case .bigInteger: return "java.math.BigInteger"
        case .double: return "java.lang.Double"
        case .bigDecimal: return "java.math.BigDecimal"
        case .string: return "java.lang.String"
        case .list(let list):
            switch list.style {
            case .java: return "java.util.ArrayList"
            case .custom(let formatter): return formatter.className
            }
        case .map(let map): return map.order == .insertion ? "java.util.LinkedHashMap" : "java.util.HashMap"
        case .host(let host): return host.typeName
        }
    }
}
