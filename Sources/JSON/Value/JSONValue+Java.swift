extension JSONValue {
    /// Java's `toString()` of the object json-smart builds: `LinkedHashMap` prints
    /// `{k=v, k2=v2}`, `JSONArray` prints compact JSON (json-smart style), strings raw.
    public var javaDescription: String {
        switch self {
        case .object(let members):
            return "{" + members.map { "\($0.key)=\($0.value.javaDescription)" }.joined(separator: ", ") + "}"
        case .array: return jsonText(.smart)
        case .null: return "null"
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        default: return javaNumberText ?? ""
        }
    }
}
