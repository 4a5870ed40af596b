#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and atomically writing UTF-8 text files.
public enum FileStore {
    /// The file's contents as UTF-8 (invalid bytes become U+FFFD).
    public static func read(_ path: String) throws(FileError) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `text` to a temporary file in the same folder, flushes it, then renames it
    /// over `path`: readers see the old file or the new one, never half of it. An existing
    /// file's permission bits are kept; a new file gets 0644 (less the umask).
    public static func writeAtomically(_ text: String, to path: String, mode newFileMode: mode_t = 0o644) throws(FileError) {
        var mode = newFileMode
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = ((folder.isEmpty ? "/" : folder + "/") + "." + name + ".XXXXXX").utf8CString
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        func fail(_ code: Int32) -> FileError {
            close(fd)
            unlink(temporary)
            return FileError(path: path, errno: code)
        }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(errno)
            }
            written += n
        }
        if fchmod(fd, mode) != 0 || fsync(fd) != 0 { throw fail(errno) }
        close(fd)
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw FileError(path: path, errno: code)
        }
    }
}

/// A file that could not be read or written, with the system's reason.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    /// `path: reason`.
    public var description: String { path.isEmpty ? reason : path + ": " + reason }
}
