import APIGateway
import Foundation
import VTL

/// What became of a template: a parse error, or a render that may have failed.
struct Summary: Sendable {
    var parseError: Diagnostic?
    var failure: Diagnostic?
    var output: String
    var warnings: [Diagnostic]
    /// The HTTP status for a mapping render (200, 400, 500); nil for a plain render.
    var status: Int?

    /// The reason of the parse error or of the render failure; nil when all went well.
    var reason: String? { parseError?.reason ?? failure?.reason }
}

/// Parses and renders `source` with plain globals.
func run(_ source: String, limits: Limits = Limits()) -> Summary {
    do {
        let template = try Template(parsing: source, name: "hardening.vtl")
        let result = template.render(options: RenderOptions(limits: limits))
        return Summary(failure: result.failure, output: result.output, warnings: result.warnings)
    } catch {
        return Summary(parseError: error, output: "", warnings: [])
    }
}

/// Renders a mapping template against a request body with API Gateway's variables.
func runMapping(_ source: String, body: String = "", limits: Limits = Limits()) -> Summary {
    let result = MappingRenderer.render(template: source, name: "hardening.vtl", request: MethodRequest(body: body),
                                        options: MappingOptions(render: RenderOptions(limits: limits)))
    return Summary(failure: result.failure?.diagnostic, output: result.output, warnings: result.warnings,
                   status: result.status)
}

/// Runs `work` on a thread of its own with a main-thread-sized stack (8 MiB) and
/// waits at most `seconds` for it: nil means it did not finish (a hang). Keeps a
/// stuck render from freezing the whole test run; the thread is then abandoned.
func finishing<T: Sendable>(within seconds: Double = 30, _ work: @escaping @Sendable () -> T) -> T? {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.set(work())
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return box.get()
}

/// A value handed from the worker thread to the test.
private final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    func set(_ newValue: T) { lock.withLock { value = newValue } }
    func get() -> T? { lock.withLock { value } }
}

/// `count` repetitions of `text`.
func repeated(_ text: String, _ count: Int) -> String {
    String(repeating: text, count: count)
}
