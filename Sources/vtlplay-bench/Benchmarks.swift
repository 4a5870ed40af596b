import APIGateway
import Foundation
import JSON
import VTL

/// The measurements `vtlplay-bench` makes in process (release build).
enum Benchmarks {
    /// Renders every line of a batch file as `vtlplay render --batch` does (parse the
    /// line, parse the template, render, write the result line), over and over.
    static func batch(file: String, seconds: Double, outputs: String?) throws {
        let lines = try String(contentsOfFile: file, encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        if let outputs {
            let text = lines.enumerated().map { BatchRunner.run(line: $0.element, number: $0.offset + 1, file: file).1.line + "\n" }
            try text.joined().write(toFile: outputs, atomically: true, encoding: .utf8)
        }
        var sink = 0
        let result = Stopwatch.measure(minimumSeconds: seconds) {
            for (index, line) in lines.enumerated() {
                sink &+= BatchRunner.run(line: line, number: index + 1, file: file).1.line.utf8.count
            }
            return lines.count
        }
        print("vtlplay in-process: \(result.repetitions) renders in \(format(result.seconds)) s = \(format(result.perSecond)) renders/s (\(format(result.microsecondsEach)) µs each; \(lines.count) cases; checksum \(sink % 1000))")
        print("RESULT batch_renders_per_second \(format(result.perSecond))")
    }

    /// `$input.json('$')` on a generated body of about `bytes` bytes, the body parsed
    /// afresh for every render as on API Gateway.
    static func jsonBody(bytes: Int, seconds: Double) throws {
        let body = Generated.itemsBody(bytes: bytes)
        let template = try Template(parsing: "$input.json('$')", name: "json-body")
        let request = MethodRequest(body: body)
        var outputBytes = 0
        let result = Stopwatch.measure(minimumSeconds: seconds, minimumRepetitions: 3) {
            let rendered = MappingRenderer.render(template, variables: MappingVariables(request: request))
            precondition(rendered.failure == nil, "render failed: \(rendered.failure!.diagnostic.reason)")
            outputBytes = rendered.output.utf8.count
            return 1
        }
        let megabytes = Double(body.utf8.count) / 1_000_000
        print("$input.json('$') on a \(body.utf8.count)-byte body (output \(outputBytes) bytes): \(result.repetitions) renders in \(format(result.seconds)) s = \(format(result.perSecond)) renders/s = \(format(result.perSecond * megabytes)) MB/s")
        print("RESULT json_body_mb_per_second \(format(result.perSecond * megabytes))")
    }

    /// Parse, and parse + render, of a generated template of about `bytes` bytes.
    static func largeTemplate(bytes: Int, seconds: Double) throws {
        let source = Generated.template(bytes: bytes)
        let request = MethodRequest(body: ServiceTemplates.orderBody)
        let parse = Stopwatch.measure(minimumSeconds: seconds / 2) {
            _ = try? Template(parsing: source, name: "large")
            return 1
        }
        var outputBytes = 0
        let both = Stopwatch.measure(minimumSeconds: seconds / 2) {
            let result = MappingRenderer.render(template: source, name: "large", request: request)
            precondition(result.failure == nil, "render failed: \(result.failure!.diagnostic.reason)")
            outputBytes = result.output.utf8.count
            return 1
        }
        print("\(source.utf8.count)-byte template: parse \(format(parse.microsecondsEach)) µs; parse + render \(format(both.microsecondsEach)) µs (output \(outputBytes) bytes)")
        print("RESULT template_parse_render_microseconds \(format(both.microsecondsEach))")
    }

    /// How long the default limits take to stop a runaway template (1,000 x 1,000 x 1,000
    /// loops: the step budget; a flood of text: the output budget).
    static func budgets() throws {
        let runaway = [
            ("nested loops", "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#set($x = $k)#end#end#end"),
            ("text flood", "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])\(String(repeating: "x", count: 100))#end#end#end"),
        ]
        for (name, source) in runaway {
            let template = try Template(parsing: source, name: name)
            var reason = ""
            let result = Stopwatch.measure(minimumSeconds: 0, minimumRepetitions: 1) {
                reason = template.render().failure?.reason ?? "no failure"
                return 1
            }
            print("\(name): stopped after \(format(result.seconds * 1000)) ms: \(reason)")
        }
    }

    static func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.2f", value)
    }
}
