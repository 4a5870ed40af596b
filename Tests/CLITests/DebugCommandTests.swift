import Testing

/// `vtlplay debug` driven through a pipe: one answer per command.
@Suite struct DebugCommandTests {
    static let template = """
        #set($items = $input.path('$.items'))
        {"names": [
        #foreach($item in $items)
          "$item.name"#if($foreach.hasNext),#end
        #end
        ], "count": $items.size()}

        """
    static let request = #"{"body": "{\"items\": [{\"name\": \"Ada\", \"age\": 36}, {\"name\": \"Bob\", \"age\": 17}, {\"name\": \"Cy\", \"age\": 52}]}"}"#

    @Test func aPipedSessionStopsInTheLoopStepsOverAndFinishesIt() throws {
        let template = try CLI.file("loop.vtl", Self.template)
        let request = try CLI.file("request.json", Self.request)
        let commands = ["break 4", "continue", "continue", "print $item", "print $foreach.count", "next", "next", "next",
                        "finish", "where", "quit"]
        let outcome = try CLI.run(["debug", template, "--request", request], stdin: commands.joined(separator: "\n") + "\n")
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == """
            Recorded 24 steps; the output is 49 bytes. Type help for the commands.
            Breakpoint 1 at line 4
            Breakpoint 1, step 5/24, line 4: text
            ->    4    "$item.name"#if($foreach.hasNext),#end
            Breakpoint 1, step 11/24, line 4: text
            ->    4    "$item.name"#if($foreach.hasNext),#end
            {name=Bob, age=17} (java.util.LinkedHashMap)
            2 (java.lang.Integer)
            Step 12/24, line 4: $item.name = Bob (java.lang.String)
            ->    4    "$item.name"#if($foreach.hasNext),#end
            Step 13/24, line 4: text
            ->    4    "$item.name"#if($foreach.hasNext),#end
            Step 14/24, line 4: #if condition true: its block runs
            ->    4    "$item.name"#if($foreach.hasNext),#end
            Step 21/24, line 6: text
            ->    6  ], "count": $items.size()}
            Step 21/24, line 6: text
                  4    "$item.name"#if($foreach.hasNext),#end
                  5  #end
            ->    6  ], "count": $items.size()}
                     ^^^^^^^^^^^^
                  7  

            """)
    }

    @Test func explainSaysWhyAStringIsNotGreaterThanANumber() throws {
        let template = try CLI.file("n.vtl", "#set($n = \"6\")\n#if($n > 3)big#{else}small#end\n")
        let outcome = try CLI.run(["debug", template], stdin: "until 2\nexplain $n > 3\noutput\n")
        #expect(outcome.stdout.contains("Step 2/4, line 2: #if condition false: its block is skipped"))
        #expect(outcome.stdout.contains(#"$n is "6" (java.lang.String) and 3 is 3 (java.lang.Integer): Velocity 1.7 orders only two numbers"#))
        #expect(outcome.stdout.contains("an #if takes its #else branch"))
    }
}
