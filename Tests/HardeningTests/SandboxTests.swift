import APIGateway
import Foundation
import Testing
import VTL

/// A template cannot reach the machine: Velocity template-injection payloads are
/// inert (the oracle, with API Gateway's `SecureUberspector`, renders them as `""`),
/// and `#include`/`#parse` never read a file.
@Suite struct SandboxTests {
    static let payloads: [(name: String, template: String)] = [
        ("class.forName", "$x.class.forName('java.lang.Runtime')"),
        ("getClass().getClassLoader()", "$x.getClass().getClassLoader()"),
        ("class.classLoader.loadClass", "$x.class.classLoader.loadClass('java.lang.Runtime')"),
        ("Runtime.exec", "#set($rt = $x.class.forName('java.lang.Runtime').getRuntime())$rt.exec('id')"),
        ("Runtime.exec waited", "#set($rt = $x.class.forName('java.lang.Runtime').getRuntime())#set($p = $rt.exec('id'))$p.waitFor()$p"),
        ("ProcessBuilder", "#set($pb = $x.class.forName('java.lang.ProcessBuilder'))$pb.getConstructors()"),
        ("System.getenv", "$x.class.forName('java.lang.System').getenv()"),
        ("Files.readAllLines",
         "$x.class.forName('java.nio.file.Files').readAllLines($x.class.forName('java.nio.file.Paths').get('/etc/passwd'))"),
    ]

    static let subjects: [(name: String, set: String)] = [
        ("string", "#set($x = 'abc')"), ("map", "#set($x = {})"), ("list", "#set($x = [])"), ("number", "#set($x = 1)"),
        ("$input", "#set($x = $input)"), ("$util", "#set($x = $util)"), ("$context", "#set($x = $context)"),
        ("$input.path", "#set($x = $input.path('$'))"), ("undefined", ""),
    ]

    static let cases: [String] = payloads.flatMap { p in subjects.map { "\(p.name) on \($0.name)" } }

    @Test(arguments: cases)
    func injectionPayloadIsInert(_ name: String) throws {
        let payload = Self.payloads.first { name.hasPrefix($0.name + " on ") }!
        let subject = Self.subjects.first { name.hasSuffix(" on " + $0.name) }!
        let summary = try #require(finishing { runMapping(subject.set + payload.template, body: "{\"a\": 1}") }, "did not finish")
        #expect(summary.output == "")
        #expect(summary.reason == nil)
    }

    @Test(arguments: ["#include('/etc/passwd')", "#parse('/etc/passwd')", "#include('/etc/hostname', '/proc/self/environ')",
                      "#set($f = '/etc/passwd')#parse($f)", "#include($input.body)"])
    func includeAndParseNeverReadFiles(_ source: String) throws {
        let summary = runMapping(source)
        #expect(summary.reason != nil)
        #expect(!summary.output.contains("root:"))
        #expect(summary.status == 500)
    }

    /// Velocity accepts several resources in one `#include` and fails at run time on the first.
    @Test
    func includeWithSeveralArgumentsIsARuntimeError() throws {
        let summary = runMapping("#include('/etc/hostname', '/proc/self/environ')")
        let failure = try #require(summary.failure)
        #expect(failure.reason.contains("Unable to find resource '/etc/hostname'"))
    }

    @Test(arguments: [
        ("#evaluate", "#evaluate('#set($a = 1)$a')", "#evaluate('#set($a = 1)$a')"),
        ("inline macro", "#macro(m)mac#end#m()", "#m()"),
    ])
    func evaluateAndMacrosStayText(_ name: String, _ source: String, _ expected: String) {
        #expect(runMapping(source).output == expected)
    }

    /// The template-facing modules never use the file system, the environment,
    /// processes or the network; the APIGateway module reads files only in
    /// `DocumentParser` and `InputFile` (requests and invocations named on the command line).
    @Test func enginesSourcesDoNotReachTheMachine() throws {
        let forbidden = [
            #/\b(FileManager|FileHandle|ProcessInfo|Process|URLSession|URLRequest|Pipe|InputStream|OutputStream|Bundle)\b/#,
            #/\b(getenv|setenv|fopen|freopen|popen|open|openat|opendir|execv\w*|execl\w*|fork|vfork|posix_spawn\w*|system|dlopen|socket|connect)\s*\(/#,
            #/\b(String|Data)\(contentsOf/#,
        ]
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let allowed: Set<String> = ["APIGateway/Request/DocumentParser.swift", "APIGateway/Request/InputFile.swift"]
        var checked = 0
        for module in ["VTL", "JSON", "JSONPath", "APIGateway"] {
            let folder = sources.appendingPathComponent(module)
            for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where path.hasSuffix(".swift") {
                let relative = module + "/" + path
                let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                checked += 1
                guard !allowed.contains(relative) else { continue }
                for pattern in forbidden {
                    if let match = text.firstMatch(of: pattern) {
                        Issue.record("\(relative) uses \(match.output.0)")
                    }
                }
            }
        }
        #expect(checked > 20)
    }
}
