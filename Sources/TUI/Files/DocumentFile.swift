import Foundation

/// Reading and atomically writing documents.
public enum DocumentFile {
    /// A file operation that failed, with a message for the status bar.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a UTF-8 text file.
    public static func read(_ path: String) throws(Failure) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "cannot read \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(message: "\(path) is not UTF-8 text")
        }
        return text
    }

    /// Writes `text` to a temporary file in the same folder, then renames it over
    /// `path`, so the file is either the old or the new version, never half of one.
    /// An existing file's permissions are kept.
    public static func writeAtomically(_ text: String, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let manager = FileManager.default
        guard manager.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw Failure(message: "cannot write in \(folder.path)")
        }
        if let permissions = try? manager.attributesOfItem(atPath: path)[.posixPermissions] {
            try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw Failure(message: "cannot save \(path): \(reason)")
        }
    }
}
