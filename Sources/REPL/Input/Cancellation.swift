/// How the user stops a render that takes too long (Ctrl-C on a terminal).
public struct Cancellation: Sendable {
    /// True once the user asked to stop.
    public var isCancelled: @Sendable () -> Bool
    /// Forgets an earlier request to stop (called before each render).
    public var reset: @Sendable () -> Void

    public init(isCancelled: @escaping @Sendable () -> Bool, reset: @escaping @Sendable () -> Void) {
        self.isCancelled = isCancelled
        self.reset = reset
    }
}
