/// Looks at a traced render while it runs: after the step with a wanted index is
/// recorded, `observe` gets every variable as it is at that moment (the globals,
/// the template's variables and `$foreach` inside a loop). A debugger uses it to
/// evaluate conditions and watches in the scope of a step by rendering again.
public protocol StepObserver: AnyObject, Sendable {
    /// Whether to look at the step with this 0-based trace index (called for every step: keep it cheap).
    func wants(_ step: Int) -> Bool
    /// Looks at the variables after the step; returning true ends the render there
    /// (its output and trace stop at the next step, as after `#stop`).
    func observe(_ step: Int, scope: [String: Value]) -> Bool
}
