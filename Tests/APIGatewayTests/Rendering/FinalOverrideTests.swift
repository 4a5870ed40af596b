import APIGateway
import Testing

/// "Overrides are final": a template may apply each `$context` override once; a
/// second set of the same parameter (by `#set`, index `#set`, `put`, `putAll`,
/// `Map.Entry.setValue`) or removing one it set fails the render with a 500.
@Suite struct FinalOverrideTests {
    static let twice: [(name: String, template: String, position: String, parameter: String)] = [
        ("status by #set twice",
         "#set($context.responseOverride.status = 400)\n#set($context.responseOverride.status = 401)",
         "2:31", "$context.responseOverride.status"),
        ("status by #set then put",
         "#set($context.responseOverride.status = 400)#set($x = $context.responseOverride.put('status', 401))",
         "1:80", "$context.responseOverride.status"),
        ("request header by property then index #set",
         "#set($context.requestOverride.header.Accept = 'a')#set($context.requestOverride.header['Accept'] = 'b')",
         "1:87", "$context.requestOverride.header.Accept"),
        ("request header by #set then put",
         "#set($context.requestOverride.header['X-Trace'] = '1')\n$context.requestOverride.header.put('X-Trace', '2')",
         "2:32", "$context.requestOverride.header[\"X-Trace\"]"),
        ("request path by put twice",
         "$context.requestOverride.path.put('id', '1')$context.requestOverride.path.put('id', '2')",
         "1:74", "$context.requestOverride.path.id"),
        ("request query string by putAll over a set",
         "#set($context.requestOverride.querystring.q = 'a')$context.requestOverride.querystring.putAll({'q': 'b', 'r': 'c'})",
         "1:87", "$context.requestOverride.querystring.q"),
        ("response header in a loop",
         "#foreach($i in [1, 2])#set($context.responseOverride.header.X = $i)#end",
         "1:60", "$context.responseOverride.header.X"),
        ("response header by entry setValue",
         "#set($context.responseOverride.header.X = 1)#foreach($e in $context.responseOverride.header.entrySet())$e.setValue(2)#end",
         "1:106", "$context.responseOverride.header.X"),
    ]

    @Test(arguments: twice.map(\.name))
    func settingTwiceIsA500(_ name: String) throws {
        let testCase = Self.twice.first { $0.name == name }!
        let result = MappingRenderer.render(template: testCase.template, request: MethodRequest())
        let failure = try #require(result.failure)
        #expect(result.status == 500)
        #expect(failure.status == 500)
        #expect(failure.message == "Internal server error")
        let start = failure.diagnostic.range.start
        #expect("\(start.line):\(start.column)" == testCase.position)
        #expect(failure.diagnostic.reason == "\(testCase.parameter) is overridden twice in this template; overrides are final (API Gateway answers 5XX): set each override once, for example from a variable at the end of the template")
    }

    @Test func removingAnAppliedOverrideIsA500() throws {
        let result = MappingRenderer.render(template: "#set($context.responseOverride.header.X = 1)$context.responseOverride.header.remove('X')",
                                            request: MethodRequest())
        let failure = try #require(result.failure)
        #expect(result.status == 500)
        #expect(failure.diagnostic.reason.hasPrefix("$context.responseOverride.header.X is removed after it was overridden in this template; overrides are final"))
    }

    static let once: [(name: String, template: String, output: String, status: Int)] = [
        ("two headers once each",
         "#set($context.requestOverride.header.A = '1')#set($context.requestOverride.header.B = '2')$context.requestOverride.header",
         "", 200),
        ("same name in two maps",
         "#set($context.requestOverride.header.id = '1')#set($context.requestOverride.path.id = '2')#set($context.responseOverride.header.id = '3')ok",
         "ok", 200),
        ("status once",
         "#set($context.responseOverride.status = 404)#set($context.responseOverride.header.X = 'x')ok", "ok", 404),
        ("a variable applied once at the end",
         "#set($s = 400)#if(true)#set($s = 401)#end#set($context.responseOverride.status = $s)ok", "ok", 401),
        ("reading back what was set",
         "#set($context.requestOverride.querystring.q = 'a')$context.requestOverride.querystring.q$context.requestOverride.querystring.get('q')", "aa", 200),
        ("putIfAbsent does not write over a set value",
         "#set($context.responseOverride.header.X = 'a')$context.responseOverride.header.putIfAbsent('X', 'b')$context.responseOverride.header.X", "aa", 200),
        ("replace of a parameter never set writes nothing",
         "$context.requestOverride.header.replace('X', 'b')#set($context.requestOverride.header.X = 'c')$context.requestOverride.header.X", "c", 200),
    ]

    @Test(arguments: once.map(\.name))
    func settingOnceIsFine(_ name: String) throws {
        let testCase = Self.once.first { $0.name == name }!
        let result = MappingRenderer.render(template: testCase.template, request: MethodRequest())
        #expect(result.failure == nil, "\(result.failure?.diagnostic.reason ?? "")")
        #expect(result.output == testCase.output)
        #expect(result.status == testCase.status)
    }

    /// Values from the request file's `context` were not applied by the template.
    @Test func requestFileContextDoesNotCount() throws {
        let request = try MethodRequest(parsing: """
            {"context": {"requestOverride": {"header": {"X": "file"}, "path": {"id": "7"}}, "responseOverride": {"status": 418, "header": {"Y": "file"}}}}
            """, file: "request.json")
        let template = """
            #set($context.requestOverride.header.X = 'template')#set($context.responseOverride.status = 201)\
            $context.responseOverride.header.put('Y', 'template')$context.requestOverride.path.remove('id')\
            $context.requestOverride.header.X
            """
        let result = MappingRenderer.render(template: template, request: request)
        #expect(result.failure == nil, "\(result.failure?.diagnostic.reason ?? "")")
        #expect(result.output == "file7template")
        #expect(result.status == 201)
    }

    /// Each template's overrides are final within that template: the request
    /// template's do not count in the response template.
    @Test(arguments: [
        ("status in each template",
         "#set($context.responseOverride.status = 201){}", "#set($context.responseOverride.status = 202)ok",
         #"{"id":"c","output":"ok","status":202}"#),
        ("request header in each template",
         "#set($context.requestOverride.header.X = 'a'){}", "#set($context.requestOverride.header.X = 'b')$context.requestOverride.header.X",
         #"{"id":"c","output":"b","status":200}"#),
        ("twice in the request template",
         "#set($context.requestOverride.header.X = 'a')#set($context.requestOverride.header.X = 'b')", "never",
         #"{"id":"c","error":"request_template:1:82: $context.requestOverride.header.X is overridden twice in this template; overrides are final (API Gateway answers 5XX): set each override once, for example from a variable at the end of the template","status":500}"#),
        ("twice in the response template",
         "{}", "#set($context.responseOverride.status = 201)#set($context.responseOverride.status = 202)",
         #"{"id":"c","error":"template:1:75: $context.responseOverride.status is overridden twice in this template; overrides are final (API Gateway answers 5XX): set each override once, for example from a variable at the end of the template","status":500}"#),
    ])
    func twoStageBatch(name: String, requestTemplate: String, template: String, line: String) throws {
        func string(_ text: String) -> DocumentNode { DocumentNode(.string(text), line: 1, column: 1) }
        let input = DocumentNode(.object([("id", string("c")), ("request_template", string(requestTemplate)),
                                          ("template", string(template)), ("integration", string("MOCK"))]), line: 1, column: 1)
        #expect(BatchRunner.run(line: input.jsonText, number: 1, file: "cases.jsonl").1.line == line)
    }
}
