import Playground
@testable import REPL

/// Runs the REPL over scripted lines (plain style, as in a pipe) and returns what it printed.
func transcript(_ lines: [String], session: Session = Session()) -> String {
    var output = ""
    let reader = ScriptedLineReader(lines)
    let repl = REPL(session: session, reader: reader, style: .plain) { output += $0 }
    repl.run()
    return output
}
