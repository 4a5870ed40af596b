import VTL

/// Pitfalls found by reading a template (no request needed), for `vtlplay lint`.
extension Pitfalls {
    /// `#evaluate`, `#include`, `#parse` and `#define`: API Gateway's engine has no
    /// resource loader and does not run them as Velocity would.
    public static func unsupportedDirectives(in template: String, name: String) -> [Diagnostic] {
        ["evaluate", "include", "parse", "define"].flatMap { directive in
            directiveOffsets(directive, in: template).map { offset in
                warning("API Gateway does not run #\(directive) (no templates to include, nothing evaluated at run time)",
                        offset, length: directive.utf8.count + 1, template, name)
            }
        }.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// `$util.escapeJavaScript` in a JSON template: it escapes `'` as `\'`, which is not a
    /// valid JSON escape, so a value with an apostrophe makes the output invalid JSON.
    public static func escapeJavaScriptInJSON(template: String, name: String) -> [Diagnostic] {
        offsets(of: "escapeJavaScript(", in: template).map { offset in
            warning("$util.escapeJavaScript escapes ' as \\', which is not valid in a JSON string: a value with an apostrophe breaks the output",
                    offset, length: 16, template, name)
        }
    }

    /// `$input.path(...)` written where a JSON value goes, outside quotes: a string value
    /// prints bare and the output is not JSON.
    public static func unquotedPaths(template: String, name: String) -> [Diagnostic] {
        let bytes = Array(template.utf8)
        return ["$input.path(", "$!input.path(", "${input.path(", "$!{input.path("].flatMap { offsets(of: $0, in: template) }.sorted().compactMap { offset in
            var index = offset - 1
            while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index -= 1 }
            guard index >= 0, [UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: ",")].contains(bytes[index]) else { return nil }
            var quotes = 0
            var start = index
            while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            for position in start..<offset where bytes[position] == UInt8(ascii: "\"") && (position == 0 || bytes[position - 1] != UInt8(ascii: "\\")) { quotes += 1 }
            guard quotes % 2 == 0 else { return nil }
            return warning("$input.path(...) outside quotes prints a string value bare, and the output is not JSON: quote it, or use $input.json(...)",
                           offset, length: 11, template, name)
        }
    }

    /// `#foreach` over request data or a literal range longer than the limit: API Gateway
    /// stops after `limit` iterations and drops the rest silently.
    public static func longLoops(template: String, name: String, limit: Int = Limits.apiGateway.foreachIterations) -> [Diagnostic] {
        let bytes = Array(template.utf8)
        return directiveOffsets("foreach", in: template).compactMap { offset in
            var end = offset
            var depth = 0
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                if bytes[end] == UInt8(ascii: "(") { depth += 1 }
                if bytes[end] == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                end += 1
            }
            let header = String(decoding: bytes[offset..<end], as: UTF8.self)
            let fromRequest = header.contains("$input.") || header.contains("input.path") || header.contains("parseJson")
            var longRange = false
            if let open = header.firstIndex(of: "["), let dots = header.range(of: ".."), let close = header.lastIndex(of: "]"),
               open < dots.lowerBound, dots.upperBound <= close,
               let low = Int(header[header.index(after: open)..<dots.lowerBound].filter { $0 != " " }),
               let high = Int(header[dots.upperBound..<close].filter { $0 != " " }) {
                longRange = abs(high - low) + 1 > limit
            }
            guard fromRequest || longRange else { return nil }
            let why = longRange ? "this range has more than \(limit) elements" : "it loops over request data, which can hold more than \(limit) items"
            return warning("API Gateway stops #foreach after \(limit) iterations and drops the rest silently: \(why)", offset, length: 8, template, name)
        }
    }

    /// A template over API Gateway's 300 KB limit.
    public static func templateSize(template: String, name: String, limit: Int = Limits.apiGateway.templateSizeWarning) -> [Diagnostic] {
        guard template.utf8.count > limit else { return [] }
        return [warning("the template is \(template.utf8.count) bytes; API Gateway refuses templates over \(limit / 1024) KB", 0, length: 0, template, name)]
    }

    private static func warning(_ reason: String, _ offset: Int, length: Int, _ template: String, _ name: String) -> Diagnostic {
        Diagnostic(severity: .warning, reason: reason,
                   range: SourceRange(start: SourceText.position(ofByte: offset, in: template), end: SourceText.position(ofByte: offset + length, in: template)),
                   templateName: name)
    }

    /// Byte offsets of every occurrence of `needle`.
    static func offsets(of needle: String, in text: String) -> [Int] {
        let hay = Array(text.utf8), pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return [] }
        return (0...(hay.count - pin.count)).filter { hay[$0] == pin[0] && hay[$0..<($0 + pin.count)].elementsEqual(pin) }
    }
}
