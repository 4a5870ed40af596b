#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads templates, request files and standard input under a size limit, so an
/// endless stream (`yes | vtlplay render -`) ends with a message instead of
/// exhausting memory.
public enum InputFile {
    /// The most bytes a template, request or invocation file (or standard input) may hold.
    public static let maximumBytes = 64 << 20

    /// The reason given when input is larger than `maximumBytes`.
    public static let tooLarge = "larger than the 64 MB limit for templates and request files"

    /// The file's bytes; `-` reads standard input. Errors name the file (`<stdin>` for `-`).
    /// `what` names the input in the message when it cannot be opened.
    public static func read(_ path: String, what: String = "file", limit: Int = maximumBytes) throws(DocumentError) -> [UInt8] {
        if path == "-" { return try read(descriptor: 0, name: "<stdin>", limit: limit) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw DocumentError(file: path, line: 0, column: 0, reason: "cannot read the \(what)") }
        defer { close(fd) }
        return try read(descriptor: fd, name: path, limit: limit)
    }

    /// Everything `descriptor` yields up to its end, refused past `limit` bytes.
    public static func read(descriptor: Int32, name: String, limit: Int = maximumBytes) throws(DocumentError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        while true {
            if bytes.count > limit {
                throw DocumentError(file: name, line: 0, column: 0, reason: tooLarge)
            }
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + start, chunk) }
            if n < 0 {
                let code = errno
                bytes.removeSubrange(start...)
                if code == EINTR { continue }
                throw DocumentError(file: name, line: 0, column: 0, reason: "cannot read the file (\(String(cString: strerror(code))))")
            }
            bytes.removeSubrange((start + n)...)
            if n == 0 { return bytes }
        }
    }
}
