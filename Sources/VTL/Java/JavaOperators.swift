/// Arithmetic and comparison as Velocity 1.7 performs them (`MathUtils`,
/// `ASTEQNode`, `ASTLTNode`, ...).
///
/// FIRST VERSION (skeleton): the `java-methods` work replaces these bodies.
public enum ArithmeticOperator: Sendable {
    case add, subtract, multiply, divide, modulo
}

extension Java {
    /// `a op b` for two numbers (Integer/Long/BigInteger/Double/BigDecimal), with
    /// Velocity's widening (int overflow becomes Long, Long overflow BigInteger),
    /// integer division and remainder truncating toward zero, and division or
    /// remainder by zero giving nil. Nil also when an operand is not a number
    /// (the caller handles `+` on strings, which concatenates).
    public static func arithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value) -> Value? {
        switch (op, a, b) {
        case let (.add, .int(x), .int(y)): return .int(x &+ y)
        case let (.subtract, .int(x), .int(y)): return .int(x &- y)
        case let (.multiply, .int(x), .int(y)): return .int(x &* y)
        case let (.divide, .int(x), .int(y)): return y == 0 ? nil : .int(x / y)
        case let (.modulo, .int(x), .int(y)): return y == 0 ? nil : .int(x % y)
        default: return nil
        }
    }

    /// Velocity's `==`: both numbers compare numerically; same class uses
    /// `equals`; otherwise the two `toString()` texts are compared.
    public static func velocityEquals(_ a: Value, _ b: Value) -> Bool {
        toString(a) == toString(b)
    }

    /// Velocity's ordering for `<` `<=` `>` `>=`: negative, zero or positive, or
    /// nil when the operands cannot be ordered (Velocity then logs and yields false).
    public static func velocityCompare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x == y ? 0 : 1)
        default: return nil
        }
    }
}
