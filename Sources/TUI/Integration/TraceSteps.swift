import VTL

/// Turns the engine's trace events into the step-through debugger's steps with
/// readable titles: `reference $x = "abc"`, `#if condition true -> first branch`,
/// `#foreach item 2 of 5: "b"`, `call $util.urlEncode("a b") -> "a+b"`.
enum TraceSteps {
    /// The longest value or source excerpt shown in a title.
    static let excerptLength = 60

    static func steps(_ events: [TraceEvent], template: String, output: String) -> [TraceStep] {
        let loopSizes = iterationCounts(events)
        let templateBytes = Array(template.utf8), outputBytes = Array(output.utf8)
        return events.indices.map { index in
            let event = events[index]
            let source = slice(templateBytes, event.sourceRange.offsets, limit: 4 * excerptLength)
            let written = slice(outputBytes, event.outputRange, limit: 4 * excerptLength)
            var (title, details) = describe(event, source: source, template: templateBytes, loopSize: loopSizes[index])
            let position = event.sourceRange.start
            details.append("at \(position.line):\(position.column)")
            if !written.isEmpty { details.append("wrote \(quoted(written))") }
            return TraceStep(title: title, details: details, templateRange: event.sourceRange.offsets,
                             outputRange: event.outputRange)
        }
    }

    private static func describe(_ event: TraceEvent, source: String, template: [UInt8],
                                 loopSize: Int?) -> (String, [String]) {
        switch event.kind {
        case .text:
            return ("text \(quoted(source))", [])
        case .reference(let reference, let value):
            return ("reference \(reference) = \(shown(value))", ["type \(value.typeName)"])
        case .methodCall(let name, let arguments, let result):
            let call = callText(source: source, name: name, arguments: arguments, template: template,
                                start: event.sourceRange.offsets.lowerBound)
            let details = arguments.enumerated().map { "argument \($0.offset + 1): \(shown($0.element)) (\($0.element.typeName))" }
                + [result.map { "result: \(shown($0)) (\($0.typeName))" } ?? "no such method: rendered as written"]
            return ("call \(call) -> \(result.map(shown) ?? "unresolved")", details)
        case .set(let target, let value):
            return ("#set \(target) = \(shown(value))", ["type \(value.typeName)"])
        case .condition(let value, let taken):
            let directive = directiveBefore(event.sourceRange.offsets.lowerBound, in: template)
            let branch = directive == "#if" ? "first branch" : "this branch"
            let outcome = taken ? branch : "skipped"
            return ("\(directive) condition \(value) -> \(outcome)", ["condition \(excerpt(source))"])
        case .elseBranch:
            return ("#else -> else branch", [])
        case .iteration(let item, let index):
            let of = loopSize.map { " of \($0)" } ?? ""
            return ("#foreach item \(index + 1)\(of): \(shown(item))", ["type \(item.typeName)"])
        case .control(let what):
            return (what, [])
        }
    }

    /// The call as written up to its receiver, with the arguments' values:
    /// `$util.urlEncode("a b")` even when the argument was a variable.
    private static func callText(source: String, name: String, arguments: [ValueSnapshot], template: [UInt8],
                                 start: Int) -> String {
        let receiver = receiverBefore(start, in: template)
        let separator = receiver.isEmpty || source.hasPrefix(".") ? "" : "."
        let trimmedSource = source.hasPrefix(".") ? "." : ""
        return excerpt(receiver) + separator + trimmedSource + name + "(" + arguments.map(shown).joined(separator: ", ") + ")"
    }

    /// The reference text right before a member (`$util` before `.urlEncode(...)`).
    private static func receiverBefore(_ offset: Int, in bytes: [UInt8]) -> String {
        let end = min(max(offset, 0), bytes.count)
        let floor = max(0, end - 4 * excerptLength)
        var index = end
        var depth = 0
        while index > floor {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { depth += 1 }
            else if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, !isReferenceByte(byte) { break }
            index -= 1
            if byte == UInt8(ascii: "$") && depth == 0 { break }
        }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "{"):
            true
        default:
            false
        }
    }

    /// `#if` or `#elseif`, read from the template before a condition.
    private static func directiveBefore(_ offset: Int, in template: [UInt8]) -> String {
        let end = min(max(offset, 0), template.count)
        let before = String(decoding: template[max(0, end - 40)..<end], as: UTF8.self)
        let head = before.reversed().drop { $0 == "(" || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "}" }
        return String(head.prefix(7).reversed()).hasSuffix("elseif") ? "#elseif" : "#if"
    }

    /// The text of a byte range, at most `limit` bytes of it (a cut character is dropped).
    private static func slice(_ bytes: [UInt8], _ range: Range<Int>, limit: Int) -> String {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count, lower + limit)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// For every iteration event, how many iterations its run of the loop had.
    private static func iterationCounts(_ events: [TraceEvent]) -> [Int?] {
        var counts = [Int?](repeating: nil, count: events.count)
        var runs: [Int: [Int]] = [:]
        func close(_ members: [Int]) { for member in members { counts[member] = members.count } }
        for (index, event) in events.enumerated() {
            guard case .iteration(_, let position) = event.kind else { continue }
            let loop = event.sourceRange.start.offset
            if position == 0, let finished = runs[loop] { close(finished); runs[loop] = [] }
            runs[loop, default: []].append(index)
        }
        for members in runs.values { close(members) }
        return counts
    }

    /// A value as a title shows it: strings quoted, the rest as rendered, null as `null`.
    static func shown(_ value: ValueSnapshot) -> String {
        switch value.typeName {
        case "null": "null"
        case "java.lang.String": quoted(value.rendered)
        default: excerpt(value.rendered)
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + excerpt(text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")) + "\""
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: "⏎")
        return flat.count <= excerptLength ? flat : String(flat.prefix(excerptLength - 1)) + "…"
    }
}
