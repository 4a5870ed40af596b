/// A lexical YAML highlighter for request files: keys, quoted strings,
/// numbers, literals, list dashes and comments.
enum YAMLHighlighter {
    static let literals: Set<String> = ["true", "false", "null", "~", "yes", "no"]

    static func tokens(_ line: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < line.count, line[index] == " " { index += 1 }
        if index < line.count, line[index] == "-", index + 1 == line.count || line[index + 1] == " " {
            tokens.append(Token(index..<index + 1, .punctuation))
            index += 1
        }
        while index < line.count, line[index] == " " { index += 1 }
        // A key: text up to ": " or a final ":".
        var look = index
        while look < line.count, line[look] != "#", line[look] != "\"", line[look] != "'" {
            if line[look] == ":", look + 1 == line.count || line[look + 1] == " " {
                tokens.append(Token(index..<look, .key))
                tokens.append(Token(look..<look + 1, .punctuation))
                index = look + 1
                break
            }
            look += 1
        }
        while index < line.count {
            let start = index
            let character = line[index]
            if character == "#", index == 0 || line[index - 1] == " " {
                tokens.append(Token(index..<line.count, .comment))
                break
            } else if character == "\"" || character == "'" {
                index += 1
                while index < line.count, line[index] != character {
                    index += character == "\"" && line[index] == "\\" ? 2 : 1
                }
                index = min(index + 1, line.count)
                tokens.append(Token(start..<index, .string))
            } else if character == " " {
                index += 1
            } else {
                while index < line.count, line[index] != " " { index += 1 }
                let word = String(line[start..<index])
                if Double(word) != nil {
                    tokens.append(Token(start..<index, .number))
                } else if literals.contains(word.lowercased()) {
                    tokens.append(Token(start..<index, .keyword))
                } else if "{}[],".contains(character), word.count == 1 {
                    tokens.append(Token(start..<index, .punctuation))
                }
            }
        }
        return tokens.filter { !$0.columns.isEmpty }
    }
}
