import VTL

/// Warnings for things that work in a plain Velocity engine but not, or not as
/// expected, on API Gateway. (Loop limits and the 300 KB template size are
/// reported by the engine itself.)
public enum Pitfalls {
    /// Inline `#macro` definitions: API Gateway never registers them, so calls print as written.
    public static func macros(in template: String, name: String) -> [Diagnostic] {
        directiveOffsets("macro", in: template).map { offset in
            let start = SourceText.position(ofByte: offset, in: template)
            let end = SourceText.position(ofByte: offset + (template.utf8.dropFirst(offset).starts(with: "#{".utf8) ? 8 : 6), in: template)
            return Diagnostic(severity: .warning,
                              reason: "API Gateway does not run inline macros: the #macro is ignored and its calls print as written",
                              range: SourceRange(start: start, end: end), templateName: name)
        }
    }

    /// `\'` in output that looks like JSON: `$util.escapeJavaScript` escapes `'`, and
    /// `\'` is not a valid JSON escape. Points at the template step that wrote it when
    /// the trace is available, else at the first `escapeJavaScript` in the template.
    public static func escapedQuotes(output: String, template: String, name: String, trace: Trace?) -> [Diagnostic] {
        guard looksLikeJSON(output), let offset = byteOffset(of: "\\'", in: output) else { return [] }
        var range: SourceRange?
        if let trace {
            range = trace.events.last { event in
                if case .methodCall(name: "escapeJavaScript", _, _) = event.kind { return event.outputRange.contains(offset) || event.outputRange.isEmpty }
                return event.outputRange.contains(offset)
            }?.sourceRange
        }
        if range == nil || range!.start.offset == range!.end.offset, let call = byteOffset(of: "escapeJavaScript", in: template) {
            range = SourceRange(start: SourceText.position(ofByte: call, in: template),
                                end: SourceText.position(ofByte: call + 16, in: template))
        }
        let outputPosition = SourceText.position(ofByte: offset, in: output)
        return [Diagnostic(severity: .warning,
                           reason: "the output has \\' (output line \(outputPosition.line), column \(outputPosition.column)), which is not valid in JSON: $util.escapeJavaScript escapes single quotes",
                           range: range ?? SourceRange(at: SourcePosition(offset: 0, line: 1, column: 1)), templateName: name)]
    }

    /// True when the first non-blank character is `{` or `[`.
    static func looksLikeJSON(_ text: String) -> Bool {
        let first = text.first { !$0.isWhitespace }
        return first == "{" || first == "["
    }

    /// Byte offsets of `#name` / `#{name}` outside `##` and `#* *#` comments.
    static func directiveOffsets(_ name: String, in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        let hash = UInt8(ascii: "#"), star = UInt8(ascii: "*")
        let plain = Array(("#" + name).utf8), braced = Array(("#{" + name + "}").utf8)
        var found: [Int] = []
        var i = 0
        func at(_ k: Int, _ pattern: [UInt8]) -> Bool {
            k + pattern.count <= bytes.count && bytes[k..<(k + pattern.count)].elementsEqual(pattern)
        }
        while i < bytes.count {
            guard bytes[i] == hash else { i += 1; continue }
            if i + 1 < bytes.count, bytes[i + 1] == hash {
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            } else if i + 1 < bytes.count, bytes[i + 1] == star {
                i += 2
                while i + 1 < bytes.count, !(bytes[i] == star && bytes[i + 1] == hash) { i += 1 }
                i += 2
            } else if at(i, plain) || at(i, braced) {
                let after = i + 1 + name.utf8.count + (bytes[i + 1] == UInt8(ascii: "{") ? 2 : 0)
                let isWord = after < bytes.count && (bytes[after] >= UInt8(ascii: "a") && bytes[after] <= UInt8(ascii: "z") || bytes[after] >= UInt8(ascii: "A") && bytes[after] <= UInt8(ascii: "Z"))
                if !isWord { found.append(i) }
                i = after
            } else {
                i += 1
            }
        }
        return found
    }

    static func byteOffset(of needle: String, in text: String) -> Int? {
        let hay = Array(text.utf8)
        let pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return nil }
        for start in 0...(hay.count - pin.count) where hay[start] == pin[0] {
            if hay[start..<(start + pin.count)].elementsEqual(pin) { return start }
        }
        return nil
    }
}

/// Positions in text, in the units of `SourcePosition` (UTF-8 offset, 1-based line,
/// 1-based column in Unicode scalars).
public enum SourceText {
    /// The position of UTF-8 byte `offset` (clamped to the text).
    public static func position(ofByte offset: Int, in text: String) -> SourcePosition {
        var line = 1
        var column = 1
        var bytes = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let size = UTF8.width(scalar)
            if bytes + size > offset { break }
            bytes += size
            if scalar == "\n" {
                if previous != "\r" { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
        }
        return SourcePosition(offset: bytes, line: line, column: column)
    }
}
