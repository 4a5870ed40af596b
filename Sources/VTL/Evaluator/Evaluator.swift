import JavaRuntime

/// Why rendering left the normal flow.
enum Interrupt: Error {
    /// `#break`: leaves the innermost `#foreach` or `#define` (nil), or the loop of the given `ForeachScope`.
    case breakLoop(ObjectIdentifier?)
    /// `#stop`: ends the render, keeping the output.
    case stop
    /// A runtime error or an exceeded limit: the render fails.
    case failure(Diagnostic)
}

/// Renders a parsed template: one exhaustive switch over the AST.
struct Evaluator {
    let template: Template
    let options: RenderOptions
    let recordTrace: Bool
    /// Velocity's context: one flat scope (only `#foreach` saves and restores its
    /// variables), by slot of `template.variableNames`; nil when undefined.
    var variables: [Value?]
    /// The variables given, including those the template never names.
    let globals: [String: Value]
    /// `#define` blocks by variable slot, with how deeply each is being rendered.
    var defines: [Int: Block] = [:]
    var defineDepth: [Int: Int] = [:]
    var output: [UInt8] = []
    var events: [TraceEvent] = []
    var warnings: [Diagnostic] = []
    /// The render's work allowance (steps, and the work of string, regex, number and JSON operations).
    let meter: WorkMeter
    var depth = 0
    /// The innermost `$foreach` scope.
    var foreachScope: ForeachScope?
    /// Set when a `$name` referred to a `#define` nested too deeply (Velocity then prints the reference as written).
    var exhaustedDefine = false
    /// Set when the `RenderOptions.observer` asked to stop: the render ends at the next step.
    var pausing = false

    init(template: Template, globals: [String: Value], options: RenderOptions) {
        self.template = template
        self.options = options
        self.recordTrace = options.recordTrace
        self.meter = WorkMeter(limit: options.limits.stepBudget, isCancelled: options.isCancelled)
        self.globals = globals
        self.variables = globals.isEmpty ? Array(repeating: nil, count: template.variableNames.count)
            : template.variableNames.map { globals[$0] }
    }

    mutating func run() -> RenderResult {
        var failure: Diagnostic?
        let size = template.source.utf8.count
        if size > options.limits.templateSizeWarning {
            warnings.append(Diagnostic(severity: .warning,
                                       reason: "the template is \(size) bytes; API Gateway rejects mapping templates larger than \(options.limits.templateSizeWarning / 1024) KB",
                                       range: template.text.range(SourceSpan(at: 0)), templateName: template.name))
        }
        let outcome: Result<Void, Interrupt> = WorkMeter.$current.withValue(meter) {
            do throws(Interrupt) {
                try render(template.root)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let error) = outcome {
            switch error {
            case .breakLoop, .stop: break
            case .failure(let diagnostic): failure = diagnostic
            }
        }
        return RenderResult(output: String(decoding: output, as: UTF8.self), failure: failure, warnings: warnings,
                            trace: recordTrace ? Trace(events: events) : nil, variables: finalVariables())
    }

    /// The globals with every variable the template named as it is now.
    func finalVariables() -> [String: Value] {
        var result = globals
        for (slot, name) in template.variableNames.enumerated() {
            if let value = variables[slot] {
                result[name] = value
            } else if !globals.isEmpty {
                result[name] = nil
            }
        }
        return result
    }

    // MARK: Blocks and nodes

    mutating func render(_ block: Block) throws(Interrupt) {
        depth += 1
        defer { depth -= 1 }
        if depth > options.limits.maxDepth {
            throw .failure(diagnostic("nesting deeper than \(options.limits.maxDepth) levels (limit maxDepth)", at: block.range))
        }
        for node in block.nodes { try render(node) }
    }

    mutating func render(_ node: Node) throws(Interrupt) {
        try step(node.range)
        switch node {
        case .text(let text, let range):
            let start = output.count
            try emit(bytes: text, at: range)
            trace(.text, range, from: start)
        case .reference(let reference, let escapePrefix):
            let start = output.count
            exhaustedDefine = false
            let value = try evaluate(reference)
            if let prefix = escapePrefix {
                try emit(prefix, at: reference.range)
                try emit(bytes: reference.literal, at: reference.range)
            } else if exhaustedDefine {
                exhaustedDefine = false
                try emit(bytes: reference.literal, at: reference.range)
            } else {
                try emit(renderChecked(value, at: reference.range), at: reference.range)
            }
            if recordTrace { trace(.reference(source: reference.literalText, value: snapshot(value)), reference.range, from: start) }
        case .set(let target, let valueExpression, let range):
            let value = try evaluate(valueExpression)
            if case .null = value { return } // Velocity 1.7 leaves the target unchanged when the value is null.
            try assign(value, to: target)
            if recordTrace { trace(.set(target: target.literalText, value: snapshot(value)), range, from: output.count) }
        case .conditional(let branches, let otherwise, _):
            for branch in branches {
                let taken = try truth(branch.condition)
                if recordTrace { trace(.condition(value: taken, taken: taken), branch.condition.range, from: output.count) }
                if taken { return try render(branch.body) }
            }
            if let otherwise {
                if recordTrace { trace(.elseBranch, otherwise.range, from: output.count) }
                try render(otherwise)
            }
        case .foreach(let variable, let iterable, let body, let range):
            try renderForeach(variable: variable, iterable: iterable, body: body, range: range)
        case .define(let name, let body, _):
            guard let name else { return }
            variables[name] = nil
            defines[name] = body
        case .breakLoop(let scopeExpression, let range):
            if recordTrace { trace(.control("#break"), range, from: output.count) }
            guard let scopeExpression else { throw .breakLoop(nil) }
            let scope = try evaluate(scopeExpression)
            guard case .host(let host) = scope, let foreach = host as? ForeachScope else {
                throw .failure(diagnostic("\(Evaluator.render(scope)) is not a valid org.apache.velocity.runtime.directive.Scope instance", at: range))
            }
            throw .breakLoop(ObjectIdentifier(foreach))
        case .stop(let range):
            if recordTrace { trace(.control("#stop"), range, from: output.count) }
            throw .stop
        case .unsupportedInclude(let directive, let arguments, let range):
            guard let first = arguments.first else {
                if directive == .include { return }
                throw .failure(diagnostic("#parse(): argument missing", at: range))
            }
            switch (directive, first) {
            case (.parse, _), (_, .string), (_, .reference):
                let name = Evaluator.render(try evaluate(first))
                throw .failure(diagnostic("Unable to find resource '\(name)': #\(directive.rawValue) cannot load other templates on API Gateway", at: range))
            default:
                throw .failure(diagnostic("invalid #include() argument: only strings and references name resources", at: range))
            }
        }
    }

    // MARK: Output, steps, trace

    mutating func emit(_ text: String, at range: SourceSpan) throws(Interrupt) {
        output.append(contentsOf: text.utf8)
        if output.count > options.limits.maxOutputBytes { try truncateOutput(at: range) }
    }

    mutating func emit(bytes: ArraySlice<UInt8>, at range: SourceSpan) throws(Interrupt) {
        output.append(contentsOf: bytes)
        if output.count > options.limits.maxOutputBytes { try truncateOutput(at: range) }
    }

    /// Cuts the output to the budget, before any character the budget would split, and fails.
    mutating func truncateOutput(at range: SourceSpan) throws(Interrupt) {
        let limit = options.limits.maxOutputBytes
        var cut = max(0, limit)
        while cut > 0, output[cut] & 0xC0 == 0x80 { cut -= 1 }
        output.removeLast(output.count - cut)
        throw .failure(diagnostic("the output exceeds \(limit) bytes (limit maxOutputBytes)", at: range))
    }

    /// Counts one evaluation step against the budget and polls for cancellation.
    @inline(__always)
    func step(_ range: SourceSpan) throws(Interrupt) {
        if pausing { throw .stop }
        if !meter.charge(1) { throw meterStop(at: range) }
    }

    /// What a value prints as in the output: `Evaluator.render`, failing as Java does on
    /// collections nested or cyclic too deep to print (`StackOverflowError`).
    func renderChecked(_ value: Value, at range: SourceSpan) throws(Interrupt) -> String {
        switch value {
        case .list, .map(_), .host:
            if case .map(let map) = value, map.rendersEmpty { return "" }
            do { return try Java.checkedToString(value) } catch { throw hostFailure(error, at: range) }
        default: return Evaluator.render(value)
        }
    }

    /// The failure for a host error at `range`; the work meter's reason when it stopped the work.
    func hostFailure(_ error: HostError, at range: SourceSpan) -> Interrupt {
        if meter.stop != nil { return meterStop(at: range) }
        return .failure(diagnostic(error.reason, at: range))
    }

    /// The failure for a meter that stopped the work (budget spent or render cancelled).
    func meterStop(at range: SourceSpan) -> Interrupt {
        switch meter.stop {
        case .cancelled: return .failure(diagnostic("render cancelled", at: range))
        case .budget, nil:
            return .failure(diagnostic("the render took more than \(options.limits.stepBudget) steps (limit stepBudget)", at: range))
        }
    }

    mutating func trace(_ kind: TraceEvent.Kind, _ range: SourceSpan, from start: Int) {
        guard recordTrace else { return }
        events.append(TraceEvent(kind: kind, sourceRange: template.text.range(range), outputRange: start..<output.count, depth: depth))
        if let observer = options.observer, observer.wants(events.count - 1) {
            var scope = finalVariables()
            if let foreachScope { scope["foreach"] = .host(foreachScope) }
            if observer.observe(events.count - 1, scope: scope) { pausing = true }
        }
    }

    func snapshot(_ value: Value) -> ValueSnapshot {
        ValueSnapshot(rendered: Evaluator.render(value), typeName: Evaluator.typeName(of: value))
    }

    func diagnostic(severity: Diagnostic.Severity = .error, _ reason: String, at range: SourceSpan) -> Diagnostic {
        Diagnostic(severity: severity, reason: reason, range: template.text.range(range), templateName: template.name)
    }

    func callSite(_ range: SourceSpan) -> CallSite {
        let position = template.text.position(range.start)
        return CallSite(templateName: template.name, line: position.line, column: position.column)
    }
}

extension Node {
    var range: SourceSpan {
        switch self {
        case .text(_, let r), .set(_, _, let r), .conditional(_, _, let r), .foreach(_, _, _, let r),
             .define(_, _, let r), .breakLoop(_, let r), .stop(let r), .unsupportedInclude(_, _, let r):
            return r
        case .reference(let reference, _): return reference.range
        }
    }
}
