#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Frees nested lists and maps without recursion. Freeing a list that holds a
/// list that holds a list... would otherwise release each level from inside the
/// previous one's `deinit` and overflow the stack (a template can nest values a
/// million levels deep in a few loops). A collection's `deinit` hands its
/// elements to the thread's release queue instead; the outermost one drains the
/// queue, so every `deinit` runs one level deep.
enum ValueRelease {
    /// Releases `values` (moved out of a dying collection) one at a time.
    static func release(_ values: inout [Value]) {
        let queue = ReleaseQueue.current
        queue.pending.append(contentsOf: values)
        values = []
        if queue.draining { return }
        queue.draining = true
        while let value = queue.pending.popLast() { _ = value }
        queue.draining = false
    }

    /// Whether freeing `value` may free another collection (only those need the queue).
    @inline(__always)
    static func ownsCollections(_ value: Value) -> Bool {
        switch value {
        case .list, .map, .host: return true
        default: return false
        }
    }
}

/// The values waiting to be released on this thread.
private final class ReleaseQueue {
    var pending: [Value] = []
    var draining = false

    static var current: ReleaseQueue {
        if let raw = pthread_getspecific(key) { return Unmanaged<ReleaseQueue>.fromOpaque(raw).takeUnretainedValue() }
        let queue = ReleaseQueue()
        pthread_setspecific(key, Unmanaged.passRetained(queue).toOpaque())
        return queue
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            #if canImport(Darwin)
            Unmanaged<ReleaseQueue>.fromOpaque(raw).release()
            #else
            if let raw { Unmanaged<ReleaseQueue>.fromOpaque(raw).release() }
            #endif
        }
        return key
    }()
}
