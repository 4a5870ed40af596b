import APIGateway
import ArgumentParser
import Foundation

/// `vtlplay map`: applies REST or WebSocket parameter mappings to a request and shows
/// the integration request they produce, and where each value came from.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Apply API Gateway parameter mappings (requestParameters) to a request.",
        discussion: """
        The mapping file may be a JSON/YAML map of mappings, the output of `aws apigatewayv2 get-integration` / \
        `get-route` or `aws apigateway get-integration` / `get-method` / `get-integration-response`, an OpenAPI \
        export, or the AWS CLI shorthand `'integration.request.header.X'='context.connectionId'`. \
        Exit status: 0 when mapped; 1 when a file is unreadable, when API Gateway would refuse the configuration \
        (its message on stderr), or when it would refuse the request (for example a missing required parameter).
        """
    )

    enum API: String, ExpressibleByArgument, CaseIterable {
        case websocket, rest
    }

    @Option(help: "The kind of API: websocket or rest.")
    var api: API

    @Option(help: "The WebSocket route key ($connect, $default, sendmessage). Default: the RouteKey of a get-route file, else the route the selection expression picks, else $default.")
    var route: String?

    @Option(help: "A WebSocket route selection expression such as $request.body.action, evaluated on the request body when --route is not given.")
    var routeSelectionExpression: String?

    @Option(help: "The OpenAPI operation to read, such as \"GET /pets/{petId}\", when several have mappings.")
    var operation: String?

    @Option(help: "The mapping file ('-' reads standard input).")
    var mapping: String

    @Option(name: [.customLong("route-parameters"), .customLong("method-parameters")],
            help: "The declared parameters: a route's RequestParameters ({\"route.request.querystring.authToken\": {\"Required\": false}}) or a method's requestParameters ({\"method.request.path.page\": true}).")
    var routeParameters: String?

    @Option(help: "The request file (JSON or YAML): body, path, querystring, headers, stageVariables, context, integrationResponse.")
    var request: String?

    @Flag(help: "Print one JSON object {\"header\": {...}, \"querystring\": {...}, \"path\": {...}}.")
    var json = false

    func run() {
        let run = MappingRun(
            api: api == .rest ? .rest : .webSocket,
            route: route, routeSelectionExpression: routeSelectionExpression, operation: operation
        )
        let outcome = run.run(mapping: source(mapping), declarations: routeParameters.map(source), request: request.map(source))
        switch outcome {
        case .mapped(let route, let side, let result):
            write(json ? MappingReport.json(result, side: side) : MappingReport.text(result, side: side, route: route), to: .standardOutput)
        case .unreadable(let message):
            fail(message)
        case .invalid(let error, let notes, let hint):
            fail(([error.message] + notes + (hint.map { ["hint: " + $0] } ?? [])).joined(separator: "\n"))
        case .rejected(let rejection):
            fail("API Gateway refuses the request: \(rejection)")
        }
    }

    /// The file's text; `-` reads standard input.
    private func source(_ path: String) -> SourceText {
        let name = path == "-" ? "<stdin>" : path
        let text: String
        do {
            text = try DocumentParser.decodeUTF8(try InputFile.read(path), file: name)
        } catch {
            fail(error.description)
        }
        return SourceText(name: name, text: text)
    }

    private func fail(_ message: String) -> Never {
        write(message + "\n", to: .standardError)
        Self.exit(withError: ExitCode(1))
    }

    private func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(forTerminal(text, handle.fileDescriptor).utf8))
    }
}
