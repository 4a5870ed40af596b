/// Named resource limits for one render. Each produces a `Diagnostic` when hit.
public struct Limits: Sendable, Equatable {
    /// `#foreach` stops silently after this many iterations, as on API Gateway
    /// (`directive.foreach.maxloops`); a warning records it.
    public var foreachIterations: Int
    /// Maximum nesting of blocks, `#define` expansions and expressions while rendering
    /// (a recursion guard); exceeding it fails the render.
    public var maxDepth: Int
    /// Maximum output size in UTF-8 bytes; exceeding it fails the render.
    public var maxOutputBytes: Int
    /// Templates larger than this (UTF-8 bytes) get a warning: API Gateway refuses them.
    public var templateSizeWarning: Int
    /// Maximum number of evaluation steps; exceeding it fails the render.
    public var stepBudget: Int
    /// Maximum number of elements a method call (`add`, `addAll`, `put`, ...) may grow
    /// a list or map to; exceeding it fails the render (Java would run out of memory).
    public var maxCollectionSize: Int
    /// Maximum size in UTF-8 bytes of a string a method returns (`concat`, `$util.urlEncode`...
    /// applied again and again); exceeding it fails the render.
    public var maxStringBytes: Int

    public init(foreachIterations: Int = 1000, maxDepth: Int = 200, maxOutputBytes: Int = 16 * 1024 * 1024,
                templateSizeWarning: Int = 300 * 1024, stepBudget: Int = 5_000_000, maxCollectionSize: Int = 1_000_000,
                maxStringBytes: Int = 64 * 1024 * 1024) {
        self.foreachIterations = foreachIterations
        self.maxDepth = maxDepth
        self.maxOutputBytes = maxOutputBytes
        self.templateSizeWarning = templateSizeWarning
        self.stepBudget = stepBudget
        self.maxCollectionSize = maxCollectionSize
        self.maxStringBytes = maxStringBytes
    }

    /// API Gateway's limits with generous interactive budgets.
    public static let apiGateway = Limits()
}
