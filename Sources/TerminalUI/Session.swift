import CNCursesShim
import Foundation
import TUI

/// One run of the main loop: state, terminal, effects.
final class Session<Renderer: LiveRenderer> {
    var state: AppState
    let events = EventQueue()
    let worker: RenderWorker<Renderer>
    let painter: Painter
    let decoder = KeyDecoder()
    let options: PlaygroundApp.Options
    let recovery: RecoveryStore
    let recoveryQueue = DispatchQueue(label: "vtlplay recovery")
    let processID = ProcessInfo.processInfo.processIdentifier
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var needsDrawing = true

    init(template: OpenDocument, request: OpenDocument, engine: Renderer, options: PlaygroundApp.Options,
         colorMode: ColorMode, recovery: RecoveryStore) {
        state = AppState(template: template, request: request, size: Session.terminalSize(), colorMode: colorMode)
        worker = RenderWorker(renderer: engine, events: events)
        painter = Painter(mode: colorMode)
        self.options = options
        self.recovery = recovery
        started = clock.now
    }

    static func terminalSize() -> Size { Size(width: Int(vtl_columns()), height: Int(vtl_lines())) }

    var now: Double {
        let elapsed = clock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func run() -> PlaygroundApp.Exit {
        defer { worker.stop() }
        perform(state.start())
        if let leftover = recovery.leftovers(excluding: processID).first {
            dispatch(.recoveryFound(path: leftover.path, snapshot: leftover.snapshot))
        }
        var lastTick = now
        while !state.finished {
            if needsDrawing {
                painter.draw(render(state))
                needsDrawing = false
            }
            let signal = vtl_take_signal()
            if signal != 0 {
                saveRecoveryNow()
                return .signal(signal)
            }
            let handled = readInput(timeout: 40)
            // Take everything already typed before drawing again.
            while handled && !state.finished && readInput(timeout: 0) {}
            for event in events.drain() { dispatch(event) }
            if now - lastTick >= 0.25 {
                lastTick = now
                perform(state.update(.tick(now)))
            }
        }
        recoveryQueue.sync {}
        return .quit
    }

    /// Reads one input; false when none came in time.
    func readInput(timeout: Int32) -> Bool {
        var value: UInt32 = 0
        switch vtl_read(timeout, &value) {
        case 1:
            guard value == 27 else {
                if let key = decoder.key(character: value) { dispatch(.key(key)) }
                return true
            }
            // Escape followed at once by a printable character is Alt and that character.
            var next: UInt32 = 0
            switch vtl_read(0, &next) {
            case 1 where next >= 32 && next != 127:
                if let scalar = Unicode.Scalar(next) { dispatch(.key(Key(.character(Character(scalar)), .alt))) }
            case 1:
                dispatch(.key(Key(.escape)))
                if let key = decoder.key(character: next) { dispatch(.key(key)) }
            case 2:
                dispatch(.key(Key(.escape)))
                handleCode(next)
            default:
                dispatch(.key(Key(.escape)))
            }
            return true
        case 2:
            handleCode(value)
            return true
        default:
            return false
        }
    }

    func handleCode(_ value: UInt32) {
        if Int32(bitPattern: value) == decoder.pasteStart {
            dispatch(.paste(readPaste()))
        } else if Int32(bitPattern: value) == KEY_MOUSE {
            var row: Int32 = 0, column: Int32 = 0
            let action: Mouse.Action? = switch vtl_mouse(&row, &column) {
            case 1: .press
            case 4: .wheelUp
            case 5: .wheelDown
            default: nil
            }
            if let action { dispatch(.mouse(Mouse(action, row: Int(row), column: Int(column)))) }
        } else if Int32(bitPattern: value) == KEY_RESIZE {
            painter.invalidate()
            dispatch(.resize(Session.terminalSize()))
        } else if let key = decoder.key(code: value) {
            dispatch(.key(key))
        }
    }

    /// The characters up to the end-of-paste marker (or a pause of half a second).
    func readPaste() -> String {
        var text = ""
        var value: UInt32 = 0
        while true {
            let kind = vtl_read(500, &value)
            if kind == 0 || (kind == 2 && Int32(bitPattern: value) == decoder.pasteEnd) { return text }
            guard kind == 1, let scalar = Unicode.Scalar(value) else { continue }
            text.unicodeScalars.append(value == 13 ? "\n" : scalar)
        }
    }

    func dispatch(_ event: Event) {
        needsDrawing = true
        perform(state.update(event))
    }

    func perform(_ effects: [Effect]) {
        for effect in effects { perform(effect) }
    }

    func perform(_ effect: Effect) {
        switch effect {
        case .render(let request):
            worker.submit(request)
        case .open(let pane, let path):
            do {
                dispatch(.opened(pane, path: path, text: try DocumentFile.read(path)))
            } catch {
                dispatch(.fileFailed(error.message))
            }
        case .save(let pane, let path, let text, let revision):
            do {
                try DocumentFile.writeAtomically(text.fileText, to: path)
                dispatch(.saved(pane, path: path, revision: revision))
            } catch {
                dispatch(.fileFailed(error.message))
            }
        case .writeRecovery(let content):
            let store = recovery, processID = self.processID
            recoveryQueue.async {
                try? store.write(content.snapshot(at: Date()), session: processID)
            }
        case .deleteRecovery(let path):
            let target = path ?? recovery.path(forSession: processID)
            let store = recovery
            recoveryQueue.async { store.delete(target) }
        case .listSamples:
            dispatch(.samplesListed(options.samplesDirectory.map(SampleCatalog.list(directory:)) ?? []))
        case .loadSample(let sample):
            do {
                let template = try DocumentFile.read(sample.templatePath)
                let request = try DocumentFile.read(sample.requestPath)
                dispatch(.sampleLoaded(sample, template: template, request: request))
            } catch {
                dispatch(.fileFailed(error.message))
            }
        case .quit:
            break
        }
    }

    /// On a signal: keep unsaved work for the next start.
    func saveRecoveryNow() {
        recoveryQueue.sync {}
        guard state.template.isDirty || state.request.isDirty else { return }
        try? recovery.write(state.recoveryContent.snapshot(at: Date()), session: processID)
    }
}
