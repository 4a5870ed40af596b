extension Java {
    /// `String.format(format, args...)` (`java.util.Formatter`).
    static func formatString(_ format: String, _ args: [Value]) throws(HostError) -> String {
        format
    }
}
