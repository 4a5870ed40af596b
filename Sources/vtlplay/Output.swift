import Foundation
import APIGateway
import Playground

/// Writes text to standard output (no newline added): exactly in a pipe or a file; on
/// a terminal with control characters in caret notation (`^[`).
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(forTerminal(text, STDOUT_FILENO).utf8))
}

/// Writes one line to standard error, with control characters in caret notation on a terminal.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((forTerminal(text, STDERR_FILENO) + "\n").utf8))
}

/// `text` as it may be written to `descriptor`: unchanged unless it is a terminal.
func forTerminal(_ text: String, _ descriptor: Int32) -> String {
    isatty(descriptor) == 1 ? TerminalText.visible(text) : text
}

/// Prints a problem with a request, invocation or batch file, with the offending
/// line and a caret when the file can be read.
func printDocumentError(_ error: DocumentError) {
    if error.line >= 1, error.file != "-", let bytes = try? InputFile.read(error.file), let source = String(validating: bytes, as: UTF8.self) {
        printError(error.formatted(source: source))
    } else {
        printError(error.description)
    }
}
