extension MappingValidator {
    /// What API Gateway would refuse in `entry` on its own, leaving declarations aside
    /// (a definition read without its method's declared parameters): malformed
    /// targets and sources, in AWS's words.
    public func expressionProblems(_ entry: MappingEntry) -> [String] {
        let target = MappingExpressionParser.target(entry.target, side: side)
        let source = MappingExpressionParser.source(entry.source, api: api, side: side)
        return [target.failure?.message, source.failure?.message].compactMap { $0 }
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
