import JSON

/// A field path such as `action`, `message.type` or `items[0].name`, as route
/// selection expressions (`$request.body.message.type`) write it: names separated
/// by dots, array indices in brackets, `['odd key']` for names with dots.
public struct JSONFieldPath: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case member(String)
        case index(Int)
    }

    public var steps: [Step]

    /// Parses `text`; nil when it is empty or malformed.
    public init?(_ text: String) {
        var steps: [Step] = []
        var rest = Substring(text)
        var expectName = true
        while !rest.isEmpty {
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if let index = Int(inside), index >= 0 {
                    steps.append(.index(index))
                } else if inside.count >= 2, let quote = inside.first, quote == "'" || quote == "\"", inside.last == quote {
                    steps.append(.member(String(inside.dropFirst().dropLast())))
                } else {
                    return nil
                }
                rest = rest[rest.index(after: close)...]
                expectName = false
            } else if rest.hasPrefix(".") {
                guard !expectName else { return nil }
                rest = rest.dropFirst()
                expectName = true
                if rest.isEmpty { return nil }
            } else {
                guard expectName else { return nil }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                steps.append(.member(String(rest[..<end])))
                rest = rest[end...]
                expectName = false
            }
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
    }

    /// The value at this path in `document`, or nil.
    public func value(in document: JSONValue) -> JSONValue? {
        var node = document
        for step in steps {
            switch step {
            case .member(let name): guard let next = node[name] else { return nil }; node = next
            case .index(let index): guard let next = node[index] else { return nil }; node = next
            }
        }
        return node
    }
}

extension JSONValue {
    /// The text a parameter or selection key receives: a string as is, `null` as nil,
    /// numbers and booleans as they print, objects and arrays as compact JSON.
    var parameterText: String? {
        switch self {
        case .null: nil
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .array, .object: jsonText(.compact)
        default: javaNumberText
        }
    }
}
