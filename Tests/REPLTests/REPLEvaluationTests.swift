import Playground
import Testing
@testable import REPL

struct REPLEvaluationTests {
    @Test func expressionShowsRenderingAndType() {
        #expect(transcript(["1 + 2", "'text'", "true"]) == "3\n: Integer\ntext\n: String\ntrue\n: Boolean\n")
    }

    @Test func setPersistsAcrossLines() {
        #expect(transcript(["#set($a = [1, 2])", "$a.add(3)", "$a.size()"]) == """
            $a = [1, 2]  : List, 2 items
            true
            : Boolean
            3
            : Integer

            """)
    }

    @Test func collectionsGetATree() {
        #expect(transcript(["#set($m = {\"k\": [1, {\"x\": true}], \"s\": \"v\"})", "$m"]).hasSuffix("""
            {k=[1, {x=true}], s=v}
            : Map, 2 entries
            {
              k: [
                1
                {
                  x: true
                }
              ]
              s: "v"
            }

            """))
    }

    @Test func blocksContinueUntilBalanced() {
        let reader = ScriptedLineReader(["#foreach($i in [1..3])", "#if($i > 1)", "$i,", "#end", "#end", "after"])
        var output = ""
        REPL(session: Session(), reader: reader, style: .plain) { output += $0 }.run()
        #expect(output == "2,\n3,\nafter\n")
        #expect(reader.prompts == ["vtl> ", "...> ", "...> ", "...> ", "...> ", "vtl> ", "vtl> "])
        #expect(reader.history == ["#foreach($i in [1..3])\n#if($i > 1)\n$i,\n#end\n#end", "after"])
    }

    @Test func jsonLinesAreTemplates() {
        #expect(transcript(["{\"a\": [1, 2], \"b\": \"$nothing\"}"]) == "{\"a\": [1, 2], \"b\": \"\"}\n")
    }

    @Test func undefinedReferenceRendersEmpty() {
        #expect(transcript(["$nothing.here"]) == "\"\"\n: $nothing is not defined; it renders as \"\" on API Gateway\n")
    }

    @Test func parseErrorPointsAtTheColumn() {
        #expect(transcript(["#set($x = )"]) == """
            error: expected a value (a reference, string, number, true, false, list or map), found ')' (column 11)
              #set($x = )
                        ^

            """)
    }

    @Test func runtimeErrorInAnExpressionPointsIntoIt() {
        #expect(transcript(["#set($l = [1])", "$l.get(5)"]).hasSuffix("""
            (column 3)
              $l.get(5)
                ^

            """))
    }

    @Test func unknownCommand() {
        #expect(transcript([":nope", "1"]) == """
            error: unknown command :nope; :help lists the commands (column 2)
              :nope
               ^
            1
            : Integer

            """)
    }

    @Test func ctrlCDiscardsTheEntryBeingTyped() {
        let reader = ScriptedLineReader(["#if(true)", "half", ScriptedLineReader.interrupt, "1"])
        var output = ""
        REPL(session: Session(), reader: reader, style: .plain) { output += $0 }.run()
        #expect(output == "1\n: Integer\n")
        #expect(reader.history == ["1"])
    }

    @Test func cancellationStopsALongRender() {
        let stop = Cancellation(isCancelled: { true }, reset: {})
        var output = ""
        let reader = ScriptedLineReader(["#foreach($i in [1..1000])#foreach($j in [1..1000])$j#end#end", "2"])
        REPL(session: Session(), reader: reader, style: .plain, cancellation: stop) { output += $0 }.run()
        #expect(output.contains("error: render cancelled"))
        #expect(output.hasSuffix("2\n: Integer\n"))
    }

    @Test func quitStopsReading() {
        #expect(transcript(["1", ":quit", "2"]) == "1\n: Integer\n")
    }

    @Test func varsAndReset() {
        let output = transcript(["#set($name = 'Bella')", "#set($m = {'a': 1})", ":vars", ":reset", ":vars"])
        #expect(output == """
            $name = Bella  : String
            $m = {a=1}  : Map, 1 entry
            $m = {a=1}  : Map, 1 entry
              {
                a: 1
              }
            $name = Bella  : String
            variables cleared, request restored
            no variables yet: #set($name = value) defines one

            """)
    }

    @Test func explainCommand() {
        #expect(transcript([":explain $context.stage"]) == """
              $context  information about the request, the API and the caller (renders as "" itself)
              .stage    the deployment stage of the request, e.g. prod or beta

            """)
    }

    @Test func traceCommandShowsMethodCalls() {
        let output = transcript(["#set($s = 'abc')", ":trace $s.substring(1).length()"])
        #expect(output == """
            $s = abc  : String
            col 3  .substring(1) → "bc"  : java.lang.String
            col 16  .length() → 2  : java.lang.Integer
            2
            : Integer

            """)
    }

    @Test(arguments: ["#end", "#foreach($i in [1..3]", "$", "#set(", "#{", "\u{0}", "${", "#*", ")))", ":", ":context", "#if(1 ==)#end"])
    func nothingTypedCrashes(_ line: String) {
        _ = transcript([line, "#end", "*#", ":help"])
    }
}
