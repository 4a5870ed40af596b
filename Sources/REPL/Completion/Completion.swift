/// What Tab offers for the text before the cursor.
public struct Completion: Equatable, Sendable {
    /// The word being completed, as typed (the end of the text before the cursor).
    public var typed: String
    /// Whole words that start with `typed`, sorted, without duplicates.
    public var candidates: [String]
    /// Added after a single, complete candidate (a space after a command name).
    public var terminator: String

    public init(typed: String, candidates: [String], terminator: String = "") {
        self.typed = typed
        self.candidates = candidates
        self.terminator = terminator
    }

    /// No completion.
    public static let none = Completion(typed: "", candidates: [])

    /// The text to insert at the cursor: what all candidates share beyond `typed`.
    public var insertion: String {
        guard var common = candidates.first else { return "" }
        if candidates.count == 1 { return String(common.dropFirst(typed.count)) + terminator }
        for candidate in candidates.dropFirst() {
            common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
        }
        return common.count > typed.count ? String(common.dropFirst(typed.count)) : ""
    }

    /// True when Tab cannot insert anything but several words fit: list them.
    public var shouldList: Bool { candidates.count > 1 && insertion.isEmpty }
}

/// Completes references, JSONPaths of the body and commands.
public struct Completer: Sendable {
    /// Every reference path known (`$input.body`, `$input.json(`, `$context.identity.sourceIp`,
    /// `$myVar`): completion offers them one segment at a time.
    public var references: [String]
    /// JSONPaths of the body's keys (`$.things`, `$.things.1`), offered inside
    /// `$input.path('` and `$input.json('`.
    public var jsonPaths: [String]
    /// Command names without the colon.
    public var commands: [String]

    public init(references: [String], jsonPaths: [String], commands: [String]) {
        self.references = references
        self.jsonPaths = jsonPaths
        self.commands = commands
    }

    /// The completion for the text before the cursor.
    public func complete(_ before: String) -> Completion {
        let trimmed = before.drop { $0 == " " }
        if trimmed.hasPrefix(":"), !trimmed.contains(" ") {
            return Completion(typed: String(trimmed), candidates: commands.map { ":" + $0 }.filter { $0.hasPrefix(trimmed) }.sorted(), terminator: " ")
        }
        if let path = jsonPathWord(before) {
            return Completion(typed: path, candidates: Self.nextSegments(of: jsonPaths, after: path, separators: [".", "["]))
        }
        guard let word = referenceWord(before) else { return .none }
        var marker = ""
        var bare = word
        if word.hasPrefix("$!") || word.hasPrefix("${") { marker = String(word.dropFirst().prefix(1)); bare = "$" + word.dropFirst(2) }
        let found = Self.nextSegments(of: references, after: bare, separators: ["."])
        return Completion(typed: word, candidates: found.map { marker.isEmpty ? $0 : "$" + marker + $0.dropFirst() })
    }

    /// The distinct continuations of `typed` in `words`, each cut just after the next `.` or
    /// just before the next other separator.
    static func nextSegments(of words: [String], after typed: String, separators: Set<Character>) -> [String] {
        var found = Set<String>()
        for word in words where word.hasPrefix(typed) && word != typed {
            let rest = word.dropFirst(typed.count)
            if let cut = rest.dropFirst().firstIndex(where: { separators.contains($0) }) {
                let end = rest[cut] == "." ? rest.index(after: cut) : cut
                found.insert(typed + rest[..<end])
            } else {
                found.insert(word)
            }
        }
        // A group and its members: offer the group with its separator (`$context.identity.`).
        return found.filter { !found.contains($0 + ".") }.sorted()
    }

    /// The JSONPath typed so far when the cursor is inside `$input.path('…` or `$input.json('…`.
    private func jsonPathWord(_ before: String) -> String? {
        let chars = Array(before)
        var i = chars.count - 1
        while i >= 0, chars[i] != "'", chars[i] != "\"" { i -= 1 }
        guard i >= 0 else { return nil }
        var opener = String(chars[..<i])
        while opener.hasSuffix(" ") { opener.removeLast() }
        guard opener.hasSuffix("$input.path(") || opener.hasSuffix("$input.json(") else { return nil }
        let inside = String(chars[(i + 1)...])
        return inside.isEmpty || inside.hasPrefix("$") ? inside : nil
    }

    /// The reference being typed at the end of the text (`$context.ide`, `$!x`), if any.
    private func referenceWord(_ before: String) -> String? {
        var start = before.endIndex
        while start > before.startIndex {
            let previous = before[before.index(before: start)]
            if previous.isLetter || previous.isNumber || previous == "_" || previous == "." || previous == "-" {
                start = before.index(before: start)
            } else {
                break
            }
        }
        var word = String(before[start...])
        var head = start
        if head > before.startIndex, ["!", "{"].contains(before[before.index(before: head)]) {
            head = before.index(before: head)
            word = String(before[head]) + word
        }
        guard head > before.startIndex, before[before.index(before: head)] == "$" else { return nil }
        return "$" + word
    }
}
