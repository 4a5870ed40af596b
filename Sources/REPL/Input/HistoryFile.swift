#if canImport(Glibc)
import Glibc
#endif

/// Where the REPL keeps its history: `$XDG_STATE_HOME/vtlplay/history`, else
/// `~/.local/state/vtlplay/history`; private to the user.
public enum HistoryFile {
    /// The history path for an environment; nil when neither variable is set.
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/vtlplay/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/vtlplay/history" }
        return nil
    }

    /// Creates the folders (0700) and the file (0600) if they are missing; the history's
    /// own folder is made private (0700) even when it existed.
    public static func prepare(_ path: String) {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += "/" + part
            mkdir(folder, 0o700)
        }
        if !folder.isEmpty { chmod(folder, 0o700) }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if fd >= 0 { close(fd) }
    }
}
