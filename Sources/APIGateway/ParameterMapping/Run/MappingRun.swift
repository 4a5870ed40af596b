/// A named text, such as a file and its contents.
public struct SourceText: Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// One mapping exercise as `vtlplay map` runs it: read the mapping, the declarations
/// and the request, pick the WebSocket route, validate, resolve.
public struct MappingRun: Sendable {
    public var api: MappingAPI
    /// The WebSocket route; nil to take the one a get-route file names, or to select it
    /// with `routeSelectionExpression`, or else `$default`.
    public var route: String?
    public var routeSelectionExpression: String?
    /// The OpenAPI operation (`GET /pets/{id}`) to read when several have mappings.
    public var operation: String?

    public init(api: MappingAPI, route: String? = nil, routeSelectionExpression: String? = nil, operation: String? = nil) {
        self.api = api
        self.route = route
        self.routeSelectionExpression = routeSelectionExpression
        self.operation = operation
    }

    /// What a run produced.
    public enum Outcome: Sendable {
        /// The mappings resolved; `route` is the WebSocket route used.
        case mapped(route: String?, side: MappingSide, result: ParameterMappingResult)
        /// A file could not be read; the message is `FILE:LINE:COL: error: ...` with a caret.
        case unreadable(String)
        /// API Gateway would refuse this configuration. `notes` point at the entries at fault
        /// (`FILE:LINE:COL: error: ...` with a caret); `hint` says how to fix undeclared parameters.
        case invalid(MappingValidationError, notes: [String], hint: String?)
        /// API Gateway would refuse this request.
        case rejected(MappingRejection)
    }

    public func run(mapping: SourceText, declarations: SourceText?, request: SourceText?) -> Outcome {
        let inputs: Inputs
        do throws(MappingFileError) {
            inputs = try Inputs(mapping: mapping, declarations: declarations, request: request, operation: operation)
        } catch {
            return .unreadable(error.reason)
        }
        let side = inputs.mapping.side
        let route = api == .webSocket ? chosenRoute(inputs) : nil
        let declared: ParameterDeclarations
        do throws(MappingValidationError) {
            declared = try ParameterDeclarations.parse(inputs.declarationEntries, api: api, route: route)
        } catch {
            let check = { (entry: DeclarationEntry) throws(MappingValidationError) in
                _ = try ParameterDeclarations.parse([entry], api: api, route: route)
            }
            var notes = notes(inputs.mapping.declarations, in: inputs.mapping, of: mapping, check)
            if let file = inputs.declarations, let declarations {
                notes += self.notes(file.declarations, in: file, of: declarations, check)
            }
            return .invalid(error, notes: notes, hint: hint(for: error, side: side))
        }
        let validator = MappingValidator(api: api, side: side, route: route, declarations: declared)
        let mappings: [ParameterMapping]
        do throws(MappingValidationError) {
            mappings = try validator.validate(inputs.mapping.mappings)
        } catch {
            let notes = notes(inputs.mapping.mappings, in: inputs.mapping, of: mapping) { entry throws(MappingValidationError) in
                _ = try validator.validate([entry])
            }
            return .invalid(error, notes: notes, hint: hint(for: error, side: side))
        }
        let resolver = MappingResolver(api: api, side: side, declarations: declared, bodyReader: JSONBodyReader())
        do throws(MappingRejection) {
            let result = try resolver.resolve(mappings, request: inputs.request(api: api, route: route))
            return .mapped(route: route, side: side, result: result)
        } catch {
            return .rejected(error)
        }
    }

    /// The three files, read.
    private struct Inputs {
        var mapping: MappingConfiguration
        var declarations: MappingConfiguration?
        var requestFile: MappingRequestReader.File?

        /// Reads each file; an error's reason is the whole `FILE:LINE:COL: error: ...` text.
        init(mapping: SourceText, declarations: SourceText?, request: SourceText?, operation: String?) throws(MappingFileError) {
            var source = mapping
            do throws(MappingFileError) {
                self.mapping = try MappingFileReader.read(mapping.text, operation: operation)
                if let declarations {
                    source = declarations
                    let read = try MappingFileReader.read(declarations.text, operation: operation)
                    if read.declarations.isEmpty, !read.mappings.isEmpty {
                        throw MappingFileError(line: 1, column: 1, reason: "expected parameter declarations such as {\"route.request.querystring.authToken\": {\"Required\": false}} or {\"method.request.path.page\": true}, found mappings")
                    }
                    self.declarations = read
                }
                if let request {
                    source = request
                    requestFile = try MappingRequestReader.read(request.text)
                }
            } catch {
                throw MappingFileError(line: error.line, column: error.column, reason: error.formatted(file: source.name, source: source.text))
            }
        }

        /// Declarations of the mapping file (get-method, OpenAPI) and of the declarations file.
        var declarationEntries: [DeclarationEntry] {
            mapping.declarations + (declarations?.declarations ?? [])
        }

        /// The request with its `$context`: defaults for the API (and route), values derived
        /// from the headers, then the file's overrides; only the overrides in `replace` mode.
        func request(api: MappingAPI, route: String?) -> MappingRequest {
            var request = requestFile?.request ?? MappingRequest()
            guard requestFile?.contextMode != .replace else { return request }
            let defaults = api == .webSocket ? DefaultContexts.webSocket(route: route ?? "$default") : DefaultContexts.rest
            request.context = defaults
                .merging(DefaultContexts.derived(from: request.headers, api: api))
                .merging(request.context)
            return request
        }
    }

    /// `FILE:LINE:COL: error: ISSUE` with the source line and a caret, for each entry that
    /// `check` refuses on its own.
    private func notes<Entry>(
        _ entries: [Entry], in configuration: MappingConfiguration, of source: SourceText,
        _ check: (Entry) throws(MappingValidationError) -> Void
    ) -> [String] where Entry: KeyedEntry {
        var notes: [String] = []
        for entry in entries {
            do throws(MappingValidationError) {
                try check(entry)
            } catch {
                let position = configuration.positions[entry.key] ?? FilePosition(line: 1, column: 1)
                for issue in error.errors {
                    notes.append(MappingFileError(line: position.line, column: position.column, reason: issue).formatted(file: source.name, source: source.text))
                }
            }
        }
        return notes
    }

    private func chosenRoute(_ inputs: Inputs) -> String {
        if let route { return route }
        if let key = inputs.declarations?.routeKey ?? inputs.mapping.routeKey { return key }
        if let text = routeSelectionExpression, let expression = SelectionExpression(text),
           let key = expression.evaluate(body: inputs.requestFile?.request.body ?? "") {
            return key
        }
        return "$default"
    }

    private func hint(for error: MappingValidationError, side: MappingSide) -> String? {
        guard error.errors.contains(where: { $0.hasPrefix("Invalid mapping expression parameter specified: ") }) else { return nil }
        switch (api, side) {
        case (.rest, .request):
            return "declare each method request parameter in the method's requestParameters (--method-parameters), e.g. {\"method.request.path.page\": true}"
        case (.rest, .response):
            return "declare each header in the method response's responseParameters (--method-parameters), e.g. {\"method.response.header.Location\": true}"
        case (.webSocket, _):
            return "declare route request parameters on the $connect route (--route-parameters), e.g. {\"route.request.querystring.authToken\": {\"Required\": false}}; query strings and headers exist only on $connect"
        }
    }
}
