struct Parser {
    let source: String
    let templateName: String
    init(source: String, templateName: String) { self.source = source; self.templateName = templateName }
    mutating func parseTemplate() throws(Diagnostic) -> Block { Block() }
}
