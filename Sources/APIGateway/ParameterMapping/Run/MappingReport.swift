import JSON
import OrderedCollections

/// Prints a mapping result: as text with the step-by-step explanation, or as one JSON object.
public enum MappingReport {
    /// The mapped parameters, then how each mapping was resolved.
    public static func text(_ result: ParameterMappingResult, side: MappingSide, route: String?) -> String {
        var lines: [String] = []
        if let route { lines.append("route: \(route)") }
        let parameters = result.parameters
        switch side {
        case .request:
            lines.append("integration request:")
            lines += section("header", parameters.header.map { ($0.key, $0.value) })
            lines += section("querystring", parameters.querystring.flatMap { name, values in values.map { (name, $0) } })
            lines += section("path", parameters.path.map { ($0.key, $0.value) })
        case .response:
            lines.append("method response:")
            lines += section("header", parameters.header.map { ($0.key, $0.value) })
        }
        lines.append("")
        lines.append("mappings:")
        if result.steps.isEmpty { lines.append("  (none)") }
        for step in result.steps {
            lines += step.explanation.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ entries: [(String, String)]) -> [String] {
        guard !entries.isEmpty else { return ["  \(title): (none)"] }
        return ["  \(title):"] + entries.map { "    \($0.0): \($0.1)" }
    }

    /// `{"header": {...}, "querystring": {...}, "path": {...}}` (response side: `{"header": {...}}`);
    /// a query string with several values is an array.
    public static func json(_ result: ParameterMappingResult, side: MappingSide) -> String {
        let parameters = result.parameters
        var object: OrderedDictionary<String, JSONValue> = ["header": strings(parameters.header)]
        if side == .request {
            object["querystring"] = .object(parameters.querystring.mapValues { values in
                values.count == 1 ? .string(values[0]) : .array(values.map(JSONValue.string))
            })
            object["path"] = strings(parameters.path)
        }
        return JSONValue.object(object).jsonText(.pretty(indent: 2)) + "\n"
    }

    private static func strings(_ map: OrderedDictionary<String, String>) -> JSONValue {
        .object(map.mapValues(JSONValue.string))
    }
}
