import VTL

/// Reads a batch line (`{"id", "template", "request", "request_template"?,
/// "kind"?, "integration"?}`, plus the conformance fields) into a `BatchCase`.
enum BatchCaseDecoder {
    static func decode(_ node: DocumentNode, file: String) throws(DocumentError) -> BatchCase {
        guard case .object(let pairs) = node.kind else {
            throw DocumentError(file: file, line: node.line, column: node.column, reason: "a case must be a JSON object, not \(node.typeDescription)")
        }
        func field(_ name: String) -> DocumentNode? { pairs.first { $0.key == name }?.value }
        func string(_ name: String, required: Bool) throws(DocumentError) -> String? {
            guard let value = field(name) else {
                if required { throw DocumentError(file: file, line: node.line, column: node.column, reason: "the case needs a string \"\(name)\"") }
                return nil
            }
            switch value.kind {
            case .string(let s): return s
            case .null where !required: return nil
            default: throw DocumentError(file: file, line: value.line, column: value.column, reason: "\"\(name)\" must be a string, not \(value.typeDescription)")
            }
        }
        let template = try string("template", required: true) ?? ""
        var kind = TemplateKind.request
        if let kindText = try string("kind", required: false) {
            guard let parsed = TemplateKind(rawValue: kindText) else {
                let value = field("kind")!
                throw DocumentError(file: file, line: value.line, column: value.column, reason: "\"kind\" must be \"request\" or \"response\"")
            }
            kind = parsed
        }
        let request = try field("request").map { (value) throws(DocumentError) in try MethodRequest(document: value, file: file) } ?? MethodRequest()
        return BatchCase(id: field("id") ?? DocumentNode(.null, line: node.line, column: node.column),
                         template: template, request: request,
                         requestTemplate: try string("request_template", required: false),
                         kind: kind, integration: try string("integration", required: false),
                         expectation: try expectation(pairs, file: file))
    }

    private static func expectation(_ pairs: [(key: String, value: DocumentNode)], file: String) throws(DocumentError) -> BatchCase.Expectation? {
        func field(_ name: String) -> DocumentNode? { pairs.first { $0.key == name }?.value }
        guard let expected = field("expected") else { return nil }
        var output: String?
        switch expected.kind {
        case .string(let s): output = s
        case .null: output = nil
        default: throw DocumentError(file: file, line: expected.line, column: expected.column, reason: "\"expected\" must be a string or null")
        }
        var status = 200
        if let statusNode = field("expected_status") {
            guard case .number(let n) = statusNode.kind, case .int(let code) = n else {
                throw DocumentError(file: file, line: statusNode.line, column: statusNode.column, reason: "\"expected_status\" must be an integer")
            }
            status = Int(code)
        }
        var error: String?
        if let errorNode = field("expected_error"), case .string(let s) = errorNode.kind { error = s }
        var compare = BatchCase.CompareMode.exact
        if let compareNode = field("compare") {
            guard case .string(let s) = compareNode.kind, let mode = BatchCase.CompareMode(rawValue: s) else {
                throw DocumentError(file: file, line: compareNode.line, column: compareNode.column, reason: "\"compare\" must be \"exact\", \"whitespace\" or \"json\"")
            }
            compare = mode
        }
        return BatchCase.Expectation(output: output, status: status, error: error, compare: compare)
    }
}
