import Foundation
import Testing
import TUI

/// Key event -> redrawn screen with the real engine behind the UI, while renders
/// run on another thread as the adapter runs them. Prints the timings; never
/// asserts on time.
@Suite(.serialized) struct LiveTypingBenchmark {
    /// Set by the test thread, read by the rendering thread.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        private var count = 0
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
        func rendered() { lock.withLock { count += 1 } }
        var renders: Int { lock.withLock { count } }
    }

    /// A 1 MB JSON body as a request document.
    static func requestWithLargeBody() -> String {
        var items: [String] = []
        var size = 0
        while size < 1_000_000 {
            let item = #"{"id": "\#(items.count)", "name": "item \#(items.count)", "price": \#(items.count % 97)}"#
            size += item.utf8.count + 1
            items.append(item)
        }
        let body = #"{"items": ["# + items.joined(separator: ",") + "]}"
        return #"{"body": ""# + body.replacingOccurrences(of: "\"", with: "\\\"") + #""}"#
    }

    /// Types `keys` into the template, timing update + screen for each key, while a
    /// thread keeps rendering the current text with the real engine.
    static func measure(template: String, request: String, label: String) {
        var state = AppState(template: OpenDocument(path: nil, text: template),
                             request: OpenDocument(path: nil, text: request), size: Size(width: 120, height: 40))
        let effects = state.start()
        guard case .render(let first)? = effects.first(where: { if case .render = $0 { true } else { false } }) else {
            Issue.record("no render requested")
            return
        }
        let renderer = PlaygroundRenderer()
        let clock = ContinuousClock()
        var outcome: RenderOutcome?
        let renderTime = clock.measure { outcome = RenderJob.run(first, renderer: renderer, isCancelled: { false }) }
        let applyTime = clock.measure {
            if let outcome { _ = state.update(.rendered(outcome)) }
            _ = render(state)
        }
        let report = outcome?.report

        let stop = Flag()
        let thread = Thread {
            while !stop.isSet {
                _ = RenderJob.run(first, renderer: renderer, isCancelled: { stop.isSet })
                stop.rendered()
            }
        }
        thread.start()
        for _ in 0..<(state.template.buffer.lineCount / 2 / 37) { _ = state.update(.key(Key(.pageDown))) }
        let keys = Array("#set($x = 'typed')".map { Key.char($0) }) + [Key(.enter), Key(.backspace), Key(.up), Key(.end)]
        var times: [Duration] = []
        var cpu: [Duration] = []
        for key in keys {
            let start = clock.now, startCPU = TypingBenchmark.threadCPUTime()
            _ = state.update(.key(key))
            _ = render(state)
            times.append(clock.now - start)
            cpu.append(TypingBenchmark.threadCPUTime() - startCPU)
        }
        stop.set()
        while !thread.isFinished { Thread.sleep(forTimeInterval: 0.001) }
        let sorted = times.sorted()
        print("live benchmark (\(label)): template \(template.utf8.count) bytes, request \(request.utf8.count) bytes;",
              "one real render \(renderTime) (status \(report?.status.map(String.init) ?? "none"),",
              "\(report?.trace.count ?? 0) steps, output \(report?.output.utf8.count ?? 0) bytes), applying it \(applyTime);",
              "\(keys.count) keys while \(stop.renders) background renders ran: median \(sorted[sorted.count / 2]),",
              "max \(sorted.last!), CPU per key mean \(cpu.reduce(Duration.zero, +) / keys.count), max \(cpu.max()!)")
        #expect(state.template.buffer.text.contains("#set($x = 'typed'"))
    }

    @Test func typingInA300KBTemplateWithTheRealEngine() {
        Self.measure(template: TypingBenchmark.largeTemplate(),
                     request: #"{"body": "{\"items\": [{\"id\": \"a\", \"name\": \"A\", \"price\": 1}]}"}"#,
                     label: "300 KB template")
    }

    @Test func typingWithA1MBBody() {
        let template = """
        #set($items = $input.path('$.items'))
        {"count": $items.size(), "first": $input.json('$.items[0]'), "body": $input.json('$')}

        """
        Self.measure(template: template, request: Self.requestWithLargeBody(), label: "1 MB body")
    }
}
