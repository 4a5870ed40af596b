/// The panel under the output: status, JSON validity, diagnostics and
/// warnings; in step mode the current step's title and details.
struct InfoPanel {
    let state: AppState
    let rect: Rect

    func draw(on screen: inout Screen) {
        let theme = state.theme
        let titleStyle = theme.style(.paneTitle)
        screen.fill(row: rect.row, column: rect.column, count: rect.width, style: titleStyle)
        var lines: [(String, Role)]
        if let step = state.step, let outcome = state.outcome {
            screen.write(" Step \(step + 1) of \(state.traceCount)", row: rect.row, column: rect.column, style: titleStyle,
                         limit: rect.column + rect.width)
            let trace = outcome.report.trace[step]
            lines = [(trace.title, .directive)] + trace.details.map { ($0, .text) }
        } else {
            screen.write(" Info", row: rect.row, column: rect.column, style: titleStyle, limit: rect.column + rect.width)
            lines = summary()
        }
        let body = rect.body
        var row = 0
        for (text, role) in lines {
            for piece in wrap(text, width: body.width - 1) {
                guard row < body.height else { return }
                screen.fill(row: body.row + row, column: body.column, count: body.width, style: theme.style(.text))
                screen.write(" " + piece, row: body.row + row, column: body.column, style: theme.style(role),
                             limit: body.column + body.width)
                row += 1
            }
        }
        while row < body.height {
            screen.fill(row: body.row + row, column: body.column, count: body.width, style: theme.style(.text))
            row += 1
        }
    }

    private func summary() -> [(String, Role)] {
        guard let outcome = state.outcome else { return [("rendering…", .dim)] }
        let report = outcome.report
        var lines: [(String, Role)] = []
        if let status = report.status {
            lines.append(("Status \(status) · rendered in \(formatted(report.elapsed))", status < 400 ? .ok : .error))
        } else {
            lines.append(("No status: the request could not be used", .error))
        }
        if let message = report.errorMessage { lines.append(("API Gateway answers: \(message)", .error)) }
        switch outcome.json {
        case .valid: lines.append(("Output is valid JSON", .ok))
        case .empty: lines.append(("Output is empty", .dim))
        case .invalid(let line, let column, let message):
            lines.append(("Output is not JSON: line \(line), column \(column): \(message)", .warning))
        }
        if let error = outcome.requestError {
            lines.append(("Request is not JSON: line \(error.position.line + 1): \(error.message)", .warning))
        }
        for diagnostic in report.diagnostics {
            let place = diagnostic.source == .request ? "request " : ""
            let mark = diagnostic.severity == .error ? "✗" : "!"
            lines.append(("\(mark) \(place)\(diagnostic.line):\(diagnostic.column) \(diagnostic.severity.rawValue): \(diagnostic.message)",
                          diagnostic.severity == .error ? .error : .warning))
        }
        for warning in report.warnings { lines.append(("! \(warning)", .warning)) }
        if report.diagnostics.isEmpty && report.warnings.isEmpty && outcome.requestError == nil { lines.append(("No errors or warnings", .dim)) }
        return lines
    }
}

/// Splits text into pieces of at most `width` cells.
func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var pieces: [String] = []
    var current = "", cells = 0
    for character in text {
        let size = max(DisplayWidth.of(character), character == "\t" ? 1 : 0)
        if cells + size > width {
            pieces.append(current)
            current = ""
            cells = 0
        }
        current.append(character)
        cells += size
    }
    pieces.append(current)
    return pieces
}
