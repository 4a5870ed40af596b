import JavaRuntime

extension Java {
    /// `matches`, `replaceAll`, `replaceFirst` and `split` on a string.
    static func regexMethod(_ s: String, _ name: String, _ args: [Value]) throws(HostError) -> Value? {
        guard let source = JavaArgument.string(args[0]) else { return nil }
        do throws(JavaRegexError) {
            return try regexMethod(s, name, args, source)
        } catch {
            throw HostError(error.reason)
        }
    }

    private static func regexMethod(_ s: String, _ name: String, _ args: [Value], _ source: String) throws(JavaRegexError) -> Value? {
        switch (name, args.count) {
        case ("matches", 1): return .bool(try JavaPattern(source).matches(s))
        case ("replaceAll", 2), ("replaceFirst", 2):
            guard let replacement = JavaArgument.string(args[1]) else { return nil }
            return .string(try JavaPattern(source).replace(in: s, with: replacement, all: name == "replaceAll"))
        case ("split", 1), ("split", 2):
            var limit: Int32 = 0
            if args.count == 2 {
                guard let l = JavaArgument.int(args[1]) else { return nil }
                limit = l
            }
            let parts = try JavaPattern(source).split(s, limit: Int(limit))
            return .list(ListRef(parts.map { .string($0) }, style: .custom(JavaCollectionFormatter(kind: .array, className: "[Ljava.lang.String;"))))
        default: return nil
        }
    }
}
