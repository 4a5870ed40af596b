import Foundation

/// Keys while a dialog or panel is open.
extension AppState {
    mutating func handleOverlay(_ key: Key) -> [Effect] {
        guard let overlay else { return [] }
        switch overlay {
        case .help(let scroll):
            self.overlay = scrolled(key, scroll, count: KeyBindings.lines.count).map { .help(scroll: $0) }
        case .variables(let scroll):
            self.overlay = scrolled(key, scroll, count: variableLines.count).map { .variables(scroll: $0) }
        case .quitConfirm:
            return handleQuitConfirm(key)
        case .prompt(let prompt):
            return handlePrompt(prompt, key)
        case .samples(let samples, let selected):
            switch key.code {
            case .up: self.overlay = .samples(samples, selected: max(0, selected - 1))
            case .down: self.overlay = .samples(samples, selected: min(samples.count - 1, selected + 1))
            case .enter:
                self.overlay = nil
                return [.loadSample(samples[selected])]
            case .escape: self.overlay = nil
            default: break
            }
        case .recovery(let path, let snapshot):
            switch key.code {
            case .character("y"), .character("Y"):
                self.overlay = nil
                template.replaceAll(with: snapshot.template)
                template.path = snapshot.templatePath
                request.replaceAll(with: snapshot.request)
                request.path = snapshot.requestPath
                request.language = Language.request(path: snapshot.requestPath, text: snapshot.request)
                message = "recovered unsaved work (save it with Ctrl-S)"
                return [.deleteRecovery(path: path)]
            case .character("n"), .character("N"), .escape:
                self.overlay = nil
                message = "recovery discarded"
                return [.deleteRecovery(path: path)]
            default: break
            }
        }
        return []
    }

    /// Scrolling keys of a read-only panel; nil closes it.
    private func scrolled(_ key: Key, _ scroll: Int, count: Int) -> Int? {
        let page = max(1, size.height - 6)
        let maximum = max(0, count - page)
        switch key.code {
        case .escape, .function(1), .function(9), .character("q"): return nil
        case .up: return max(0, scroll - 1)
        case .down: return min(maximum, scroll + 1)
        case .pageUp: return max(0, scroll - page)
        case .pageDown: return min(maximum, scroll + page)
        case .home: return 0
        case .end: return maximum
        default: return scroll
        }
    }

    private mutating func handleQuitConfirm(_ key: Key) -> [Effect] {
        switch key.code {
        case .character("y"), .character("Y"):
            overlay = nil
            quitting = true
            return saveNextOrQuit()
        case .character("n"), .character("N"):
            overlay = nil
            return quit()
        case .character("c"), .character("C"), .escape:
            overlay = nil
            message = "quit cancelled"
        default: break
        }
        return []
    }

    private mutating func handlePrompt(_ prompt: Prompt, _ key: Key) -> [Effect] {
        var prompt = prompt
        switch key.code {
        case .escape:
            overlay = nil
            quitting = false
            message = "cancelled"
            return []
        case .enter:
            overlay = nil
            let path = prompt.field.buffer.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                quitting = false
                message = "no path given"
                return []
            }
            switch prompt.purpose {
            case .open(let pane):
                return [.open(pane, path: path)]
            case .saveAs(let pane):
                return [saveEffect(pane, path: path)]
            }
        case .up, .down, .pageUp, .pageDown, .tab:
            return []
        default:
            var clipboard = self.clipboard
            _ = AppState.edit(&prompt.field, key, page: 1, clipboard: &clipboard)
            self.clipboard = clipboard
            overlay = .prompt(prompt)
            return []
        }
    }

    /// The variables tree, flattened and indented.
    var variableLines: [String] {
        guard let variables = outcome?.report.variables, !variables.isEmpty else {
            return ["(no variables reported)"]
        }
        var lines: [String] = []
        func add(_ node: RenderReport.Variable, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            lines.append("\(indent)\(node.path)  \(node.type)  = \(node.value)")
            for child in node.children { add(child, depth: depth + 1) }
        }
        for node in variables { add(node, depth: 0) }
        return lines
    }
}
