import APIGateway
import Foundation
import Playground

/// Reading and atomically writing documents.
public enum DocumentFile {
    /// A file operation that failed, with a message for the status bar.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a UTF-8 text file (at most `InputFile.maximumBytes`).
    public static func read(_ path: String) throws(Failure) -> String {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            let reason = error.reason == InputFile.tooLarge ? error.reason
                : FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw Failure(message: "cannot read \(path): \(reason)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(message: "\(path) is not UTF-8 text")
        }
        return text
    }

    /// Writes atomically (`FileStore.writeAtomically`): through a symbolic link to its
    /// target; an existing file's permissions kept, a new file's from `mode` (default:
    /// the umask's).
    public static func writeAtomically(_ text: String, to path: String, mode: mode_t? = nil) throws(Failure) {
        do {
            try FileStore.writeAtomically(text, to: path, mode: mode)
        } catch {
            throw Failure(message: "cannot save \(path): \(error.reason)")
        }
    }
}
