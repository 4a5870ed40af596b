/// Reads the AWS CLI shorthand of the seed's examples, as copied from a shell
/// command: `'integration.request.header.connectionId'='context.connectionId'`,
/// several separated by spaces, commas or newlines. Shell quoting is removed
/// (`"'static value'"` gives `'static value'`); a leading `--request-parameters`
/// is skipped. `KEY=true`, `KEY=false` and `KEY={Required=false}` declare parameters.
enum ShorthandReader {
    /// Whether `text` looks like shorthand rather than JSON or YAML.
    static func looksLikeShorthand(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("'") || trimmed.hasPrefix("--request-parameters") { return true }
        guard let firstLine = trimmed.split(separator: "\n").first, let equals = firstLine.firstIndex(of: "=") else { return false }
        return firstLine.firstIndex(of: ":").map { equals < $0 } ?? true
    }

    static func read(_ text: String) throws(MappingFileError) -> MappingConfiguration {
        var configuration = MappingConfiguration(format: .shorthand)
        for word in try words(text) where word.text != "--request-parameters" {
            guard let equals = word.text.firstIndex(of: "=") else {
                throw MappingFileError(line: word.line, column: word.column, reason: "expected KEY=VALUE, found \(quoted(word.text))")
            }
            let key = String(word.text[..<equals])
            let value = String(word.text[word.text.index(after: equals)...])
            configuration.positions[key] = FilePosition(line: word.line, column: word.column)
            switch declaration(value) {
            case .some(let required): configuration.declarations.append(DeclarationEntry(key, required: required))
            case nil: configuration.mappings.append(MappingEntry(key, value))
            }
        }
        guard !configuration.mappings.isEmpty || !configuration.declarations.isEmpty else {
            throw MappingFileError(line: 1, column: 1, reason: "no KEY=VALUE pair found")
        }
        return configuration
    }

    private static func declaration(_ value: String) -> Bool? {
        switch value {
        case "true", "{Required=true}": true
        case "false", "{Required=false}": false
        default: nil
        }
    }

    private struct Word {
        var text = ""
        var line: Int
        var column: Int
    }

    /// Splits on unquoted whitespace and commas, removing shell quotes.
    private static func words(_ text: String) throws(MappingFileError) -> [Word] {
        var words: [Word] = []
        var current: Word?
        var quote: (character: Character, line: Int, column: Int)?
        var line = 1
        var column = 0
        for character in text {
            column += 1
            defer { if character == "\n" { line += 1; column = 0 } }
            if let open = quote {
                if character == open.character { quote = nil } else { current?.text.append(character) }
                continue
            }
            if character.isWhitespace || character == "," {
                if let word = current { words.append(word) }
                current = nil
                continue
            }
            if current == nil { current = Word(line: line, column: column) }
            if character == "'" || character == "\"" {
                quote = (character, line, column)
            } else {
                current?.text.append(character)
            }
        }
        if let open = quote {
            throw MappingFileError(line: open.line, column: open.column, reason: "unterminated \(open.character) quote")
        }
        if let word = current { words.append(word) }
        return words
    }
}
