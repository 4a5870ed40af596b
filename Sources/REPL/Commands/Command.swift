/// A REPL command: a line starting with `:`.
public enum Command: Equatable, Sendable {
    case help
    case load(file: String)
    case body(String)
    case header(name: String, value: String)
    case query(name: String, value: String)
    case path(name: String, value: String)
    case stage(name: String, value: String)
    case context(path: String, value: String)
    case show
    case vars
    case trace(String)
    case explain(String)
    case reset
    case quit

    /// One line of `:help` per command, in the order shown.
    public static let catalog: [(name: String, arguments: String, summary: String)] = [
        ("help", "", "this list"),
        ("load", "FILE", "load a request from a JSON or YAML file"),
        ("body", "TEXT", "set the request body"),
        ("header", "NAME VALUE", "set a request header"),
        ("query", "NAME VALUE", "set a query string parameter"),
        ("path", "NAME VALUE", "set a path parameter"),
        ("stage", "NAME VALUE", "set a stage variable"),
        ("context", "PATH VALUE", "set a $context variable, e.g. :context identity.sourceIp 10.0.0.1"),
        ("show", "", "show the request"),
        ("vars", "", "show the variables #set defined"),
        ("trace", "EXPR", "evaluate step by step: references, method calls, results"),
        ("explain", "EXPR", "explain what each part of an expression means"),
        ("reset", "", "forget variables and restore the request the REPL started with"),
        ("quit", "", "leave (Ctrl-D works too)"),
    ]

    /// Parses a line that starts with `:`.
    public static func parse(_ line: String) throws(CommandError) -> Command {
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, chars[i] == ":" else { throw CommandError("a command starts with ':'", column: i + 1) }
        let nameStart = i + 1
        i = nameStart
        while i < chars.count, chars[i] != " ", chars[i] != "\t" { i += 1 }
        let name = String(chars[nameStart..<i])
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        let restColumn = i + 1
        let rest = String(chars[i...]).trimmingTrailingSpaces()

        func nothing() throws(CommandError) {
            if !rest.isEmpty { throw CommandError(":\(name) takes no argument", column: restColumn) }
        }
        func one(_ what: String) throws(CommandError) -> String {
            if rest.isEmpty { throw CommandError(":\(name) needs \(what)", column: restColumn) }
            return rest
        }
        func pair(_ what: String) throws(CommandError) -> (String, String) {
            let words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard words.count == 2 else {
                throw CommandError(":\(name) needs \(what)", column: words.isEmpty ? restColumn : restColumn + words[0].count)
            }
            return (String(words[0]), String(words[1]).trimmingLeadingSpaces())
        }

        switch name {
        case "help", "h", "?": try nothing(); return .help
        case "load": return .load(file: try one("a file name"))
        case "body": return .body(rest)
        case "header": let (n, v) = try pair("a name and a value"); return .header(name: n, value: v)
        case "query": let (n, v) = try pair("a name and a value"); return .query(name: n, value: v)
        case "path": let (n, v) = try pair("a name and a value"); return .path(name: n, value: v)
        case "stage": let (n, v) = try pair("a name and a value"); return .stage(name: n, value: v)
        case "context":
            let (p, v) = try pair("a path and a value")
            return .context(path: p.hasPrefix("$context.") ? String(p.dropFirst(9)) : p, value: v)
        case "show": try nothing(); return .show
        case "vars": try nothing(); return .vars
        case "trace": return .trace(try one("an expression"))
        case "explain": return .explain(try one("an expression"))
        case "reset": try nothing(); return .reset
        case "quit", "q", "exit": try nothing(); return .quit
        default:
            let known = catalog.map(\.name).filter { $0.hasPrefix(name) && !name.isEmpty }
            let hint = known.count == 1 ? "; did you mean :\(known[0])?" : "; :help lists the commands"
            throw CommandError("unknown command :\(name)\(hint)", column: nameStart + 1)
        }
    }
}

/// A command line that could not be understood, with the 1-based column to point at.
public struct CommandError: Error, Equatable, Sendable {
    public var message: String
    public var column: Int
    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }

    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
