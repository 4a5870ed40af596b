/// Finds the partner of the bracket or VTL block directive under the cursor
/// (`#if`/`#elseif`/`#else`/`#end`, `#foreach`, `#macro`, `#define`, `#@call`).
extension EditorState {
    /// How far (in lines) a partner is searched for: bounded so a key never waits on a long scan.
    static let matchWindow = 500
    /// How many characters a bracket search looks at, at most (very long lines).
    static let matchBudget = 50_000

    static let openers: Set<String> = ["if", "foreach", "macro", "define"]
    static let pairs: [Character: Character] = ["(": ")", "[": "]", "{": "}"]

    /// Recomputes `partners` for the cursor position.
    public mutating func updatePartners() {
        partners = []
        if language == .vtl, let found = directivePartners() {
            partners = found
            return
        }
        for column in [cursor.column, cursor.column - 1] where column >= 0 {
            let position = TextPosition(line: cursor.line, column: column)
            if let character = buffer.character(at: position), let partner = bracketPartner(of: position, character) {
                partners = [TextRange(position, TextPosition(line: position.line, column: column + 1)),
                            TextRange(partner, TextPosition(line: partner.line, column: partner.column + 1))]
                return
            }
        }
    }

    private func bracketPartner(of position: TextPosition, _ character: Character) -> TextPosition? {
        var budget = EditorState.matchBudget
        if let close = EditorState.pairs[character] {
            var depth = 0
            var at = position
            let limit = min(buffer.lineCount, position.line + EditorState.matchWindow)
            while at.line < limit {
                let line = buffer.line(at.line)
                while at.column < line.count {
                    budget -= 1
                    if budget < 0 { return nil }
                    if line[at.column] == character { depth += 1 }
                    if line[at.column] == close {
                        depth -= 1
                        if depth == 0 { return at }
                    }
                    at.column += 1
                }
                at = TextPosition(line: at.line + 1, column: 0)
            }
            return nil
        }
        guard let open = EditorState.pairs.first(where: { $0.value == character })?.key else { return nil }
        var depth = 0
        var line = position.line
        var column = position.column
        let limit = max(0, position.line - EditorState.matchWindow)
        while line >= limit {
            let text = buffer.line(line)
            while column >= 0 {
                budget -= 1
                if budget < 0 { return nil }
                if column < text.count {
                    if text[column] == character { depth += 1 }
                    if text[column] == open {
                        depth -= 1
                        if depth == 0 { return TextPosition(line: line, column: column) }
                    }
                }
                column -= 1
            }
            line -= 1
            column = buffer.line(line).count - 1
        }
        return nil
    }

    /// A directive token of a line: its range and its bare name.
    struct DirectiveToken {
        var range: TextRange
        var name: String
        var isOpener: Bool { EditorState.openers.contains(name) || name.hasPrefix("@") }
        var isMiddle: Bool { name == "else" || name == "elseif" }
        var isEnd: Bool { name == "end" }
    }

    /// The directives of a line; of a very long line only those near `columns` (or none).
    private mutating func directives(onLine index: Int, around columns: Range<Int>? = nil) -> [DirectiveToken] {
        cacheHighlighting(through: index)
        let line = buffer.line(index)
        if columns == nil && line.count > EditorState.longLine { return [] }
        return tokens(ofLine: index, around: columns).filter { $0.kind == .directive }.map { token in
            let name = String(line[token.columns]).filter { $0 != "#" && $0 != "{" && $0 != "}" }
            return DirectiveToken(
                range: TextRange(TextPosition(line: index, column: token.columns.lowerBound),
                                 TextPosition(line: index, column: token.columns.upperBound)),
                name: name)
        }
    }

    private mutating func directivePartners() -> [TextRange]? {
        let here = directives(onLine: cursor.line, around: cursor.column..<cursor.column + 1).first {
            $0.range.start.column <= cursor.column && cursor.column <= $0.range.end.column
        }
        guard let here, here.isOpener || here.isMiddle || here.isEnd else { return nil }
        var result = [here.range]
        var opener: DirectiveToken? = here.isOpener ? here : nil
        if !here.isOpener {
            opener = scanBackward(from: here)
            if let opener { result.append(opener.range) }
        }
        if !here.isEnd, let found = scanForward(from: here, collectMiddles: opener?.name == "if") {
            result += found
        }
        return result
    }

    /// The matching `#end` (and the `#else`/`#elseif` of the same level) after `start`.
    private mutating func scanForward(from start: DirectiveToken, collectMiddles: Bool) -> [TextRange]? {
        var depth = 0
        var middles: [TextRange] = []
        let limit = min(buffer.lineCount, start.range.start.line + EditorState.matchWindow)
        for index in start.range.start.line..<limit {
            for token in directives(onLine: index) where token.range.start > start.range.start {
                if token.isOpener { depth += 1 }
                else if token.isEnd {
                    if depth == 0 { return middles + [token.range] }
                    depth -= 1
                } else if token.isMiddle, depth == 0, collectMiddles {
                    middles.append(token.range)
                }
            }
        }
        return nil
    }

    /// The opening directive of the block `end` (an `#end`, `#else` or `#elseif`) belongs to.
    private mutating func scanBackward(from end: DirectiveToken) -> DirectiveToken? {
        var depth = 0
        let limit = max(0, end.range.start.line - EditorState.matchWindow)
        for index in stride(from: end.range.start.line, through: limit, by: -1) {
            for token in directives(onLine: index).reversed() where token.range.start < end.range.start {
                if token.isEnd { depth += 1 }
                else if token.isOpener {
                    if depth == 0 { return token }
                    depth -= 1
                }
            }
        }
        return nil
    }
}
