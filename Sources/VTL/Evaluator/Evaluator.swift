struct Evaluator {
    let template: Template
    init(template: Template, globals: [String: Value], options: RenderOptions) { self.template = template }
    mutating func run() -> RenderResult { RenderResult(output: template.source) }
}
