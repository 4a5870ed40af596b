import Testing
import VTL

/// A Sendable description of a test value, built into a fresh `Value` per run.
indirect enum V: Sendable {
    case null
    case s(String)
    case i(Int32)
    case l(Int64)
    case d(Double)
    case b(Bool)
    case big(String)
    case dec(String)
    case list([V])
    /// A `LinkedHashMap`, keys and values alternating.
    case map([V])
    /// A `java.util.HashMap`, keys and values alternating.
    case hmap([V])

    var value: Value {
        switch self {
        case .null: return .null
        case .s(let s): return .string(s)
        case .i(let i): return .int(i)
        case .l(let l): return .long(l)
        case .d(let d): return .double(d)
        case .b(let b): return .bool(b)
        case .big(let text): return .bigInteger(BigInteger(text)!)
        case .dec(let text): return .bigDecimal(text)
        case .list(let items): return .list(ListRef(items.map(\.value)))
        case .map(let pairs), .hmap(let pairs):
            let map = MapRef(order: { if case .hmap = self { return MapOrder.javaHash } else { return MapOrder.insertion } }())
            for i in stride(from: 0, to: pairs.count, by: 2) { map.entries[MapKey(pairs[i].value)] = pairs[i + 1].value }
            return .map(map)
        }
    }
}

/// One step of a chain: a method call, or a property when `arguments` is nil.
struct Call: Sendable {
    var name: String
    var arguments: [V]?
}

/// `#set($r = receiver)` then each chain rendered, joined with `|` (an empty chain renders `$r`).
struct MethodCase: Sendable, CustomTestStringConvertible {
    var vtl: String
    var receiver: V
    var chains: [[Call]]
    /// What the oracle printed; `error: <exception>` when it failed.
    var expected: String

    var testDescription: String { vtl }

    func run() -> String {
        let receiver = self.receiver.value
        var parts: [String] = []
        do {
            for chain in chains {
                var current: Value? = receiver
                for call in chain {
                    guard let value = current else { break }
                    current = try Self.apply(call, to: value)
                }
                parts.append(current.map(Self.render) ?? "")
            }
        } catch {
            // The oracle prints exception messages on one line.
            return "error: " + error.reason.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        }
        return parts.joined(separator: "|")
    }

    static func render(_ value: Value) -> String {
        if case .null = value { return "" }
        return Java.toString(value)
    }

    static func apply(_ call: Call, to value: Value) throws(HostError) -> Value? {
        let site = CallSite(templateName: "test", line: 1, column: 1)
        if case .host(let host) = value {
            if let arguments = call.arguments { return try host.method(call.name, arguments: arguments.map(\.value), at: site) }
            return try host.property(call.name, at: site)
        }
        if let arguments = call.arguments { return try Java.callMethod(value, call.name, arguments.map(\.value)) }
        return Java.property(value, call.name)
    }
}

/// `#set($x = $a op $b)$x|$x.class`.
struct OperatorCase: Sendable, CustomTestStringConvertible {
    var vtl: String
    var left: V
    var op: String
    var right: V
    var expected: String

    var testDescription: String { vtl }

    func run() -> String {
        let a = left.value, b = right.value
        switch op {
        case "==": return Java.velocityEquals(a, b) ? "true" : "false"
        case "<=>":
            guard let c = Java.velocityCompare(a, b) else { return "" }
            return (c < 0 ? "lt" : "") + (c > 0 ? "gt" : "") + (c <= 0 ? "le" : "") + (c >= 0 ? "ge" : "")
        default:
            let operators: [String: ArithmeticOperator] = ["+": .add, "-": .subtract, "*": .multiply, "/": .divide, "%": .modulo]
            do {
                guard let result = try Java.arithmeticThrowing(operators[op]!, a, b) else { return "|" }
                return Java.toString(result) + "|class " + Java.className(result)
            } catch {
                return "error: " + error.reason
            }
        }
    }
}
