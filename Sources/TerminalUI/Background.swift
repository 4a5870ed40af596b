import Foundation
import TUI

/// Events produced off the main thread, picked up by the main loop.
final class EventQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []

    func post(_ event: Event) {
        lock.withLock { events.append(event) }
    }

    func drain() -> [Event] {
        lock.withLock {
            defer { events.removeAll() }
            return events
        }
    }
}

/// Renders on one background thread, always the latest request: a new request
/// cancels the running one (the engine sees `isCancelled` turn true).
final class RenderWorker<Renderer: LiveRenderer>: @unchecked Sendable {
    private let renderer: Renderer
    private let events: EventQueue
    private let condition = NSCondition()
    private var pending: RenderRequest?
    private var latest = 0
    private var stopped = false

    init(renderer: Renderer, events: EventQueue) {
        self.renderer = renderer
        self.events = events
        let thread = Thread { [self] in loop() }
        thread.name = "vtlplay render"
        thread.start()
    }

    func submit(_ request: RenderRequest) {
        condition.withLock {
            pending = request
            latest = request.generation
            condition.signal()
        }
    }

    func stop() {
        condition.withLock {
            stopped = true
            latest = -1
            condition.signal()
        }
    }

    private func isCurrent(_ generation: Int) -> Bool {
        condition.withLock { latest == generation && !stopped }
    }

    private func loop() {
        while true {
            let request: RenderRequest? = condition.withLock {
                while pending == nil && !stopped { condition.wait() }
                defer { pending = nil }
                return stopped ? nil : pending
            }
            guard let request else { return }
            let generation = request.generation
            let outcome = RenderJob.run(request, renderer: renderer) { [self] in !isCurrent(generation) }
            if let outcome { events.post(.rendered(outcome)) }
        }
    }
}
