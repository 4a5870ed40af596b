import Foundation
import Testing
@testable import TUI

/// Measures key event -> rendered screen for typing in a 300 KB template.
/// Prints the timings; never asserts on time.
@Suite struct TypingBenchmark {
    static func largeTemplate() -> String {
        let chunk = """
        #foreach($item in $input.path('$.items'))
          #set($total = $total + $item.price) ## running total
          {"id": "$item.id", "name": "$util.escapeJavaScript($item.name)", "price": $item.price}#if($foreach.hasNext),#end
        #end

        """
        var text = ""
        while text.utf8.count < 300_000 { text += chunk }
        return text
    }

    /// CPU time of this thread, which the shared machine's load does not inflate.
    static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    @Test func scrollingA300KBJSONOutput() {
        var items: [String] = []
        while items.count * 60 < 300_000 { items.append(#"{"id": \#(items.count), "name": "item \#(items.count)", "ok": true}"#) }
        let template = "[" + items.joined(separator: ",") + "]"
        var state = makeApp(template: template, size: Size(width: 120, height: 40))
        state.press(.function(4))
        let clock = ContinuousClock()
        let startCPU = TypingBenchmark.threadCPUTime()
        let elapsed = clock.measure {
            for _ in 0..<20 {
                _ = state.update(.key(Key(.pageDown)))
                _ = render(state)
            }
        }
        let cpu = TypingBenchmark.threadCPUTime() - startCPU
        print("output benchmark: \(state.output.buffer.lineCount) pretty lines, 20 pages:",
              "\(elapsed / 20) per page (CPU \(cpu / 20))")
        #expect(state.output.cursor.line > 400)
    }

    @Test func typingInA300KBOneLineTemplate() {
        let template = String(repeating: #"{"k": "$input.path('$.v')"}, "#, count: 10_000)
        var state = AppState(template: OpenDocument(path: nil, text: template),
                             request: OpenDocument(path: nil, text: "{}"), size: Size(width: 120, height: 40))
        _ = state.start()
        state.press(Key(.end))
        let startCPU = TypingBenchmark.threadCPUTime()
        let elapsed = ContinuousClock().measure {
            for character in "typed" {
                _ = state.update(.key(.char(character)))
                _ = render(state)
            }
        }
        let cpu = TypingBenchmark.threadCPUTime() - startCPU
        print("one-line benchmark: \(template.utf8.count) bytes on one line, 5 keys at its end:",
              "\(elapsed / 5) per key (CPU \(cpu / 5))")
        #expect(state.template.buffer.line(0).suffix(5) == Array("typed"))
    }

    @Test func typingInA300KBTemplate() {
        let template = TypingBenchmark.largeTemplate()
        var state = AppState(template: OpenDocument(path: nil, text: template),
                             request: OpenDocument(path: nil, text: "{}"), size: Size(width: 120, height: 40))
        _ = state.start()
        // Jump to the middle of the document.
        for _ in 0..<(state.template.buffer.lineCount / 2 / 37) { _ = state.update(.key(Key(.pageDown))) }
        var times: [Duration] = []
        var updates: [Duration] = []
        var cpu: [Duration] = []
        let clock = ContinuousClock()
        let keys: [Key] = Array("#set($x = 'typed')".map { Key.char($0) }) + [Key(.enter), Key(.up), Key(.end),
                                                                                Key(.backspace), Key(.pageDown)]
        for key in keys {
            let start = clock.now, startCPU = TypingBenchmark.threadCPUTime()
            _ = state.update(.key(key))
            let updated = clock.now
            _ = render(state)
            updates.append(updated - start)
            times.append(clock.now - start)
            cpu.append(TypingBenchmark.threadCPUTime() - startCPU)
        }
        let sorted = times.sorted()
        let total = times.reduce(Duration.zero, +)
        print("typing benchmark: \(template.utf8.count) bytes, \(state.template.buffer.lineCount) lines, \(keys.count) keys:",
              "mean \(total / keys.count), median \(sorted[sorted.count / 2]), max \(sorted.last!);",
              "update alone: mean \(updates.reduce(Duration.zero, +) / keys.count), max \(updates.max()!);",
              "CPU time per key: mean \(cpu.reduce(Duration.zero, +) / keys.count), max \(cpu.max()!)")
        #expect(state.template.buffer.text.contains("#set($x = 'typed'"))
    }
}
