import Foundation

/// Finds the repository's `samples/` folder for the sample picker, from any
/// working directory.
enum SamplesLocator {
    /// The first that exists: `$VTLPLAY_SAMPLES`, a `samples` folder next to the
    /// executable or in one of its parents (`.build/debug/vtlplay` -> the repository's
    /// `samples/`), then the source tree this binary was built from.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                       executable: String = CommandLine.arguments[0], sourceFile: String = #filePath) -> String? {
        candidates(environment: environment, executable: executable, sourceFile: sourceFile)
            .first { isDirectory($0) }
    }

    static func candidates(environment: [String: String], executable: String, sourceFile: String) -> [String] {
        var result: [String] = []
        if let explicit = environment["VTLPLAY_SAMPLES"], !explicit.isEmpty { result.append(explicit) }
        var folder = URL(fileURLWithPath: executablePath(executable)).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            result.append(folder.appendingPathComponent("samples").path)
            folder.deleteLastPathComponent()
        }
        // Sources/vtlplay/SamplesLocator.swift -> the package root.
        let root = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        result.append(root.appendingPathComponent("samples").path)
        return result
    }

    /// The executable's absolute path: `argv[0]` as given, or found on `$PATH`.
    private static func executablePath(_ name: String) -> String {
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        return name
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
