#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compiled paths (and compile errors) by source text, shared by all threads: templates
/// use the same few paths on every render. Holds at most `capacity` paths.
final class CompiledPathCache: @unchecked Sendable {
    static let shared = CompiledPathCache()
    static let capacity = 512

    /// Guarded by `lock`.
    private var paths: [String: Result<CompiledPath, JSONPathError>] = [:]
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    private init() {
        pthread_mutex_init(lock, nil)
    }

    func compiled(_ source: String) throws(JSONPathError) -> CompiledPath {
        pthread_mutex_lock(lock)
        let known = paths[source]
        pthread_mutex_unlock(lock)
        if let known { return try known.get() }
        let result = Result { () throws(JSONPathError) in try PathCompiler.compile(source) }
        pthread_mutex_lock(lock)
        if paths.count >= Self.capacity { paths.removeAll(keepingCapacity: true) }
        paths[source] = result
        pthread_mutex_unlock(lock)
        return try result.get()
    }
}
