import Foundation
import APIGateway

/// Writes text to standard output exactly (no newline added).
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Writes one line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints a problem with a request, invocation or batch file, with the offending
/// line and a caret when the file can be read.
func printDocumentError(_ error: DocumentError) {
    if let data = FileManager.default.contents(atPath: error.file), let source = String(validating: Array(data), as: UTF8.self) {
        printError(error.formatted(source: source))
    } else {
        printError(error.description)
    }
}
