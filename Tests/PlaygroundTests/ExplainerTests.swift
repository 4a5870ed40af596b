import Testing
@testable import Playground

struct ExplainerTests {
    @Test func inputJSONWithPath() {
        let rows = Explainer().explain("$input.json('$.things[0]')")
        #expect(rows.map(\.part) == ["$input", ".json(…)", "'$.things[0]'", "$", ".things", "[0]"])
        #expect(rows[1].meaning.hasPrefix("evaluates a JSONPath expression against the body and returns the result as a JSON string"))
        #expect(rows[5].meaning == "the array item at index 0 (from 0)")
    }

    @Test func contextVariable() {
        let rows = Explainer().explain("$context.identity.sourceIp")
        #expect(rows.map(\.part) == ["$context", ".identity", ".sourceIp"])
        #expect(rows[1].meaning == "a group of $context variables")
        #expect(rows[2].meaning == "the source IP address of the TCP connection making the request")
    }

    @Test func utilAndMethodsAndVariables() {
        let rows = Explainer(variables: ["list": "List"]).explain("#if($list.size() > 0)$util.escapeJavaScript($x)#end")
        #expect(rows.map(\.part) == ["#if", "$list", ".size()", ">", "0", "$util", ".escapeJavaScript(…)", "$x", "#end"])
        #expect(rows[1].meaning == "a variable you #set (List)")
        #expect(rows[7].meaning.hasPrefix("not defined"))
        #expect(rows[6].meaning.contains("\\'"))
        #expect(rows[2].source == "$list.size()")
        #expect(rows[6].source == "$util.escapeJavaScript($x)")
    }

    @Test func loopVariables() {
        let rows = Explainer().explain("#foreach($p in $input.params().keySet())$p#end")
        #expect(rows.map(\.part) == ["#foreach", "$p", "$input", ".params()", ".keySet()", "$p", "#end"])
        #expect(rows[1].meaning == "the #foreach loop variable: each item in turn")
    }

    @Test func macroWarnsAboutAPIGateway() {
        let rows = Explainer().explain("#macro(greet $n)Hi#end")
        #expect(rows.first?.meaning.contains("API Gateway ignores inline macros") == true)
    }
}
