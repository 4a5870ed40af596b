import JavaRuntime

/// One step of a compiled path (Jayway 2.0.0's path tokens).
enum PathToken: Sendable {
    /// `$` (or `@`, which starts a path relative to the filtered item).
    case root
    /// `.name`, `['name']`, or `['a','b']` (several names merge into one object; leaf only).
    case property([String])
    /// `[0]`, `[0,2]`, slices, `[(@.length-1)]`.
    case array(ArrayOperation)
    /// `*`, `[*]`.
    case wildcard
    /// `..`: applies the next step to every matching node below.
    case scan
    /// `[?(...)]`.
    case filter(FilterExpression)
    /// `[?]`: a filter given as an argument, which templates cannot supply.
    case missingFilter

    /// Whether this step yields at most one value.
    var isDefinite: Bool {
        switch self {
        case .root, .property: return true
        case .array(let operation):
            switch operation {
            case .index, .fromEnd: return true
            default: return false
            }
        case .wildcard, .scan, .filter, .missingFilter: return false
        }
    }

    /// The step as Jayway prints it in messages (`['a']`, `[0,1]`, `[?]`).
    var fragment: String {
        switch self {
        case .root: return "$"
        case .property(let names): return "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
        case .array(let operation): return operation.fragment
        case .wildcard: return "[*]"
        case .scan: return ".."
        case .filter, .missingFilter: return "[?]"
        }
    }
}

/// The index selections of an array step.
enum ArrayOperation: Sendable, Hashable {
    /// `[n]` (a negative index matches nothing in 2.0.0).
    case index(Int)
    /// `[n,m,...]`.
    case indexes([Int])
    /// `[n:]` (negative counts from the end).
    case sliceFrom(Int)
    /// `[:n]` (negative counts from the end).
    case sliceTo(Int)
    /// `[n:m]` (`n` must not be negative).
    case sliceBetween(Int, Int)
    /// `[(@.length-n)]`, holding `-n`.
    case fromEnd(Int)

    var fragment: String {
        switch self {
        case .index(let i): return "[\(i)]"
        case .indexes(let list): return "[" + list.map(String.init).joined(separator: ",") + "]"
        case .sliceFrom(let n): return "[\(n):]"
        case .sliceTo(let n): return "[:\(n)]"
        case .sliceBetween(let a, let b): return "[\(a):\(b)]"
        case .fromEnd(let n): return "[@.size()\(n)]"
        }
    }
}

/// A compiled `[?(...)]` expression: criteria joined by `&&` and `||` (no grouping:
/// parentheses are stripped, as in 2.0.0).
indirect enum FilterExpression: Sendable {
    case criterion(Criterion)
    case all([FilterExpression])
    case either(FilterExpression, FilterExpression)
}

/// One comparison or existence check.
enum Criterion: Sendable {
    /// `@.x` (true when the path has a non-null value) or `!@.x`.
    case exists(CompiledPath, expected: Bool)
    case compare(Operand, Comparison, Operand)
}

enum Comparison: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case matches = "=~"
}

/// An operand of a comparison: a path, a regular expression, or text (a quoted
/// literal's content, or unquoted text such as `10` or `true`, which stays a string).
enum Operand: Sendable {
    case path(CompiledPath, source: String)
    case text(String)
    case pattern(JavaPattern)
}

/// A compiled path: its steps, and whether it starts at the document (`$`) or at the
/// filtered item (`@`).
struct CompiledPath: Sendable {
    let tokens: [PathToken]
    let startsAtRoot: Bool

    var isDefinite: Bool { tokens.allSatisfy(\.isDefinite) }
}
