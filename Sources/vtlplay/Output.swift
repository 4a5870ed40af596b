#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to standard output exactly (no newline added).
func writeOut(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stdout) }
    fflush(stdout)
}

/// Writes one line to standard error.
func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    line.withUnsafeBytes { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stderr) }
}
