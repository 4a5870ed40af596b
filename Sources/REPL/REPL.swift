import APIGateway
import Playground
import VTL

/// The read-eval-print loop: each entry is a command (`:help`), an expression
/// (`$input.path('$.a')`, shown with its type) or any VTL (`#set`, blocks over
/// several lines). Variables `#set` defined persist from one entry to the next.
public final class REPL {
    /// The session holding the request.
    public let session: Session
    private let reader: LineReader
    let style: Style
    let write: (String) -> Void
    /// The request to restore on `:reset`.
    private let initialRequest: MethodRequest
    /// `$input`, `$util`, `$context`, `$stageVariables` for the current request; kept
    /// between entries so changes to `$context` persist like variables do.
    private(set) var gateway: MappingVariables
    /// What `#set` defined, by name.
    public internal(set) var variables: [String: Value] = [:]

    /// The prompts: first line and continuation lines.
    public static let prompt = "vtl> "
    public static let continuationPrompt = "...> "
    /// The variable an expression is assigned to for evaluation.
    static let resultName = "__vtlplay_result"

    /// Stops a long render (Ctrl-C); polled while rendering.
    private let cancellation: Cancellation?

    /// `cancellation` lets the user stop a render that takes too long.
    public init(session: Session, reader: LineReader, style: Style, cancellation: Cancellation? = nil,
                write: @escaping (String) -> Void) {
        self.session = session
        self.cancellation = cancellation
        self.reader = reader
        self.style = style
        self.write = write
        self.initialRequest = session.request
        self.gateway = MappingVariables(request: session.request, mapOrder: session.settings.mapOrder)
        reader.setCompleter { [unowned self] text in self.completer().complete(text) }
    }

    /// Reads and evaluates entries until the end of input or `:quit`.
    public func run() {
        if style.prompts {
            write(style.dim("vtlplay REPL: type VTL or an expression; :help for commands, Ctrl-D to leave.") + "\n")
        }
        while let entry = readEntry() {
            if entry.allSatisfy(\.isWhitespace) { continue }
            reader.remember(entry)
            if !evaluate(entry) { break }
        }
    }

    /// Reads one entry: a line, continued while a block or comment is open. An
    /// interrupted entry (Ctrl-C) comes back empty.
    private func readEntry() -> String? {
        guard var entry = reader.readLine(prompt: Self.prompt) else { return nil }
        if reader.takeInterrupt() { return "" }
        if entry.hasPrefix(":") { return entry }
        while BlockBalance.needsMoreInput(entry) {
            guard let more = reader.readLine(prompt: Self.continuationPrompt) else { break }
            if reader.takeInterrupt() { return "" }
            entry += "\n" + more
        }
        return entry
    }

    /// Evaluates one entry and prints the result; false when the REPL should stop.
    @discardableResult
    public func evaluate(_ entry: String) -> Bool {
        let trimmed = entry.trimmingLeadingSpaces()
        if trimmed.hasPrefix(":") {
            do {
                let command = try Command.parse(entry)
                if command == .quit { return false }
                run(command)
            } catch {
                print(Caret.message(error.message, line: entry, column: error.column, style: style))
            }
            return true
        }
        if let expression = Self.expressionTemplate(entry) {
            showExpression(entry, template: expression)
        } else {
            runTemplate(entry)
        }
        return true
    }

    // MARK: Evaluation

    /// `#set($result = ENTRY)` parsed, when the entry is a single expression. Entries that
    /// start with `#` or `{` (JSON, as mapping templates usually are) are templates.
    static func expressionTemplate(_ entry: String) -> Template? {
        let trimmed = entry.trimmingLeadingSpaces()
        guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix("{"), !entry.contains("\n") else { return nil }
        return try? Template(parsing: expressionPrefix + entry + ")", name: "input")
    }

    static let expressionPrefix = "#set($\(resultName) = "

    func render(_ template: Template, trace: Bool = false) -> RenderResult {
        cancellation?.reset()
        let options = RenderOptions(limits: session.settings.limits, recordTrace: trace, isCancelled: cancellation?.isCancelled)
        return template.render(globals: gateway.globals.merging(variables) { _, user in user }, options: options)
    }

    /// Fresh `$input`, `$context`, ... after the request changed.
    func requestChanged() {
        gateway = MappingVariables(request: session.request, mapOrder: session.settings.mapOrder)
    }

    /// Forgets the variables and restores the request the REPL started with.
    func resetState() {
        variables = [:]
        session.setRequest(initialRequest)
        requestChanged()
    }

    private func showExpression(_ entry: String, template: Template) {
        let result = render(template, trace: true)
        if let failure = result.failure {
            report(failure, source: entry, shift: Self.expressionPrefix.count)
            return
        }
        var value = result.variables[Self.resultName] ?? .null
        if Self.endsInNullCall(result.trace, expressionEnd: Self.expressionPrefix.utf8.count + entry.trimmingTrailingSpaces().utf8.count) {
            value = .null
        }
        keep(result.variables)
        showWarnings(result.warnings, source: entry, shift: Self.expressionPrefix.count)
        print(describe(value, undefined: undefinedRoot(entry)))
    }

    private func runTemplate(_ entry: String) {
        let template: Template
        do {
            template = try Template(parsing: entry, name: "input")
        } catch {
            report(error, source: entry, shift: 0)
            return
        }
        let before = variables
        let result = render(template)
        if !result.output.isEmpty { write(result.output.hasSuffix("\n") ? result.output : result.output + "\n") }
        if let failure = result.failure { report(failure, source: entry, shift: 0) }
        keep(result.variables)
        showWarnings(result.warnings + Pitfalls.macros(in: entry, name: "input"), source: entry, shift: 0)
        if result.output.allSatisfy(\.isWhitespace) && result.failure == nil {
            for name in variables.keys.sorted() where !Self.same(before[name], variables[name]) {
                print("$\(name) = " + VariablesTree.rendered(variables[name]!) + style.dim("  : " + ValueDescription.summary(variables[name]!)))
            }
        }
    }

    /// Keeps the variables a render defined (not API Gateway's own, nor the expression's result).
    private func keep(_ rendered: [String: Value]) {
        let own = gateway.globals
        for (name, value) in rendered where name != Self.resultName {
            if let global = own[name], Self.same(global, value) { continue }
            variables[name] = value
        }
    }

    /// True when the expression's last step is a method call that returned Java null (which
    /// API Gateway's Velocity turns into `""` before `#set` sees it).
    static func endsInNullCall(_ trace: Trace?, expressionEnd: Int) -> Bool {
        guard let last = trace?.events.last(where: { event in
            if case .methodCall = event.kind { return true }
            return false
        }), case .methodCall(_, _, let result?) = last.kind else { return false }
        return result.typeName == "null" && last.sourceRange.end.offset == expressionEnd
    }

    static func same(_ a: Value?, _ b: Value?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return MapKey(a) == MapKey(b)
        default: return false
        }
    }

    /// The value as it renders, its type, and a tree for collections.
    func describe(_ value: Value, undefined: String? = nil) -> String {
        let rendered = VariablesTree.rendered(value)
        var text = rendered.isEmpty ? style.dim("\"\"") + "\n" : rendered + "\n"
        if let undefined {
            text += style.dim(": $\(undefined) is not defined; it renders as \"\" on API Gateway")
        } else {
            text += style.dim(": " + ValueDescription.summary(value))
        }
        if ValueDescription.isCollection(value) {
            text += "\n" + ValueDescription.tree(value)
        }
        return text
    }

    /// The root variable of an expression that starts with a reference nobody defined.
    func undefinedRoot(_ expression: String) -> String? {
        var chars = Substring(expression.trimmingLeadingSpaces())
        guard chars.first == "$" else { return nil }
        chars = chars.dropFirst()
        if chars.first == "!" { chars = chars.dropFirst() }
        if chars.first == "{" { chars = chars.dropFirst() }
        let name = String(chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        guard !name.isEmpty, variables[name] == nil, gateway.globals[name] == nil else { return nil }
        return name
    }

    func report(_ diagnostic: Diagnostic, source: String, shift: Int) {
        let start = diagnostic.range.start
        let column = start.line == 1 ? max(1, start.column - shift) : start.column
        let multiline = source.contains("\n")
        if style.prompts && diagnostic.reason == "render cancelled" { write("\n") } // after the terminal's ^C
        print(Caret.message(diagnostic.reason, line: source.line(start.line), lineNumber: multiline ? start.line : nil,
                            column: column, style: style, label: diagnostic.severity.rawValue))
    }

    private func showWarnings(_ warnings: [Diagnostic], source: String, shift: Int) {
        for warning in warnings {
            let start = warning.range.start
            let column = start.line == 1 ? max(1, start.column - shift) : start.column
            print(style.warning("warning: " + warning.reason) + style.dim(" (column \(column))"))
        }
    }

    func print(_ text: String) {
        write(text + "\n")
    }
}
