extension Evaluator {
    /// An expression's value (`.null` for Java null, e.g. after a division by zero).
    mutating func evaluate(_ expression: Expression) throws(Interrupt) -> Value {
        try step(expression.range)
        switch expression {
        case .reference(let reference):
            return try evaluate(reference)
        case .string(let literal, let interpolated, _):
            guard let block = interpolated else { return .string(literal) }
            return .string(try renderToString(block))
        case .integer(let literal, _):
            switch literal {
            case .int(let i): return .int(i)
            case .long(let l): return .long(l)
            case .big(let text): return BigInteger(text).map(Value.bigInteger) ?? .null
            }
        case .double(let d, _): return .double(d)
        case .bool(let b, _): return .bool(b)
        case .list(let items, _):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item)) }
            return .list(ListRef(values))
        case .range(let from, let to, let range):
            let low = try evaluate(from), high = try evaluate(to) // (evaluated first: no copy of self)
            return try makeRange(low, high, at: range)
        case .map(let entries, _):
            let map = MapRef()
            for (keyExpression, valueExpression) in entries {
                let key = try evaluate(keyExpression)
                map.entries[MapKey(key)] = try evaluate(valueExpression)
            }
            return .map(map)
        case .binary(let op, let left, let right, _):
            switch op {
            case .or, .and, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                return .bool(try truth(expression))
            case .add, .subtract, .multiply, .divide, .modulo:
                let a = try evaluate(left), b = try evaluate(right) // (evaluated first: no copy of self)
                let result = arithmetic(op, a, b)
                if case .string(let text) = result, text.utf8.count > options.limits.maxOutputBytes {
                    throw .failure(diagnostic("a string grew beyond \(options.limits.maxOutputBytes) bytes (limit maxOutputBytes)", at: expression.range))
                }
                return result
            }
        case .not:
            return .bool(try truth(expression))
        case .parenthesized(let inner, _):
            return try evaluate(inner)
        case .null:
            return .null
        }
    }

    /// Velocity 1.7's `evaluate()`: references by their value (false only for null or
    /// `false`), `true`/`false` and operators by their result; any other literal is false.
    mutating func truth(_ expression: Expression) throws(Interrupt) -> Bool {
        switch expression {
        case .reference(let reference):
            return Java.isTruthy(try evaluate(reference))
        case .bool(let b, _):
            return b
        case .not(let inner, _):
            return !(try truth(inner))
        case .parenthesized(let inner, _):
            return try truth(inner)
        case .binary(let op, let left, let right, _):
            switch op {
            case .or:
                if try truth(left) { return true }
                return try truth(right)
            case .and:
                if !(try truth(left)) { return false }
                return try truth(right)
            case .equal: return Java.velocityEquals(try evaluate(left), try evaluate(right))
            case .notEqual: return !Java.velocityEquals(try evaluate(left), try evaluate(right))
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                let a = try evaluate(left)
                let b = try evaluate(right)
                if case .null = a { return false }
                if case .null = b { return false }
                guard let order = Java.velocityCompare(a, b) else { return false }
                switch op {
                case .less: return order < 0
                case .lessOrEqual: return order <= 0
                case .greater: return order > 0
                default: return order >= 0
                }
            case .add, .subtract, .multiply, .divide, .modulo:
                _ = try evaluate(expression)
                return false
            }
        default:
            _ = try evaluate(expression)
            return false
        }
    }

    /// `+` concatenates when either operand is a string; otherwise Java arithmetic.
    /// Null in, or no numeric result, gives null.
    func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        if case .null = a { return .null }
        if case .null = b { return .null }
        let javaOperator: ArithmeticOperator
        switch op {
        case .add: return Java.plus(a, b) ?? .null
        case .subtract: javaOperator = .subtract
        case .multiply: javaOperator = .multiply
        case .divide: javaOperator = .divide
        default: javaOperator = .modulo
        }
        return Java.arithmetic(javaOperator, a, b) ?? .null
    }

    /// `[from..to]`: the integers between, ascending or descending; null unless both are numbers.
    func makeRange(_ from: Value, _ to: Value, at range: SourceSpan) throws(Interrupt) -> Value {
        guard let low = Evaluator.integer(from), let high = Evaluator.integer(to) else { return .null }
        let count = abs(high - low) + 1
        guard count <= options.limits.stepBudget else {
            throw .failure(diagnostic("the range [\(low)..\(high)] has more than \(options.limits.stepBudget) elements (limit stepBudget)", at: range))
        }
        var items: [Value] = []
        items.reserveCapacity(count)
        let stride = low <= high ? 1 : -1
        var i = low
        for _ in 0..<count {
            items.append(.int(Int32(truncatingIfNeeded: i)))
            i += stride
        }
        return .list(ListRef(items))
    }

    static func integer(_ value: Value) -> Int? {
        switch value {
        case .int(let i): return Int(i)
        case .long(let l): return Int(truncatingIfNeeded: Int32(truncatingIfNeeded: l))
        case .double(let d) where d.isFinite: return Int(Int32(truncatingIfNeeded: Int64(d)))
        default: return nil
        }
    }

    /// Renders `block` into a string (interpolated string literals, `#define`).
    mutating func renderToString(_ block: Block) throws(Interrupt) -> String {
        let start = output.count
        let traced = events.count
        try render(block)
        let text = String(decoding: output[start...], as: UTF8.self)
        output.removeSubrange(start...)
        if recordTrace {
            for i in traced..<events.count { events[i].outputRange = start..<start }
        }
        return text
    }
}
