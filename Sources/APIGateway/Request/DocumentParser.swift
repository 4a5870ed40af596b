import Foundation

/// The syntax of a request, invocation or batch document.
public enum DocumentFormat: Sendable {
    case json
    case yaml

    /// By extension (`.json`, `.yaml`, `.yml`), else JSON when the text starts with `{` or `[`.
    static func guess(file: String, text: String) -> DocumentFormat {
        let lower = file.lowercased()
        if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        let first = text.first { !$0.isWhitespace }
        return first == "{" || first == "[" ? .json : .yaml
    }
}

/// Reads documents from text or files, in JSON or YAML.
public enum DocumentParser {
    /// Parses `text`; `format` nil means guess from the file name and the text.
    public static func parse(_ text: String, file: String, format: DocumentFormat? = nil) throws(DocumentError) -> DocumentNode {
        switch format ?? DocumentFormat.guess(file: file, text: text) {
        case .json: return try JSONDocument.parse(text, file: file)
        case .yaml: return try YAMLDocument.parse(text, file: file)
        }
    }

    /// Reads a file (`-`: standard input) as UTF-8, up to `InputFile.maximumBytes` (an
    /// invalid byte is an error with its line and column).
    public static func readText(file: String) throws(DocumentError) -> String {
        try decodeUTF8(try InputFile.read(file), file: file)
    }

    /// Decodes UTF-8 strictly, reporting the position of the first invalid byte.
    public static func decodeUTF8(_ bytes: [UInt8], file: String) throws(DocumentError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw DocumentError(file: file, line: line, column: column, reason: "the file is not valid UTF-8")
            }
        }
    }
}
