#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which files an invocation's `{file: PATH}` templates may read: files in the
/// invocation file's folder (or below it), and those given on the command line. An
/// invocation from elsewhere cannot make vtlplay read `../../secrets` or `/etc/...`
/// (absolute paths, `..` and symbolic links leading out are refused).
struct TemplateFiles {
    /// The invocation file's folder (`.` when it has none).
    let folder: String
    /// The real paths of the files allowed anywhere.
    let allowed: Set<String>

    init(invocation file: String, allowed files: [String]) {
        let slash = file.lastIndex(of: "/")
        folder = slash.map { $0 == file.startIndex ? "/" : String(file[..<$0]) } ?? "."
        allowed = Set(files.compactMap(Self.realPath))
    }

    /// Where `path` (as written in the invocation) is.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (folder == "/" ? "/" : folder + "/") + path
    }

    /// Why `path` may not be read; nil when it may.
    func refusal(_ path: String) -> String? {
        let resolved = resolve(path)
        if let real = Self.realPath(resolved), allowed.contains(real) { return nil }
        let hint = "templates are read only from the invocation's folder (\(folder)); give the file with --allow-file to read it from elsewhere"
        if path.hasPrefix("/") { return "'\(path)' is an absolute path: " + hint }
        var depth = 0
        for component in path.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { return "'\(path)' leads out of the invocation's folder: " + hint }
        }
        // A missing file is reported when it is read; a link must stay inside.
        guard let real = Self.realPath(resolved), let base = Self.realPath(folder) else { return nil }
        if real == base || real.hasPrefix(base == "/" ? "/" : base + "/") { return nil }
        return "'\(path)' is a symbolic link leading out of the invocation's folder: " + hint
    }

    /// The canonical path (symbolic links resolved), nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
