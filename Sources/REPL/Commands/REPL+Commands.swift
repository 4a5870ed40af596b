import APIGateway
import OrderedCollections
import Playground
import VTL

extension REPL {
    func run(_ command: Command) {
        switch command {
        case .help: showHelp()
        case .load(let file):
            do {
                try session.openRequest(file)
                if let error = session.requestError {
                    print(style.error("error: \(error.description)"))
                } else {
                    requestChanged()
                    print("loaded \(file)")
                }
            } catch {
                print(style.error("error: \(error.description)"))
            }
        case .body(let text): edit { $0.body = text }
        case .header(let name, let value): edit { $0.headers[name] = value }
        case .query(let name, let value): edit { $0.querystring[name] = value }
        case .path(let name, let value): edit { $0.path[name] = value }
        case .stage(let name, let value): edit { $0.stageVariables[name] = value }
        case .context(let path, let value):
            let keys = path.split(separator: ".").map(String.init)
            guard !keys.isEmpty else { print(style.error("error: :context needs a path such as identity.sourceIp")); return }
            edit { Self.set(&$0.context, keys[...], Self.literal(value)) }
        case .show:
            if let file = session.requestDocument.path {
                print(style.dim("# \(file)" + (session.requestDocument.isDirty ? " (changed, not saved)" : "")))
            }
            let text = session.requestDocument.text
            if text.allSatisfy(\.isWhitespace) {
                print(style.dim("the default request: empty body (\"{}\"), no parameters, default $context"))
            } else {
                write(text.hasSuffix("\n") ? text : text + "\n")
            }
        case .vars: showVariables()
        case .trace(let text): trace(text)
        case .explain(let text): explain(text)
        case .reset:
            resetState()
            print("variables cleared, request restored")
        case .quit: break
        }
    }

    private func showHelp() {
        print("Type VTL (#set, #if ... #end, text) or an expression ($input.path('$.name')).")
        print("#set variables persist; blocks continue over several lines until #end.")
        let width = Command.catalog.map { $0.name.count + $0.arguments.count + 2 }.max() ?? 0
        for entry in Command.catalog {
            let head = ":" + entry.name + (entry.arguments.isEmpty ? "" : " " + entry.arguments)
            print("  " + head + String(repeating: " ", count: max(1, width - head.count + 2)) + entry.summary)
        }
        print("Tab completes $input. $util. $context. $stageVariables. your variables, body keys in $input.path('$. and commands.")
    }

    private func edit(_ change: (inout MethodRequest) -> Void) {
        var request = session.request
        change(&request)
        session.setRequest(request)
        requestChanged()
    }

    private static func set(_ map: inout OrderedDictionary<String, Value>, _ keys: ArraySlice<String>, _ value: Value) {
        guard let key = keys.first else { return }
        if keys.count == 1 {
            map[key] = value
            return
        }
        var inner = OrderedDictionary<String, Value>()
        if case .map(let existing)? = map[key] {
            for (k, v) in existing.entries { inner[Java.toString(k.value)] = v }
        }
        set(&inner, keys.dropFirst(), value)
        let ref = MapRef()
        for (k, v) in inner { ref.entries[MapKey(k)] = v }
        map[key] = .map(ref)
    }

    /// `true`/`false`, `null`, integers and `"quoted"` text are typed; anything else is a string.
    static func literal(_ text: String) -> Value {
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if let int = Int32(text) { return .int(int) }
        if let long = Int64(text) { return .long(long) }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { return .string(String(text.dropFirst().dropLast())) }
        return .string(text)
    }

    private func showVariables() {
        if variables.isEmpty {
            print(style.dim("no variables yet: #set($name = value) defines one"))
            return
        }
        for name in variables.keys.sorted() {
            let value = variables[name]!
            print("$\(name) = " + VariablesTree.rendered(value) + style.dim("  : " + ValueDescription.summary(value)))
            if ValueDescription.isCollection(value) { print(ValueDescription.tree(value, indent: "  ")) }
        }
    }

    private func explain(_ text: String) {
        let explainer = Explainer(variables: variables.mapValues(ValueDescription.typeName))
        let rows = explainer.explain(text)
        if rows.isEmpty {
            print(style.dim("nothing to explain: try :explain $input.json('$.name')"))
            return
        }
        let width = min(40, rows.map(\.part.count).max() ?? 0)
        for row in rows {
            let pad = String(repeating: " ", count: max(1, width - row.part.count + 2))
            print("  " + style.bold(row.part) + pad + row.meaning)
        }
    }

    private func trace(_ text: String) {
        let expression = REPL.expressionTemplate(text)
        let shift = expression == nil ? 0 : REPL.expressionPrefix.count
        let template: Template
        if let expression {
            template = expression
        } else {
            do {
                template = try Template(parsing: text, name: "input")
            } catch {
                report(error, source: text, shift: 0)
                return
            }
        }
        let result = render(template, trace: true)
        for event in result.trace?.events ?? [] {
            guard let line = TraceLine.describe(event, shift: shift, hiding: REPL.resultName) else { continue }
            print(line)
        }
        if let failure = result.failure { report(failure, source: text, shift: shift) }
        else if expression != nil { print(describe(result.variables[REPL.resultName] ?? .null, undefined: undefinedRoot(text))) }
        else if !result.output.isEmpty { print(style.dim("output: ") + result.output) }
    }
}

/// One trace event as a line of `:trace`.
enum TraceLine {
    static func describe(_ event: TraceEvent, shift: Int, hiding hidden: String) -> String? {
        let start = event.sourceRange.start
        let column = start.line == 1 ? max(1, start.column - shift) : start.column
        let place = (start.line == 1 ? "" : "\(start.line):") + "col \(column)"
        func show(_ value: ValueSnapshot) -> String {
            (value.typeName == "null" ? "null" : quoteIfString(value)) + "  : " + value.typeName
        }
        switch event.kind {
        case .text: return nil
        case .reference(let source, let value): return "\(place)  \(source) → \(show(value))"
        case .methodCall(let name, let arguments, let result):
            let args = arguments.map(quoteIfString).joined(separator: ", ")
            return "\(place)  .\(name)(\(args)) → " + (result.map(show) ?? "unresolved (renders as \"\")")
        case .set(let target, let value):
            if target.contains(hidden) { return nil }
            return "\(place)  #set(\(target)) = \(show(value))"
        case .condition(let value, let taken): return "\(place)  condition is \(value)" + (taken ? ": block runs" : "")
        case .elseBranch: return "\(place)  #else block runs"
        case .iteration(let item, let index): return "\(place)  iteration \(index): \(show(item))"
        case .control(let what): return "\(place)  \(what)"
        }
    }

    static func quoteIfString(_ value: ValueSnapshot) -> String {
        value.typeName == "java.lang.String" ? "\"" + value.rendered + "\"" : value.rendered
    }
}
