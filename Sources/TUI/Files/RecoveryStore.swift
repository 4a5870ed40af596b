import Foundation

/// Unsaved work kept while editing, offered again at the next start.
public struct RecoverySnapshot: Codable, Sendable, Equatable {
    public var templatePath: String?
    public var requestPath: String?
    public var template: String
    public var request: String
    public var savedAt: Date

    public init(templatePath: String?, requestPath: String?, template: String, request: String, savedAt: Date) {
        self.templatePath = templatePath
        self.requestPath = requestPath
        self.template = template
        self.request = request
        self.savedAt = savedAt
    }
}

/// Recovery files in a folder, one per running session.
public struct RecoveryStore: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// `$XDG_STATE_HOME/vtlplay/recovery`, else `~/.local/state/vtlplay/recovery`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return state + "/vtlplay/recovery"
        }
        return (environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/state/vtlplay/recovery"
    }

    /// The file of the session with this process id.
    public func path(forSession session: Int32) -> String { directory + "/session-\(session).json" }

    /// Writes the session's recovery file (0600, in a 0700 folder: it holds the user's
    /// unsaved work), with the documents' paths made absolute so that it is offered and
    /// restored whatever the folder of the next start.
    public func write(_ snapshot: RecoverySnapshot, session: Int32) throws(DocumentFile.Failure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw DocumentFile.Failure(message: "cannot create \(directory)")
        }
        chmod(directory, 0o700)
        var snapshot = snapshot
        snapshot.templatePath = snapshot.templatePath.map(Self.absolute)
        snapshot.requestPath = snapshot.requestPath.map(Self.absolute)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(snapshot) else { throw DocumentFile.Failure(message: "cannot encode recovery") }
        try DocumentFile.writeAtomically(String(decoding: data, as: UTF8.self), to: path(forSession: session), mode: 0o600)
    }

    /// `path` from the current folder when it is relative.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Recovery files left by sessions that are no longer running, newest first.
    public func leftovers(excluding session: Int32,
                          isRunning: (Int32) -> Bool = RecoveryStore.processIsRunning) -> [(path: String, snapshot: RecoverySnapshot)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return names.filter { name in
            guard name.hasPrefix("session-"), name.hasSuffix(".json"),
                  let owner = Int32(name.dropFirst("session-".count).dropLast(".json".count)) else { return false }
            return owner != session && !isRunning(owner)
        }
            .compactMap { name in
                let path = directory + "/" + name
                guard let data = FileManager.default.contents(atPath: path),
                      let snapshot = try? decoder.decode(RecoverySnapshot.self, from: data) else { return nil }
                return (path, snapshot)
            }
            .sorted { $0.snapshot.savedAt > $1.snapshot.savedAt }
    }

    /// Whether a process with this id exists.
    public static func processIsRunning(_ process: Int32) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }

    public func delete(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
