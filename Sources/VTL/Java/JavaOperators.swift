/// Arithmetic and comparison as Velocity 1.7 performs them (`MathUtils`,
/// `ASTEQNode`, `ASTLTNode`, ...).
public enum ArithmeticOperator: Sendable {
    case add, subtract, multiply, divide, modulo
}

extension Java {
    /// `a op b` for two numbers (Integer/Long/BigInteger/Double/BigDecimal), with
    /// Velocity's widening (int overflow becomes Long, Long overflow BigInteger),
    /// integer division and remainder truncating toward zero, and division or
    /// remainder by zero giving nil. Nil also when an operand is not a number
    /// (the caller handles `+` on strings, which concatenates), and when Java
    /// throws (see `arithmeticThrowing`).
    public static func arithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value) -> Value? {
        (try? arithmeticThrowing(op, a, b)) ?? nil
    }

    /// `arithmetic`, but reporting the two cases where Velocity 1.7's `MathUtils`
    /// throws (the render then fails): `%` with a BigInteger and a non-positive
    /// divisor (`java.lang.ArithmeticException: BigInteger: modulus not positive`)
    /// and `%` on BigDecimals (`java.lang.ArithmeticException: Cannot calculate the modulo of BigDecimals.`).
    public static func arithmeticThrowing(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws(HostError) -> Value? {
        guard let x = JavaNumber(a), let y = JavaNumber(b) else { return nil }
        if (op == .divide || op == .modulo) && y.isZero { return nil }
        switch JavaNumber.base(x, y) {
        case .long: return longArithmetic(op, x, y)
        case .double:
            let l = x.doubleValue, r = y.doubleValue
            switch op {
            case .add: return .double(l + r)
            case .subtract: return .double(l - r)
            case .multiply: return .double(l * r)
            case .divide: return .double(l / r)
            case .modulo: return .double(l.truncatingRemainder(dividingBy: r))
            }
        case .bigInteger:
            let l = x.bigInt, r = y.bigInt
            switch op {
            case .add: return .bigInteger((l + r).bigInteger)
            case .subtract: return .bigInteger((l - r).bigInteger)
            case .multiply: return .bigInteger((l * r).bigInteger)
            case .divide: return .bigInteger(l.quotientAndRemainder(dividingBy: r).quotient.bigInteger)
            case .modulo:
                guard r.signum > 0 else { throw HostError("java.lang.ArithmeticException: BigInteger: modulus not positive") }
                var remainder = l.quotientAndRemainder(dividingBy: r).remainder
                if remainder.negative { remainder = remainder + r }
                return .bigInteger(remainder.bigInteger)
            }
        case .bigDecimal:
            guard let l = x.bigDecimal, let r = y.bigDecimal else { return nil }
            switch op {
            case .add: return .bigDecimal((l + r).text)
            case .subtract: return .bigDecimal((l + -r).text)
            case .multiply: return .bigDecimal((l * r).text)
            case .divide: return .bigDecimal(l.dividedHalfDown(by: r).text)
            case .modulo: throw HostError("java.lang.ArithmeticException: Cannot calculate the modulo of BigDecimals.")
            }
        }
    }

    /// Integer/Long arithmetic with `MathUtils`' overflow checks; the result
    /// takes the wider operand type, widening further when it does not fit.
    private static func longArithmetic(_ op: ArithmeticOperator, _ x: JavaNumber, _ y: JavaNumber) -> Value {
        guard case .long(let l, let lInt) = x, case .long(let r, let rInt) = y else { return .null }
        let intResult = lInt && rInt
        func widen(_ value: Int64) -> Value {
            if intResult, let small = Int32(exactly: value) { return .int(small) }
            return .long(value)
        }
        let big = { (f: (BigInt, BigInt) -> BigInt) in Value.bigInteger(f(BigInt(l), BigInt(r)).bigInteger) }
        switch op {
        case .add:
            let (sum, overflow) = l.addingReportingOverflow(r)
            return overflow ? big(+) : widen(sum)
        case .subtract:
            let (difference, overflow) = l.subtractingReportingOverflow(r)
            return overflow ? big(-) : widen(difference)
        case .multiply:
            // MathUtils checks `result / l2 != l1`, which misses Long.MIN_VALUE * -1.
            let product = l &* r
            let check = r == 0 ? l : product.dividedReportingOverflow(by: r).partialValue
            return check != l ? big(*) : widen(product)
        case .divide: return widen(l.dividedReportingOverflow(by: r).partialValue)
        case .modulo: return widen(l.remainderReportingOverflow(dividingBy: r).partialValue)
        }
    }

    /// Velocity's `==`: both numbers compare numerically (`MathUtils.compare`,
    /// so `1 == 1.0`); values of the same Java class (or a subclass) use
    /// `equals`; otherwise the two `toString()` texts are compared
    /// (`"1" == 1`, `[1] == "[1]"` are true). `null == null` is true, `null` equals nothing else.
    public static func velocityEquals(_ a: Value, _ b: Value) -> Bool {
        if let x = JavaNumber(a), let y = JavaNumber(b) { return JavaNumber.compare(x, y) == 0 }
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.map, .map): return javaEquals(a, b)
        case let (.list(x), .list(y)):
            if (collectionKind(x) == .list && collectionKind(y) == .list) || className(a) == className(b) { return javaEquals(a, b) }
        default:
            if className(a) == className(b) { return javaEquals(a, b) }
        }
        return toString(a) == toString(b)
    }

    /// Velocity's ordering for `<` `<=` `>` `>=`: negative, zero or positive, or
    /// nil when the operands cannot be ordered (only numbers can; Velocity then logs
    /// and yields false). NaN compares equal to everything, as in `MathUtils.compare`.
    public static func velocityCompare(_ a: Value, _ b: Value) -> Int? {
        guard let x = JavaNumber(a), let y = JavaNumber(b) else { return nil }
        return JavaNumber.compare(x, y)
    }
}
