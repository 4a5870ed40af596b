/// The steps of one render, in evaluation order (recorded when
/// `RenderOptions.recordTrace` is true).
public struct Trace: Sendable, Equatable {
    public var events: [TraceEvent]

    public init(events: [TraceEvent] = []) { self.events = events }
}

/// A snapshot of a value as it was when a step happened.
public struct ValueSnapshot: Sendable, Equatable {
    /// What the value renders as (`Java.toString`), or `""` for null.
    public var rendered: String
    /// The Java class name (`java.lang.String`, `java.util.ArrayList`, `null`, ...).
    public var typeName: String

    public init(rendered: String, typeName: String) {
        self.rendered = rendered
        self.typeName = typeName
    }
}

/// One evaluation step.
public struct TraceEvent: Sendable, Equatable {
    /// What happened.
    public enum Kind: Sendable, Equatable {
        /// Literal template text copied to the output.
        case text
        /// A reference such as `$a.b[0]` evaluated; `source` is its text as written.
        case reference(source: String, value: ValueSnapshot)
        /// A method call `name(arguments)` on a value; `result` is nil when unresolved.
        case methodCall(name: String, arguments: [ValueSnapshot], result: ValueSnapshot?)
        /// `#set(target = value)`; `target` as written.
        case set(target: String, value: ValueSnapshot)
        /// An `#if`/`#elseif` condition; `taken` tells whether its block runs.
        case condition(value: Bool, taken: Bool)
        /// The `#else` block runs.
        case elseBranch
        /// One `#foreach` iteration with its item and 0-based index.
        case iteration(item: ValueSnapshot, index: Int)
        /// `#break` or `#stop`, or a limit that ended a loop.
        case control(String)
    }

    public var kind: Kind
    /// The template text responsible (UTF-8 byte offsets, lines and columns: see `SourcePosition`).
    public var sourceRange: SourceRange
    /// UTF-8 byte offsets of the output this step produced (empty when it produced none).
    public var outputRange: Range<Int>
    /// How many blocks enclose the step: 1 at the top level, one more inside each
    /// `#foreach` iteration, `#if`/`#else` body and `#define` expansion (a loop's
    /// iteration steps and an `#if`'s condition are at the level of the directive).
    public var depth: Int

    public init(kind: Kind, sourceRange: SourceRange, outputRange: Range<Int>, depth: Int = 1) {
        self.kind = kind
        self.sourceRange = sourceRange
        self.outputRange = outputRange
        self.depth = depth
    }
}
