import APIGateway
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and atomically writing UTF-8 text files.
public enum FileStore {
    /// The file's contents as UTF-8 (invalid bytes become U+FFFD), up to
    /// `InputFile.maximumBytes`.
    public static func read(_ path: String) throws(FileError) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        do {
            return String(decoding: try InputFile.read(descriptor: fd, name: path), as: UTF8.self)
        } catch {
            throw FileError(path: path, reason: error.reason)
        }
    }

    /// Writes `text` to a temporary file in the same folder, flushes it, then renames it
    /// over `path`: readers see the old file or the new one, never half of it. Through a
    /// symbolic link, the link's target is written and the link kept. An existing file's
    /// permission bits are kept; a new file gets `newFileMode`, by default 0666 less the
    /// umask (as any program creating a file).
    public static func writeAtomically(_ text: String, to link: String, mode newFileMode: mode_t? = nil) throws(FileError) {
        let path = target(of: link)
        var mode = newFileMode ?? (0o666 & ~currentUmask())
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

extension FileStore {
    /// The file a path names: the target of a symbolic link (followed to the end, even
    /// when the final target does not exist yet), else the path itself.
    static func target(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else {
                let folder = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
                current = folder + destination
            }
        }
        return current
    }

    /// The process's umask (read by setting it and putting it back).
    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
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
