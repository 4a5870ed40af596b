import Testing
@testable import REPL
import Playground

struct CompleterTests {
    let completer = Completer(
        references: Reference.referenceNames + ["$context.identity.sourceIp", "$context.identity.userAgent", "$context.stage",
                                                "$stageVariables.env", "$myList", "$myMap", "$myMap.key"],
        jsonPaths: ["$.things", "$.things.a", "$.title", "$.items[0]", "$.items[0].id"],
        commands: Command.catalog.map(\.name))

    @Test func inputMembers() {
        let c = completer.complete("$input.")
        #expect(c.candidates == ["$input.body", "$input.json(", "$input.params(", "$input.path("])
        #expect(c.shouldList)
    }

    @Test func utilFunctionsByPrefix() {
        let c = completer.complete("#set($x = $util.base")
        #expect(c.typed == "$util.base")
        #expect(c.candidates == ["$util.base64Decode(", "$util.base64Encode("])
        #expect(c.insertion == "64")
    }

    @Test func nestedContextOneSegmentAtATime() {
        #expect(completer.complete("$context.iden").candidates == ["$context.identity."])
        #expect(completer.complete("$context.iden").insertion == "tity.")
        let deeper = completer.complete("$context.identity.")
        #expect(deeper.candidates.contains("$context.identity.sourceIp"))
        #expect(deeper.candidates.contains("$context.identity.clientCert."))
        #expect(completer.complete("$context.identity.so").insertion == "urceIp")
    }

    @Test func stageVariablesAndSetNames() {
        #expect(completer.complete("$stageVariables.").candidates == ["$stageVariables.env"])
        #expect(completer.complete("$my").candidates == ["$myList", "$myMap."])
        #expect(completer.complete("$!my").candidates == ["$!myList", "$!myMap."])
    }

    @Test func bodyKeysInsideJSONPath() {
        #expect(completer.complete("$input.path('$.").candidates == ["$.items", "$.things.", "$.title"])
        #expect(completer.complete("$input.json(\"$.ti").insertion == "tle")
        #expect(completer.complete("$input.path('$.things.").candidates == ["$.things.a"])
        #expect(completer.complete("$input.path('$.items").candidates == ["$.items[0]."])
        #expect(completer.complete("$input.path('$.thi").insertion == "ngs.")
    }

    @Test func commands() {
        #expect(completer.complete(":ex").candidates == [":explain"])
        #expect(completer.complete(":ex").insertion == "plain ")
        #expect(completer.complete(":").candidates.count == Command.catalog.count)
        #expect(completer.complete(":load fi").candidates.isEmpty)
    }

    @Test func nothingOutsideAReference() {
        #expect(completer.complete("plain text").candidates.isEmpty)
        #expect(completer.complete("").candidates.isEmpty)
    }
}
