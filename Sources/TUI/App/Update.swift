/// The Elm-style update: a pure function of the state and an event.
public func update(_ state: AppState, _ event: Event) -> (AppState, [Effect]) {
    var state = state
    let effects = state.update(event)
    return (state, effects)
}

extension AppState {
    /// Applies an event in place (what the adapter calls) and returns the effects to run.
    public mutating func update(_ event: Event) -> [Effect] {
        let before = Pane.allCases.map { (editor($0).cursor, editor($0).changes) }
        let documentChanges = (template.changes, request.changes)
        var effects: [Effect] = []
        var moved: Set<Pane> = []
        switch event {
        case .key(let key):
            effects = handle(key)
        case .paste(let text):
            paste(text)
        case .mouse(let mouse):
            click(mouse)
        case .resize(let newSize):
            size = newSize
            moved = Set(Pane.allCases)
        case .rendered(let outcome):
            accept(outcome)
        case .opened(let pane, let path, let text):
            load(pane, path: path, text: text)
            message = "opened \(path)"
        case .saved(let pane, let path, let revision):
            withEditor(pane) { editor in
                editor.path = path
                editor.history.savedRevision = revision
                editor.history.closeGroup()
            }
            message = "saved \(path)"
            if quitting { effects = saveNextOrQuit() }
        case .fileFailed(let text):
            message = text
            quitting = false
        case .samplesListed(let samples):
            if samples.isEmpty { message = "no samples found" }
            else { overlay = .samples(samples, selected: 0) }
        case .sampleLoaded(let sample, let templateText, let requestText):
            load(.template, path: sample.templatePath, text: templateText)
            load(.request, path: sample.requestPath, text: requestText)
            focus = .template
            message = "sample \(sample.name)"
        case .recoveryFound(let path, let snapshot):
            if overlay == nil { overlay = .recovery(path: path, snapshot: snapshot) }
        case .tick(let now):
            effects = recoveryEffects(now: now)
        }
        if (template.changes, request.changes) != documentChanges {
            if step != nil {
                step = nil
                showOutput()
            }
            effects.append(requestRender())
        }
        for (index, pane) in Pane.allCases.enumerated() {
            let editor = editor(pane)
            if editor.cursor != before[index].0 || editor.changes != before[index].1 { moved.insert(pane) }
        }
        refreshViews(moved: moved)
        return effects
    }

    /// Pasted text goes into the prompt or the focused editor, without auto-indentation.
    private mutating func paste(_ text: String) {
        if case .prompt(var prompt)? = overlay {
            prompt.field.paste(text.filter { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
            overlay = .prompt(prompt)
            return
        }
        guard overlay == nil else { return }
        guard focus != .output else {
            message = "the output is read-only"
            return
        }
        withEditor(focus) { $0.paste(text) }
    }

    private mutating func load(_ pane: Pane, path: String, text: String) {
        withEditor(pane) { editor in
            editor.replaceAll(with: text)
            editor.path = path
            editor.markSaved()
        }
        if pane == .request { request.language = Language.request(path: path, text: text) }
    }

    private mutating func accept(_ outcome: RenderOutcome) {
        guard outcome.generation >= (self.outcome?.generation ?? -1) else { return }
        self.outcome = outcome
        if let step, step >= outcome.report.trace.count {
            self.step = outcome.report.trace.isEmpty ? nil : outcome.report.trace.count - 1
        }
        showOutput()
    }

    /// Saves the next dirty document (asking for a path when it has none), or quits.
    mutating func saveNextOrQuit() -> [Effect] {
        for pane in [Pane.template, .request] where editor(pane).isDirty {
            guard let path = editor(pane).path else {
                overlay = .prompt(Prompt(purpose: .saveAs(pane), text: ""))
                return []
            }
            return [saveEffect(pane, path: path)]
        }
        return quit()
    }

    /// Writes a pane; typing after this starts a new undo step, so the saved revision stays exact.
    mutating func saveEffect(_ pane: Pane, path: String) -> Effect {
        withEditor(pane) { $0.history.closeGroup() }
        let editor = editor(pane)
        return .save(pane, path: path, text: editor.buffer, revision: editor.revision)
    }

    mutating func quit() -> [Effect] {
        finished = true
        return [.deleteRecovery(path: nil), .quit]
    }

    /// Both documents as they are now, for the recovery file.
    public var recoveryContent: RecoveryContent {
        RecoveryContent(template: template.buffer, request: request.buffer,
                        templatePath: template.path, requestPath: request.path)
    }

    /// Keeps the recovery file current at most once a second; removes it when nothing is unsaved.
    private mutating func recoveryEffects(now: Double) -> [Effect] {
        let revisions = [template.changes, request.changes]
        guard template.isDirty || request.isDirty else {
            guard recovery.hasFile else { return [] }
            recovery.hasFile = false
            recovery.written = revisions
            return [.deleteRecovery(path: nil)]
        }
        guard revisions != recovery.written, now - recovery.lastWrite >= 1 else { return [] }
        recovery.written = revisions
        recovery.lastWrite = now
        recovery.hasFile = true
        return [.writeRecovery(recoveryContent)]
    }
}
