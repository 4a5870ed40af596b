import Foundation
import JSON
import OrderedCollections

/// Helpers for the invocation steps and the console-style execution log.
enum ExecutionLog {
    /// Java's `Map.toString()`: `{a=1, b=2}`.
    static func javaMap(_ map: OrderedDictionary<String, String>) -> String {
        "{" + map.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}"
    }

    /// The media type of a Content-Type value, lower-cased, without parameters.
    static func mediaType(_ value: String?) -> String? {
        guard let value else { return nil }
        let type = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }

    /// The media types an Accept header lists, in order.
    static func acceptedTypes(_ accept: String) -> [String] {
        accept.split(separator: ",").compactMap { mediaType(String($0)) }
    }

    /// The request template for a content type (matched case-insensitively).
    static func template(for contentType: String, in templates: OrderedDictionary<String, String>) -> (contentType: String, text: String)? {
        templates.first(where: { $0.key.lowercased() == contentType }).map { ($0.key, $0.value) }
    }

    /// The response template for an Accept list: the first accepted type that has a
    /// template, else `application/json`'s, else the first template.
    static func responseTemplate(accepting accepted: [String], in templates: OrderedDictionary<String, String>) -> (contentType: String, text: String)? {
        for type in accepted {
            if let match = template(for: type, in: templates) { return match }
        }
        return template(for: "application/json", in: templates) ?? templates.elements.first.map { ($0.key, $0.value) }
    }

    /// The `statusCode` of a MOCK integration's transformed request (json-smart is permissive).
    static func mockStatus(_ body: String) -> Int? {
        guard let document = try? PermissiveJSON.parse(body), let status = document["statusCode"] else { return nil }
        switch status {
        case .int(let i): return Int(i)
        case .long(let l): return Int(exactly: l)
        case .string(let s): return Int(s)
        default: return nil
        }
    }
}
