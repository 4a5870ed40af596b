extension MethodRequest {
    /// Parses a request document (JSON or YAML, oracle format; see the README's
    /// "Requests and invocations").
    public init(parsing text: String, file: String = "request", format: DocumentFormat? = nil) throws(DocumentError) {
        let node = try DocumentParser.parse(text, file: file, format: format)
        self = try RequestDecoder.decode(node, file: file)
    }

    /// Reads and parses a request file.
    public init(contentsOf file: String) throws(DocumentError) {
        try self.init(parsing: try DocumentParser.readText(file: file), file: file)
    }

    /// Decodes an already parsed request document (for example the `request` of a batch line).
    public init(document: DocumentNode, file: String, label: String = "request") throws(DocumentError) {
        self = try RequestDecoder.decode(document, file: file, label: label)
    }
}
