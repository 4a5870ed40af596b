/// Member access: the single resolver every `.property`, `.method()` and `[index]`
/// goes through. Host objects answer for themselves; other values follow Java.
extension Evaluator {
    /// The value of a reference as API Gateway sees it: an undefined or null result
    /// becomes `""` (its `InvalidReferenceEventHandler`).
    mutating func evaluate(_ reference: Reference) throws(Interrupt) -> Value {
        try resolve(reference, dropLast: false) ?? .string("")
    }

    /// The raw value of `reference` (optionally without its last modifier), nil when
    /// undefined or when a step gives null.
    mutating func resolve(_ reference: Reference, dropLast: Bool) throws(Interrupt) -> Value? {
        guard var current = try lookUp(reference) else { return nil }
        let count = reference.modifiers.count - (dropLast ? 1 : 0)
        var index = 0
        while index < count {
            guard let next = try access(current, reference.modifiers[index]) else { return nil }
            if case .null = next { return nil }
            current = next
            index += 1
        }
        return current
    }

    /// The root variable (or `#define` block, rendered now).
    mutating func lookUp(_ reference: Reference) throws(Interrupt) -> Value? {
        let name = reference.slot
        if let value = variables[name] {
            if case .null = value { return nil }
            return value
        }
        if !defines.isEmpty, let block = defines[name] {
            // A #define block is an object whose only behaviour is rendering itself.
            guard reference.modifiers.isEmpty else { return nil }
            let level = defineDepth[name, default: 0]
            if level >= 2 { // Velocity's directive.define.max_depth
                exhaustedDefine = true
                return nil
            }
            defineDepth[name] = level + 1
            defer { defineDepth[name] = level }
            let rendered: String
            do {
                rendered = try renderToString(block)
            } catch {
                guard case .breakLoop(.none) = error else { throw error }
                rendered = "" // #break inside a #define ends it (the output so far is discarded here).
            }
            return .string(rendered)
        }
        if name == VariableSlots.foreach, let scope = foreachScope { return .host(scope) }
        return nil
    }

    /// One step of a reference chain; nil when it does not resolve.
    mutating func access(_ value: Value, _ modifier: Modifier) throws(Interrupt) -> Value? {
        try step(modifier.range)
        switch modifier {
        case .property(let name, let range):
            if case .host(let host) = value {
                do { return try host.property(name, at: callSite(range)) } catch { throw .failure(diagnostic(error.reason, at: range)) }
            }
            return Java.property(value, name)
        case .method(let name, let argumentExpressions, let range):
            var arguments: [Value] = []
            arguments.reserveCapacity(argumentExpressions.count)
            for expression in argumentExpressions { arguments.append(try evaluate(expression)) }
            let result: Value?
            let sizeBefore = Evaluator.collectionSize(value)
            do {
                if case .host(let host) = value {
                    result = try host.method(name, arguments: arguments, at: callSite(range))
                } else {
                    result = try Java.callMethod(value, name, arguments)
                }
            } catch {
                throw hostFailure(error, at: range)
            }
            try checkGrowth(of: value, from: sizeBefore, result: result, at: range)
            if recordTrace {
                trace(.methodCall(name: name, arguments: arguments.map(snapshot), result: result.map(snapshot)), range, from: output.count)
            }
            return result
        case .index(let indexExpression, let range):
            let index = try evaluate(indexExpression)
            do {
                if case .host(let host) = value { return try host.method("get", arguments: [index], at: callSite(range)) }
                return try Java.index(value, index)
            } catch {
                throw .failure(diagnostic(error.reason, at: range))
            }
        }
    }

    /// `#set($target = value)`.
    mutating func assign(_ value: Value, to target: Reference) throws(Interrupt) {
        // Velocity assigns nothing to `${a}` or `$!a` targets.
        if target.isWritten(startingWith: "${") || target.isWritten(startingWith: "$!") { return }
        guard let last = target.modifiers.last else {
            variables[target.slot] = value
            if !defines.isEmpty { defines[target.slot] = nil }
            return
        }
        guard let base = try resolve(target, dropLast: true) else { return }
        let key: Value
        switch last {
        case .property(let name, _): key = .string(name)
        case .index(let expression, _): key = try evaluate(expression)
        case .method: return
        }
        let range = last.range
        switch (base, key) {
        case (.map(let map), _):
            do { try map.checkWrite(MapKey(key)) } catch { throw .failure(diagnostic(error.reason, at: range)) }
            map.entries[MapKey(key)] = value
        case (.list(let list), .int(let i)) where list.view as? MapView == nil:
            let position = i < 0 ? Int(i) + list.items.count : Int(i)
            guard list.items.indices.contains(position) else {
                throw .failure(diagnostic("Exception calling method 'set(java.lang.Integer, \(Evaluator.typeName(of: value)))' in \(Evaluator.typeName(of: base)): index \(i) is out of bounds for length \(list.items.count)", at: range))
            }
            list.items[position] = value
        case (.host(let host), _):
            do {
                if case .property(let name, _) = last,
                   try host.method("set" + name.prefix(1).uppercased() + name.dropFirst(), arguments: [value], at: callSite(range)) != nil {
                    return
                }
                _ = try host.method("put", arguments: [key, value], at: callSite(range))
            } catch {
                throw .failure(diagnostic(error.reason, at: range))
            }
        default:
            do {
                if case .property(let name, _) = last {
                    _ = try Java.callMethod(base, "set" + name.prefix(1).uppercased() + name.dropFirst(), [value])
                } else {
                    _ = try Java.callMethod(base, "set", [key, value])
                }
            } catch {
                throw .failure(diagnostic(error.reason, at: range))
            }
        }
    }

    /// The size a method call may grow: a list's (a sub-list's outermost list's) or a map's.
    static func collectionSize(_ value: Value) -> Int {
        switch value {
        case .list(var list):
            while let sub = list.view as? SubListView { list = sub.parent }
            return list.count
        case .map(let map): return map.entries.count
        default: return 0
        }
    }

    /// Fails the render when a method call grew a list or map beyond `maxCollectionSize`
    /// elements, or returned a string longer than `maxStringBytes` (`$l.addAll($l)` and
    /// `$s.concat($s)` double each time).
    private func checkGrowth(of receiver: Value, from sizeBefore: Int, result: Value?, at range: SourceSpan) throws(Interrupt) {
        if case .string(let text)? = result, text.utf8.count > options.limits.maxStringBytes {
            throw .failure(diagnostic("a method returned a string of more than \(options.limits.maxStringBytes) bytes (limit maxStringBytes)", at: range))
        }
        let size = Evaluator.collectionSize(receiver)
        if size > sizeBefore, size > options.limits.maxCollectionSize {
            throw .failure(diagnostic("a list or map grew beyond \(options.limits.maxCollectionSize) elements (limit maxCollectionSize)", at: range))
        }
    }
}
