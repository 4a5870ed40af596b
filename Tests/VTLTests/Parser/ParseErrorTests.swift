import Testing
import VTL

/// A template that must not parse, with `⟨⟩` marking where the error is reported.
struct ParseErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let marked: String
    let reason: String
    var testDescription: String { name }

    /// The template without its marker.
    var template: String { marked.replacingMarker() }

    /// Line and column (Unicode scalars, 1-based) of the marker.
    var expected: (line: Int, column: Int) {
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == "⟨" { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    static let all: [ParseErrorCase] = [
        ParseErrorCase(name: "if without end", marked: "#if(true)x⟨⟩", reason: "#if is missing its #end (opened at 1:1)"),
        ParseErrorCase(name: "foreach without end", marked: "line\n  #foreach($i in $l)\n  x\n⟨⟩", reason: "#foreach is missing its #end (opened at 2:3)"),
        ParseErrorCase(name: "define without end", marked: "#define($d)x⟨⟩", reason: "#define is missing its #end (opened at 1:1)"),
        ParseErrorCase(name: "stray end", marked: "a\n⟨⟩#end", reason: "#end without a matching #if, #foreach, #define or #macro"),
        ParseErrorCase(name: "stray else", marked: "⟨⟩#else", reason: "#else without a matching #if"),
        ParseErrorCase(name: "else in foreach", marked: "#foreach($i in [1])⟨⟩#else#end", reason: "#else cannot appear inside #foreach (opened at 1:1)"),
        ParseErrorCase(name: "second else", marked: "#if(true)#else⟨⟩#else#end", reason: "a second #else in the same #if (opened at 1:1)"),
        ParseErrorCase(name: "set missing value", marked: "#set($a = ⟨⟩)", reason: "expected a value (a reference, string, number, true, false, list or map), found ')'"),
        ParseErrorCase(name: "unclosed string", marked: "#set($s = ⟨⟩\"abc)", reason: "unclosed string literal"),
        ParseErrorCase(name: "null is not a literal", marked: "#set($x = ⟨⟩null)", reason: "expected a value (a reference, string, number, true, false, list or map), found 'n'"),
        ParseErrorCase(name: "formal reference not closed", marked: "${a⟨⟩ b}", reason: "expected '}' to close '${', found ' '"),
        ParseErrorCase(name: "if without condition", marked: "#if⟨⟩", reason: "#if needs a condition in parentheses, found the end of the template"),
        ParseErrorCase(name: "condition not closed", marked: "#if($a ⟨⟩$b)#end", reason: "expected ')' to close the condition of #if, found '$'"),
        ParseErrorCase(name: "method arguments", marked: "$a.b(1 ⟨⟩$c)", reason: "expected ',' or ')' in the arguments of b(, found '$'"),
        ParseErrorCase(name: "operator in a method argument", marked: "$a.b(1 ⟨⟩+ 1)", reason: "expected ',' or ')' in the arguments of b(, found '+'"),
        ParseErrorCase(name: "columns count characters", marked: "é ü #if(⟨⟩)x#end", reason: "expected a value (a reference, string, number, true, false, list or map), found ')'"),
        ParseErrorCase(name: "dollar at end", marked: "cost ⟨⟩$", reason: "'$' at the end of the template starts nothing (write \\$ or remove it)"),
        ParseErrorCase(name: "unparsed not closed", marked: "⟨⟩#[[ x", reason: "#[[ is missing its closing ]]#"),
        ParseErrorCase(name: "foreach without in", marked: "#foreach⟨⟩($i)x#end", reason: "#foreach needs a loop variable and a list: #foreach($item in $list)"),
        ParseErrorCase(name: "index not closed", marked: "$a[1⟨⟩", reason: "expected ']' to close the index, found the end of the template"),
        ParseErrorCase(name: "error inside string interpolation", marked: "#set($s = \"#if(true)⟨⟩\")", reason: "#if is missing its #end (opened at 1:12)"),
    ]
}

extension String {
    func replacingMarker() -> String {
        var result = ""
        for scalar in unicodeScalars where scalar != "⟨" && scalar != "⟩" { result.unicodeScalars.append(scalar) }
        return result
    }
}

@Suite struct ParseErrorTests {
    @Test(arguments: ParseErrorCase.all)
    func reportsReasonAndPosition(_ c: ParseErrorCase) {
        do {
            _ = try Template(parsing: c.template, name: "t.vtl")
            Issue.record("parsed without error")
        } catch {
            #expect(error.reason == c.reason)
            #expect(error.range.start.line == c.expected.line)
            #expect(error.range.start.column == c.expected.column)
            #expect(error.severity == .error)
            #expect(error.templateName == "t.vtl")
        }
    }

    @Test func formatsWithSourceLineAndCaret() {
        let source = "a\n\t#if($x]\nb"
        do {
            _ = try Template(parsing: source, name: "t.vtl")
            Issue.record("parsed without error")
        } catch {
            #expect(error.formatted(source: source) == "t.vtl:2:8: error: expected ')' to close the condition of #if, found ']'\n\t#if($x]\n\t      ^")
        }
    }

    @Test func offsetIsInUTF8Bytes() {
        do {
            _ = try Template(parsing: "é#end", name: "t")
            Issue.record("parsed without error")
        } catch {
            #expect(error.range.start.offset == 2)
            #expect(error.range.start.column == 2)
        }
    }
}
