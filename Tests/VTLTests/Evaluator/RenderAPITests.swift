import Testing
import VTL

/// A host object like `$util`: one property, one method, one failing method.
final class FakeHost: HostObject {
    var sites: [CallSite] = []
    var typeName: String { "test.FakeHost" }

    func property(_ name: String, at site: CallSite) throws(HostError) -> Value? {
        sites.append(site)
        return name == "greeting" ? .string("hello") : nil
    }

    func method(_ name: String, arguments: [Value], at site: CallSite) throws(HostError) -> Value? {
        sites.append(site)
        switch (name, arguments.first) {
        case ("echo", .string(let s)?): return .string("<\(s)>")
        case ("fail", _): throw HostError("URLDecoder: Illegal hex characters in escape (%) pattern")
        default: return nil
        }
    }

    func render() -> String { "" }
}

@Suite struct RenderAPITests {
    func render(_ source: String, globals: [String: Value] = [:], options: RenderOptions = RenderOptions()) throws -> RenderResult {
        try Template(parsing: source, name: "t.vtl").render(globals: globals, options: options)
    }

    @Test func usesGlobals() throws {
        #expect(try render("Hi $name!", globals: ["name": .string("Bella")]).output == "Hi Bella!")
    }

    @Test func returnsTopLevelVariablesForTheNextRender() throws {
        let first = try render("#set($a = [1])#set($n = 2)")
        guard case .int(2)? = first.variables["n"] else { Issue.record("n is \(String(describing: first.variables["n"]))"); return }
        let second = try render("$a.size() $n#set($n = 3)", globals: first.variables)
        #expect(second.output.hasSuffix(" 2"))
        guard case .int(3)? = second.variables["n"] else { Issue.record("n not updated"); return }
    }

    @Test func listsAreSharedByReference() throws {
        let list = ListRef([.int(1)])
        let result = try render("#set($b = $a)#set($b[0] = 5)$a", globals: ["a": .list(list)])
        #expect(result.output == "[5]")
        guard case .int(5) = list.items[0] else { Issue.record("the global list was not changed"); return }
    }

    @Test func hostObjectsResolveThroughTheirProtocolWithTheCallSite() throws {
        let host = FakeHost()
        let result = try render("a\n  $h.greeting $h.echo('x') [$h.missing] [$h.nothing()]", globals: ["h": .host(host)])
        #expect(result.output == "a\n  hello <x> [] []")
        #expect(host.sites.first == CallSite(templateName: "t.vtl", line: 2, column: 5))
    }

    @Test func hostErrorsFailTheRenderAtTheCallSite() throws {
        let result = try render("before $h.fail() after", globals: ["h": .host(FakeHost())])
        #expect(result.output == "before ")
        #expect(result.failure?.reason == "URLDecoder: Illegal hex characters in escape (%) pattern")
        #expect(result.failure?.range.start.column == 10)
    }

    @Test func mapsThatRenderEmpty() throws {
        let map = MapRef([MapKey("stage"): .string("prod")], rendersEmpty: true)
        #expect(try render("[$context] $context.stage", globals: ["context": .map(map)]).output == "[] prod")
    }

    @Test func includeFailsAtRenderTime() throws {
        let result = try render("a#parse('x.vtl')b")
        #expect(result.output == "a")
        #expect(result.failure?.reason == "Unable to find resource 'x.vtl': #parse cannot load other templates on API Gateway")
    }

    @Test func stopKeepsTheOutput() throws {
        let result = try render("a#stop b")
        #expect(result.output == "a")
        #expect(result.failure == nil)
    }

    @Test func templateIsReusable() throws {
        let template = try Template(parsing: "#set($x = $x + 'a')$x", name: "t")
        #expect(template.render(globals: ["x": .string("1")]).output == "1a")
        #expect(template.render(globals: ["x": .string("2")]).output == "2a")
    }
}
