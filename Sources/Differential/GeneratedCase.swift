import JSON

/// One generated case: a template and a request in the oracle's request format.
public struct GeneratedCase: Sendable, Equatable {
    public var id: String
    public var template: String
    public var request: JSONValue

    /// The case as one batch line (`{"id","template","request"}`), for both the oracle's
    /// and vtlplay's `render --batch`.
    public var batchLine: String {
        JSONValue.object(["id": .string(id), "template": .string(template), "request": request]).jsonText(.compact)
    }

    /// Case `index` of the run seeded with `seed` (its id is `seed-index`).
    public init(seed: UInt64, index: Int) {
        var random = SeededRandom(seed: seed, index: index)
        var requests = RequestGenerator(random: random)
        request = requests.request()
        random = SeededRandom(seed: random.next() ^ UInt64(index))
        var templates = TemplateGenerator(random: random)
        template = templates.template()
        id = "\(seed)-\(index)"
    }

    /// Cases `range` of the run seeded with `seed`.
    public static func cases(seed: UInt64, range: Range<Int>) -> [GeneratedCase] {
        range.map { GeneratedCase(seed: seed, index: $0) }
    }
}

/// Random requests: JSON bodies with awkward numbers and strings, invalid bodies, parameters,
/// headers (some repeated), stage variables and `$context` overrides.
struct RequestGenerator {
    var random: SeededRandom

    static let bodies: [String] = [
        #"{"a": {"b": "c"}, "s": "text", "n": 5, "items": [{"id": 1, "name": "x", "tags": ["t1", "t2"]}, {"id": 2, "name": "y"}]}"#,
        #"{"s": "caf\u00e9 \"q\" </tag> \\ \n", "n": -0.5, "f": 1.10, "big": 12345678901234567890, "e": 1e23, "t": true, "u": null}"#,
        #"{"items": [], "a": [], "n": 2147483648, "e": 1E-7, "nested": {"deep": {"x": [1, [2, 3]]}}}"#,
        #"[1, "two", {"three": 3}]"#,
        #"{"items": [{"id": 3}, {"id": 1, "tags": []}, {"id": 2, "name": "x"}], "s": "a,b,,c", "n": 0}"#,
        #""just a string""#,
        "42",
        "",
        "{not json",
        #"{"a": 1, "a": 2, "s": "\ud83d\ude00 \u0000"}"#,
        #"{"s": "x", "n": 1.0, "e": 0.1, "f": 100, "big": 1.5e308, "items": [{"id": 1.5}]}"#,
        "{\"s\": \"\u{00E9}\u{1F600}\", 'n': 7, z: 1}",
    ]

    mutating func request() -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        let body = random.pick(Self.bodies)
        if !body.isEmpty || random.chance(50) { members.append(("body", .string(body))) }
        if random.chance(40) { members.append(("path", .object(["id": .string(random.pick(["123", "a b", "é", ""]))]))) }
        if random.chance(50) {
            members.append(("querystring", .object([
                "name": .string(random.pick(["Bella", "a&b=c", "%41", ""])), "id": .string("q"),
            ])))
        }
        if random.chance(50) {
            members.append(("headers", .object([
                "X-Multi": .array([.string("1"), .string("2")]), "User-Agent": .string("curl/7"), "id": .string("h"),
            ])))
        }
        if random.chance(40) { members.append(("stageVariables", .object(["env": .string(random.pick(["test", "prod", ""]))]))) }
        if random.chance(25) {
            members.append(("context", .object(["authorizer": .object(["principalId": .string("user"), "n": .int(5),
                                                                       "claims": .object(["sub": .string("x")])])])))
        }
        return JSONValue(members: members)
    }
}
