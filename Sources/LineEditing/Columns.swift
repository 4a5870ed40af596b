#if canImport(Glibc)
import Glibc
#endif

/// Lays out completion candidates in columns, as shells list them.
enum Columns {
    /// The candidates in as many columns as fit in `width`, each line ending with a newline.
    static func layout(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 0) + 2
        let columns = max(1, width / max(1, cell))
        let rows = (words.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < words.count else { break }
                let word = words[index]
                line += word + String(repeating: " ", count: cell - word.count)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }

    /// The terminal's width in columns (80 when unknown).
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
