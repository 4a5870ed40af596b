import JSON

/// A WebSocket route or template selection expression such as `$request.body.action`
/// or `${request.body.type}-${request.body.action}`, evaluated on a message body.
public struct SelectionExpression: Sendable {
    /// Literal text and `request.body` field paths, in order.
    enum Part: Sendable {
        case literal(String)
        case field(BodyPath)
    }

    public var text: String
    var parts: [Part]

    /// Parses `text`; nil when a `$request.body.` or `${…}` reference is malformed.
    public init?(_ text: String) {
        self.text = text
        if let path = text.removingPrefix("$request.body.") {
            guard let field = BodyPath(path) else { return nil }
            parts = [.field(field)]
            return
        }
        var parts: [Part] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            if start.lowerBound > rest.startIndex { parts.append(.literal(String(rest[..<start.lowerBound]))) }
            guard let close = rest[start.upperBound...].firstIndex(of: "}"),
                  let path = String(rest[start.upperBound..<close]).removingPrefix("request.body."),
                  let field = BodyPath(path) else { return nil }
            parts.append(.field(field))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        self.parts = parts
    }

    /// The selection key for `body`, or nil when the body is not JSON or a field is missing.
    public func evaluate(body: String) -> String? {
        guard let document = try? PermissiveJSON.parse(body) else { return nil }
        var key = ""
        for part in parts {
            switch part {
            case .literal(let text): key += text
            case .field(let path):
                guard case .success(let value) = path.text(in: document) else { return nil }
                key += value
            }
        }
        return key
    }

    /// The route (or template) key for `body` among `keys`: the evaluated key when it is one
    /// of them, otherwise `$default` when present, otherwise nil (API Gateway answers that no
    /// route matched).
    public func select(body: String, from keys: [String]) -> Selection {
        let key = evaluate(body: body)
        if let key, keys.contains(key) { return Selection(key: key, evaluated: key) }
        return Selection(key: keys.contains("$default") ? "$default" : nil, evaluated: key)
    }

    /// What a selection found.
    public struct Selection: Equatable, Sendable {
        /// The chosen route or template key; nil when nothing matched and there is no `$default`.
        public var key: String?
        /// What the expression evaluated to; nil when the body had no such field.
        public var evaluated: String?
    }
}
