import Playground
import VTL

/// `vtlplay debug`: a pdb-like command line over a `Debugger`. Every command
/// prints one answer, so scripts can drive it through a pipe.
public final class DebugShell {
    let debugger: Debugger
    let reader: LineReader
    let style: Style
    let write: (String) -> Void
    private let sourceLines: [Substring]

    public static let prompt = "(vtldb) "

    public init(debugger: Debugger, reader: LineReader, style: Style = .plain, write: @escaping (String) -> Void) {
        self.debugger = debugger
        self.reader = reader
        self.style = style
        self.write = write
        sourceLines = debugger.source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// Reads and runs commands until `quit` or the end of input.
    public func run() {
        reader.setCompleter { [weak self] in self?.complete($0) ?? .none }
        write(banner() + "\n")
        while let line = reader.readLine(prompt: style.prompts ? Self.prompt : "") {
            if reader.takeInterrupt() { continue }
            let trimmed = line.trimmedSpaces
            guard !trimmed.isEmpty else { continue }
            reader.remember(trimmed)
            guard let answer = execute(trimmed) else { break }
            write(answer.hasSuffix("\n") || answer.isEmpty ? answer : answer + "\n")
        }
    }

    /// What the render did, and how to start.
    func banner() -> String {
        var text = "Recorded \(debugger.map.count) steps; the output is \(debugger.outcome.output.utf8.count) bytes. Type help for the commands."
        if let failure = debugger.outcome.diagnostics.first {
            text += "\n" + style.error("The render fails at line \(failure.range.start.line): \(failure.reason)")
        }
        return text
    }

    /// Runs one command; nil for `quit`.
    public func execute(_ line: String) -> String? {
        let (word, rest) = line.splitWord
        switch word {
        case "quit", "q", "exit": return nil
        case "help", "h": return Self.help
        case "step", "s": return move(.into)
        case "back", "b": return move(.into, forward: false)
        case "next", "n": return move(.over)
        case "rnext": return move(.over, forward: false)
        case "finish", "f": return move(.out)
        case "rfinish": return move(.out, forward: false)
        case "continue", "c": return move(.breakpoint)
        case "reverse", "r": return move(.breakpoint, forward: false)
        case "goto", "g":
            guard let n = Int(rest) else { return usage("goto N (a step number)") }
            return move(.step(n))
        case "until", "u":
            guard let n = Int(rest) else { return usage("until LINE") }
            return move(.line(n))
        case "break": return breakpoint(rest)
        case "delete", "d":
            guard let n = Int(rest) else { return usage("delete N (a breakpoint number)") }
            return debugger.deleteBreakpoint(n) ? "Deleted breakpoint \(n)" : style.error("No breakpoint \(n)")
        case "watch", "w":
            if rest.isEmpty { return watches() }
            debugger.addWatch(rest)
            return "Watch \(debugger.watches.count): " + watchLine(rest, debugger.evaluate(rest))
        case "unwatch":
            guard let n = Int(rest) else { return usage("unwatch N") }
            return debugger.deleteWatch(n) ? "Deleted watch \(n)" : style.error("No watch \(n)")
        case "print", "p":
            guard !rest.isEmpty else { return usage("print EXPRESSION") }
            return valueText(debugger.evaluate(rest), full: true)
        case "vars", "v": return vars()
        case "where": return location(.moved) + "\n" + context()
        case "output", "o":
            let output = debugger.outputSoFar
            return output.isEmpty ? style.dim("(no output yet)") : output
        case "explain", "e":
            guard !rest.isEmpty else { return usage("explain EXPRESSION") }
            return explain(rest)
        default:
            return style.error("Unknown command \(word): type help for the commands")
        }
    }

    static let help = """
        break LINE [if EXPR]  stop on a template line (when EXPR holds); break alone lists them
        delete N              delete breakpoint N
        continue / reverse    run forwards / backwards to the next breakpoint
        step / back           one step forwards / backwards
        next / rnext          the next / previous step at this level (over loops, #if bodies, #define)
        finish / rfinish      out of the enclosing block or loop, forwards / backwards
        until LINE            run to the next step on LINE
        goto N                go to step N
        print EXPR            the value of a VTL expression at this step
        watch EXPR            show EXPR after every move; watch alone lists them; unwatch N
        vars                  the variables at this step, and what the step changed
        where                 the template around this step
        output                the output so far
        explain EXPR          each part of EXPR, its value, and the rules behind it
        quit
        """

    private func usage(_ text: String) -> String { style.error("Usage: " + text) }

    // MARK: Moves

    private func move(_ move: Debugger.Move, forward: Bool = true) -> String {
        let reason = debugger.move(move, forward: forward)
        var text = location(reason)
        if debugger.currentStep != nil, let line = debugger.map.line(at: debugger.position) {
            text += "\n" + sourceLine(line, marked: true)
        }
        let watched = debugger.watchValues()
        for (number, watch) in watched.enumerated() {
            text += "\n" + style.dim("watch \(number + 1): ") + watchLine(watch.expression, watch.value)
        }
        return text
    }

    /// `Breakpoint 1, step 7/31, line 3: $item.name = Ada (java.lang.String)`.
    private func location(_ reason: Debugger.StopReason) -> String {
        let total = debugger.map.count
        var prefix: String
        switch reason {
        case .breakpoint(let id): prefix = "Breakpoint \(id), step"
        case .conditionFailed(let id, let message):
            prefix = style.error("Breakpoint \(id)'s condition failed: \(message)") + "\nStep"
        case .start where debugger.position == 0, .moved where debugger.position == 0:
            return "Start of the render (step 0/\(total)): nothing done yet"
        case .end: prefix = "End of the render: step"
        case .start, .moved: prefix = "Step"
        }
        guard let step = debugger.currentStep else { return prefix + " 0/\(total)" }
        return prefix + " \(debugger.position)/\(total), line \(debugger.map.line(at: debugger.position) ?? step.sourceRange.start.line): " + StepText.describe(step)
    }

    private func sourceLine(_ line: Int, marked: Bool) -> String {
        guard line >= 1, line <= sourceLines.count else { return "" }
        let number = String(line)
        return (marked ? "-> " : "   ") + String(repeating: " ", count: max(0, 4 - number.count)) + number + "  " + sourceLines[line - 1]
    }

    /// The lines around the current step, the current one marked and its part underlined.
    private func context() -> String {
        guard let step = debugger.currentStep, let line = debugger.map.line(at: debugger.position) else {
            return sourceLines.prefix(3).indices.map { sourceLine($0 + 1, marked: false) }.joined(separator: "\n")
        }
        var lines: [String] = []
        for n in max(1, line - 2)...min(sourceLines.count, line + 2) {
            lines.append(sourceLine(n, marked: n == line))
            let range = step.sourceRange
            if n == line, range.start.line == line {
                let width = range.end.line == line ? max(1, range.end.column - range.start.column) : 1
                lines.append(String(repeating: " ", count: 9 + range.start.column - 1) + String(repeating: "^", count: width))
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Breakpoints and watches

    private func breakpoint(_ arguments: String) -> String {
        if arguments.isEmpty {
            guard !debugger.breakpoints.isEmpty else { return "No breakpoints" }
            return debugger.breakpoints.map { "Breakpoint \($0.id) at line \($0.line)" + ($0.condition.map { " if " + $0 } ?? "") }
                .joined(separator: "\n")
        }
        let (lineText, rest) = arguments.splitWord
        guard let line = Int(lineText), line > 0 else { return usage("break LINE [if EXPR]") }
        var condition: String?
        if !rest.isEmpty {
            let (keyword, expression) = rest.splitWord
            guard keyword == "if", !expression.isEmpty else { return usage("break LINE [if EXPR]") }
            condition = expression
        }
        do {
            let breakpoint = try debugger.addBreakpoint(line: line, condition: condition)
            var text = "Breakpoint \(breakpoint.id) at line \(line)" + (condition.map { " if " + $0 } ?? "")
            if !debugger.map.hasSteps(on: line) { text += style.dim(" (no step of this render is on that line)") }
            return text
        } catch {
            return style.error("The condition does not parse: \(error.message)")
        }
    }

    private func watches() -> String {
        let values = debugger.watchValues()
        guard !values.isEmpty else { return "No watches" }
        return values.enumerated().map { "watch \($0.offset + 1): " + watchLine($0.element.expression, $0.element.value) }
            .joined(separator: "\n")
    }

    private func watchLine(_ expression: String, _ value: Evaluation) -> String {
        expression + " = " + valueText(value, full: false)
    }

    // MARK: Values

    /// `Ada (java.lang.String)`; long values cut unless `full`.
    private func valueText(_ evaluation: Evaluation, full: Bool) -> String {
        switch evaluation {
        case .value(.null, let defined):
            return defined ? "null " + style.dim("(renders as \"\")") : "undefined " + style.dim("(renders as \"\")")
        case .value(let value, _):
            var rendered = VariablesTree.rendered(value)
            if !full, rendered.count > 200 { rendered = String(rendered.prefix(200)) + "… (print it for all \(rendered.count) characters)" }
            return (rendered.isEmpty ? "\"\"" : rendered) + " " + style.dim("(" + Java.className(value) + ")")
        case .failure(let reason):
            return style.error("error: " + reason)
        }
    }

    private func vars() -> String {
        let (rows, removed) = debugger.scope()
        var lines: [String] = []
        for row in rows {
            var line = row.name + " = " + (row.rendered.isEmpty ? "\"\"" : row.rendered.cut(200)) + " " + style.dim("(" + row.typeName + ")")
            switch row.change {
            case .unchanged: break
            case .new: line += style.warning("  <- new")
            case .changed(let was): line += style.warning("  <- changed, was " + (was.isEmpty ? "\"\"" : was.cut(60)))
            }
            lines.append(line)
        }
        for name in removed { lines.append(name + style.warning("  <- gone (the loop ended)")) }
        if lines.isEmpty { lines.append("No variables yet") }
        lines.append(style.dim("($input, $context, $util and $stageVariables: print them)"))
        return lines.joined(separator: "\n")
    }

    private func explain(_ expression: String) -> String {
        let explanation = debugger.explain(expression)
        var lines: [String] = []
        let width = min(24, explanation.parts.map(\.part.count).max() ?? 0)
        for part in explanation.parts {
            let padded = part.part + String(repeating: " ", count: max(1, width + 2 - part.part.count))
            lines.append("  " + padded + part.meaning + (part.value.map { style.dim(" = " + $0) } ?? ""))
        }
        lines.append("value: " + valueText(explanation.value, full: false))
        for note in explanation.notes { lines.append("  - " + note) }
        return lines.joined(separator: "\n")
    }

    // MARK: Completion

    private static let commands = ["back", "break", "continue", "delete", "explain", "finish", "goto", "help", "next", "output",
                                   "print", "quit", "reverse", "rfinish", "rnext", "step", "unwatch", "until", "vars", "watch", "where"]

    func complete(_ before: String) -> Completion {
        if !before.contains(" ") {
            return Completion(typed: before, candidates: Self.commands.filter { $0.hasPrefix(before) }, terminator: " ")
        }
        var references = Reference.referenceNames
        for row in debugger.scope().rows where !row.name.contains(".") { references.append(row.name) }
        references += ["$foreach.index", "$foreach.count", "$foreach.hasNext", "$foreach.first", "$foreach.last", "$foreach.parent"]
        return Completer(references: references, jsonPaths: [], commands: []).complete(before)
    }
}

/// One line per trace step, for the debugger's stop messages.
enum StepText {
    static func describe(_ step: TraceEvent) -> String {
        switch step.kind {
        case .text: return "text"
        case .reference(let source, let value): return source + " = " + snapshot(value)
        case .methodCall(let name, let arguments, let result):
            return "." + name + "(" + arguments.map { ValueDescription.quoteIfText($0) }.joined(separator: ", ") + ") = "
                + (result.map(snapshot) ?? "unresolved (renders as \"\")")
        case .set(let target, let value): return "#set(" + target + " = " + snapshot(value) + ")"
        case .condition(_, let taken): return taken ? "#if condition true: its block runs" : "#if condition false: its block is skipped"
        case .elseBranch: return "#else: its block runs"
        case .iteration(let item, let index): return "#foreach iteration \(index + 1): item " + snapshot(item)
        case .control(let what): return what
        }
    }

    static func snapshot(_ value: ValueSnapshot) -> String {
        (value.rendered.isEmpty ? "\"\"" : value.rendered.cut(80)) + " (" + value.typeName + ")"
    }
}

private extension ValueDescription {
    /// A snapshot's text, quoted when it is a String.
    static func quoteIfText(_ value: ValueSnapshot) -> String {
        value.typeName == "java.lang.String" ? "\"" + value.rendered.cut(40) + "\"" : value.rendered.cut(40)
    }
}

private extension String {
    /// The first word and the rest, trimmed.
    var splitWord: (String, String) {
        let trimmed = trimmedSpaces
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (trimmed, "") }
        return (String(trimmed[..<space]), String(trimmed[space...]).trimmedSpaces)
    }

    var trimmedSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// At most `limit` characters, with `…` when cut; line breaks shown as `\n`.
    func cut(_ limit: Int) -> String {
        let flat = split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
