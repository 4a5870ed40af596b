/// A template body: the nodes between two directive keywords, in order.
struct Block: Sendable {
    var nodes: [Node]
    var range: SourceSpan
}

/// One piece of a template body. Ranges are `SourceSpan`s: UTF-8 byte offsets into the source.
enum Node: Sendable {
    /// Literal text (UTF-8 bytes, sharing the source's storage), copied to the output.
    case text(ArraySlice<UInt8>, SourceSpan)
    /// `$a.b(1)[0]` rendered into the output. `escapePrefix` is set for `\$a` (the
    /// backslashes to print before the literal text of the reference, which is then
    /// written as typed after being evaluated for its side effects).
    indirect case reference(Reference, escapePrefix: String?)
    /// `#set($target = value)`.
    indirect case set(target: Reference, value: Expression, range: SourceSpan)
    /// `#if`/`#elseif` branches in order, then the optional `#else` block.
    indirect case conditional(branches: [ConditionalBranch], otherwise: Block?, range: SourceSpan)
    /// `#foreach($variable in iterable) body #end`; without a usable variable and
    /// iterable (Velocity accepts any arguments here) it renders nothing.
    indirect case foreach(variable: Int?, iterable: Expression?, body: Block, range: SourceSpan)
    /// `#define($name) body #end`: `$name` renders the body when referenced
    /// (no name: the arguments were not a reference, nothing is defined).
    indirect case define(name: Int?, body: Block, range: SourceSpan)
    /// `#break` (leaves the innermost `#foreach` or `#define`, else the template), or
    /// `#break($scope)` (leaves the loop of that `$foreach` scope).
    case breakLoop(scope: Expression?, SourceSpan)
    /// `#stop`: ends the render.
    case stop(SourceSpan)
    /// `#parse(...)` / `#include(...)`: fails at render time on the first argument
    /// (API Gateway loads no resources); `#include()` renders nothing.
    case unsupportedInclude(directive: DirectiveKeyword, arguments: [Expression], range: SourceSpan)
}

/// An argument of a directive with Velocity's generic argument syntax (`#foreach`,
/// `#define`, `#break`): a bare word such as `in`, or a value.
enum DirectiveArgument: Sendable {
    case word(String, SourceSpan)
    case value(Expression)
}

/// An `#if` or `#elseif` condition with the block it guards.
struct ConditionalBranch: Sendable {
    var condition: Expression
    var body: Block
    var range: SourceSpan
}

/// A reference: `$root` followed by member accesses, as in `$a.b.c(1)[0]`.
struct Reference: Sendable {
    /// The root variable's slot (see `VariableSlots`; its name is in `Template.variableNames`).
    var slot: Int
    var modifiers: [Modifier]
    /// The reference as written (`$!{a.b}`): UTF-8 bytes sharing the source's storage.
    var literal: ArraySlice<UInt8>
    var range: SourceSpan

    /// `literal` as text (escaped references, traces).
    var literalText: String { String(decoding: literal, as: UTF8.self) }

    /// Whether the reference is written starting with `prefix` (`${`, `$!`).
    func isWritten(startingWith prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { literal.starts(with: $0) }
    }
}

/// One step of a reference chain.
enum Modifier: Sendable {
    case property(String, SourceSpan)
    case method(String, [Expression], SourceSpan)
    case index(Expression, SourceSpan)

    var range: SourceSpan {
        switch self {
        case .property(_, let r), .method(_, _, let r), .index(_, let r): return r
        }
    }
}

/// An integer literal's Java type, chosen by magnitude as Velocity does.
enum IntegerLiteral: Sendable {
    case int(Int32), long(Int64), big(String)
}

/// Binary operators, by Velocity's precedence classes.
enum BinaryOperator: Sendable {
    case or, and
    case equal, notEqual
    case less, lessOrEqual, greater, greaterOrEqual
    case add, subtract, multiply, divide, modulo
}

/// An expression in directive arguments, method arguments and index brackets.
indirect enum Expression: Sendable {
    case reference(Reference)
    /// A string literal; `interpolated` holds the parsed body of a `"..."` string
    /// containing `$` or `#` (rendered on each evaluation).
    case string(String, interpolated: Block?, SourceSpan)
    case integer(IntegerLiteral, SourceSpan)
    case double(Double, SourceSpan)
    case bool(Bool, SourceSpan)
    case list([Expression], SourceSpan)
    case range(Expression, Expression, SourceSpan)
    case map([(Expression, Expression)], SourceSpan)
    case binary(BinaryOperator, Expression, Expression, SourceSpan)
    case not(Expression, SourceSpan)
    case parenthesized(Expression, SourceSpan)
    /// A bare word as a method argument (`$m.put('k', null)`, `$m.get(a)`): Velocity passes Java null.
    case null(SourceSpan)

    var range: SourceSpan {
        switch self {
        case .reference(let r): return r.range
        case .string(_, _, let r), .integer(_, let r), .double(_, let r), .bool(_, let r), .list(_, let r),
             .range(_, _, let r), .map(_, let r), .binary(_, _, _, let r), .not(_, let r), .parenthesized(_, let r), .null(let r):
            return r
        }
    }
}
