import APIGateway
import VTL

/// Renders the debugged template again with the same request to look at the
/// variables at chosen steps: the values are exact at each step (lists and maps
/// included, as they were then), and whatever a watch changes is thrown away.
struct Replay {
    let template: String
    let name: String
    let request: MethodRequest
    let settings: RenderSettings

    /// Renders until `look` returns true, calling it after each step `wants` accepts
    /// (trace indices) with the variables as they are then.
    func run(wants: @escaping (Int) -> Bool, look: @escaping (Int, [String: Value]) -> Bool) {
        let observer = Observer(wants: wants, look: look)
        let options = MappingOptions(mapOrder: settings.mapOrder,
                                     render: RenderOptions(limits: settings.limits, recordTrace: true, observer: observer))
        _ = MappingRenderer.render(template: template, name: name, request: request, options: options)
    }

    /// The variables before the first step: API Gateway's own.
    func initialScope() -> [String: Value] {
        MappingVariables(request: request, mapOrder: settings.mapOrder).globals
    }

    /// `body` applied to the variables at `position` (0: before the first step).
    func at<T>(_ position: Int, _ body: @escaping ([String: Value]) -> T) -> T? {
        if position <= 0 { return body(initialScope()) }
        var result: T?
        run(wants: { $0 == position - 1 }) { _, scope in
            result = body(scope)
            return true
        }
        return result
    }

    private final class Observer: StepObserver, @unchecked Sendable {
        let wantsStep: (Int) -> Bool
        let look: (Int, [String: Value]) -> Bool

        init(wants: @escaping (Int) -> Bool, look: @escaping (Int, [String: Value]) -> Bool) {
            self.wantsStep = wants
            self.look = look
        }

        func wants(_ step: Int) -> Bool { wantsStep(step) }
        func observe(_ step: Int, scope: [String: Value]) -> Bool { look(step, scope) }
    }
}

/// A VTL expression evaluated in a step's scope.
public enum Evaluation {
    /// The value, or null and false when the expression's root variable does not exist.
    case value(Value, defined: Bool)
    /// The expression does not parse or fails: the reason (with its column in the expression).
    case failure(String)
}

/// Evaluates expressions and conditions against a scope, as a template would.
enum ScopeEvaluator {
    static let resultName = "__debugValue"
    static let expressionPrefix = "#set($\(resultName) = "
    static let conditionPrefix = "#if("

    /// The value of `expression` in `scope`.
    static func evaluate(_ expression: String, in scope: [String: Value], limits: Limits) -> Evaluation {
        let template: Template
        do {
            template = try Template(parsing: expressionPrefix + expression + ")", name: "expression")
        } catch {
            return .failure(message(error, shift: expressionPrefix.count))
        }
        let result = template.render(globals: scope, options: RenderOptions(limits: limits))
        if let failure = result.failure { return .failure(message(failure, shift: expressionPrefix.count)) }
        guard rootIsDefined(expression, in: scope) else { return .value(.null, defined: false) }
        return .value(result.variables[resultName] ?? .null, defined: true)
    }

    /// Whether `#if(condition)` takes its block in `scope`.
    static func holds(_ condition: String, in scope: [String: Value], limits: Limits) -> Result<Bool, ConditionError> {
        let template: Template
        do {
            template = try parseCondition(condition)
        } catch {
            return .failure(error)
        }
        let result = template.render(globals: scope, options: RenderOptions(limits: limits))
        if let failure = result.failure { return .failure(ConditionError(message: message(failure, shift: conditionPrefix.count))) }
        return .success(result.output == "1")
    }

    /// The condition as a template that prints `1` when it holds.
    static func parseCondition(_ condition: String) throws(ConditionError) -> Template {
        do {
            return try Template(parsing: conditionPrefix + condition + ")1#end", name: "condition")
        } catch {
            throw ConditionError(message: message(error, shift: conditionPrefix.count))
        }
    }

    /// The reason, with its column counted in what the user typed.
    static func message(_ diagnostic: Diagnostic, shift: Int) -> String {
        let column = max(1, diagnostic.range.start.column - shift)
        return "column \(column): \(diagnostic.reason)"
    }

    /// Whether the variable an expression starts with (`$x` in `$x.y.size()`) exists;
    /// true for expressions that do not start with a reference.
    static func rootIsDefined(_ expression: String, in scope: [String: Value]) -> Bool {
        guard let name = rootName(expression) else { return true }
        return scope[name] != nil
    }

    /// `x` for `$x...`, `$!x`, `${x}`, `$!{x}`.
    static func rootName(_ expression: String) -> String? {
        var rest = expression.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "$" else { return nil }
        rest = rest.dropFirst().drop { $0 == "!" || $0 == "{" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return name.isEmpty ? nil : String(name)
    }
}

/// A breakpoint condition that does not parse or fails.
public struct ConditionError: Error, Equatable {
    public var message: String
}
