/// A lexical JSON highlighter, one line at a time: keys, strings, numbers,
/// literals and punctuation. Malformed input is highlighted as far as it goes.
enum JSONHighlighter {
    static func tokens(_ line: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < line.count {
            let start = index
            let character = line[index]
            if character == "\"" {
                index += 1
                while index < line.count, line[index] != "\"" {
                    index += line[index] == "\\" ? 2 : 1
                }
                index = min(index + 1, line.count)
                var look = index
                while look < line.count, line[look] == " " || line[look] == "\t" { look += 1 }
                let isKey = look < line.count && line[look] == ":"
                tokens.append(Token(start..<index, isKey ? .key : .string))
            } else if character.isDigit || character == "-" {
                index += 1
                while index < line.count, line[index].isDigit || "+-.eE".contains(line[index]) { index += 1 }
                tokens.append(Token(start..<index, .number))
            } else if character.isLetter {
                while index < line.count, line[index].isLetter { index += 1 }
                tokens.append(Token(start..<index, .keyword))
            } else if "{}[],:".contains(character) {
                index += 1
                tokens.append(Token(start..<index, .punctuation))
            } else {
                index += 1
            }
        }
        return tokens
    }
}
