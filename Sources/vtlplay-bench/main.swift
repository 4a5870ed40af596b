// vtlplay-bench: measurements for scripts/bench (build with -c release).
import APIGateway
import Foundation

let usage = """
usage: vtlplay-bench corpus [DIR...]                   print the benchmark corpus (JSONL) on stdout
       vtlplay-bench batch FILE [SECONDS] [OUTPUTS]      renders/s over a batch file, in process
       vtlplay-bench json-body [BYTES] [SECONDS]         MB/s of $input.json('$') on a generated body
       vtlplay-bench template [BYTES] [SECONDS]          parse and parse+render time of a generated template
       vtlplay-bench budgets                          how long the default limits take to stop runaway templates
       vtlplay-bench json-cases BYTES COUNT              batch lines rendering $input.json('$') on a body
       vtlplay-bench request-file BYTES                  a request file with a generated body
       vtlplay-bench render TEMPLATE [REQUEST]           one render (for peak-memory measurements)

"""

func argument(_ index: Int) -> String? {
    CommandLine.arguments.count > index ? CommandLine.arguments[index] : nil
}

func number(_ index: Int, default value: Double) -> Double {
    argument(index).flatMap(Double.init) ?? value
}

do {
    switch argument(1) {
    case "corpus":
        print(try Corpus.lines(directories: Array(CommandLine.arguments.dropFirst(2))).joined(separator: "\n"))
    case "batch":
        guard let file = argument(2) else { throw UsageError() }
        try Benchmarks.batch(file: file, seconds: number(3, default: 3), outputs: argument(4))
    case "json-body":
        try Benchmarks.jsonBody(bytes: Int(number(2, default: 1_048_576)), seconds: number(3, default: 3))
    case "template":
        try Benchmarks.largeTemplate(bytes: Int(number(2, default: 20_000)), seconds: number(3, default: 2))
    case "budgets":
        try Benchmarks.budgets()
    case "json-cases":
        FileHandle.standardOutput.write(Data(Generated.jsonBodyCases(bytes: Int(number(2, default: 1_048_576)),
                                                                     count: Int(number(3, default: 10))).utf8))
    case "request-file":
        FileHandle.standardOutput.write(Data(Generated.requestFile(bytes: Int(number(2, default: 10_000_000))).utf8))
    case "render":
        guard let templateFile = argument(2) else { throw UsageError() }
        let template = try String(contentsOfFile: templateFile, encoding: .utf8)
        let request = try argument(3).map { try MethodRequest(contentsOf: $0) } ?? MethodRequest()
        let result = MappingRenderer.render(template: template, name: templateFile, request: request)
        if let failure = result.failure { throw RenderFailure(message: failure.diagnostic.reason) }
        FileHandle.standardOutput.write(Data(result.output.utf8))
    default:
        throw UsageError()
    }
} catch is UsageError {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("vtlplay-bench: \(error)\n".utf8))
    exit(1)
}

struct UsageError: Error {}

struct RenderFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
