import TUI

/// A renderer for tests: echoes the template; one trace step per line; an
/// error diagnostic at every `#bad`; the request as a variable.
struct EchoRenderer: LiveRenderer {
    func render(_ input: RenderInput, isCancelled: @Sendable () -> Bool) -> RenderReport {
        let template = input.template
        var trace: [TraceStep] = []
        var offset = 0
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            let size = line.utf8.count
            trace.append(TraceStep(title: "line \(trace.count + 1)", details: ["wrote \(size) bytes"],
                                   templateRange: offset..<offset + size, outputRange: offset..<offset + size))
            offset += size + 1
        }
        var diagnostics: [RenderReport.Diagnostic] = []
        if let range = template.range(of: "#bad") {
            let start = template.utf8.distance(from: template.startIndex, to: range.lowerBound)
            let prefix = template[..<range.lowerBound]
            let line = prefix.filter { $0 == "\n" }.count + 1
            let column = prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 } ?? 1
            diagnostics.append(RenderReport.Diagnostic(severity: .error, message: "unknown directive #bad", line: line,
                                          column: column, range: start..<start + 4))
        }
        return RenderReport(output: template, status: diagnostics.isEmpty ? 200 : 500, diagnostics: diagnostics,
                            warnings: [], trace: trace,
                            variables: [RenderReport.Variable(name: "request", path: "$request", type: "String",
                                                     value: input.request)],
                            elapsed: .microseconds(1500))
    }
}

extension AppState {
    /// Sends keys and returns all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { character in
            character == "\n" ? update(.key(Key(.enter))) : update(.key(.char(character)))
        }
    }

    /// Runs every render effect synchronously with the echo renderer.
    mutating func settle(_ effects: [Effect]) {
        for case .render(let request) in effects {
            if let outcome = RenderJob.run(request, renderer: EchoRenderer(), isCancelled: { false }) {
                _ = update(.rendered(outcome))
            }
        }
    }
}

extension EditorState {
    var text: String { buffer.text }
}

func editor(_ text: String, language: Language = .vtl) -> EditorState {
    EditorState(text: text, language: language)
}

extension Array where Element == Effect {
    var renders: Int { filter { if case .render = $0 { true } else { false } }.count }
    var quits: Bool { contains { if case .quit = $0 { true } else { false } } }
}
