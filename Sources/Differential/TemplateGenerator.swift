/// Generates random mapping templates from a grammar of the whole language: references in
/// every form, every directive, literals with escapes, operators over mixed types, ranges,
/// Java String/List/Map/Number methods, `$input`/`$util`/`$context`/`$stageVariables`,
/// JSONPath, awkward text, and deliberate syntax errors. Deterministic for a seed: it uses
/// only `SeededRandom` and arrays (no hashing, no clock).
public struct TemplateGenerator {
    private var random: SeededRandom
    private var depth = 0

    public init(random: SeededRandom) { self.random = random }

    /// Variables the prelude may set; `$undefined` and `$nothing` never are.
    static let variables = ["a", "b", "s", "n", "l", "m", "d", "x", "i", "undefined"]

    /// A whole template: a prelude setting a few variables, then a body of random parts.
    public mutating func template() -> String {
        var text = ""
        for _ in 0..<random.below(4) {
            text += "#set($\(random.pick(Array(Self.variables.dropLast())))= \(expression()))"
            if random.chance(40) { text += random.pick(["\n", " ", "\n  ", ""]) }
        }
        for _ in 0..<(1 + random.below(5)) { text += part() }
        if random.chance(8) { text = syntaxError(in: text) }
        return text
    }

    // MARK: - Body

    mutating func part() -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 3 { return random.chance(50) ? text() : reference() }
        switch random.below(20) {
        case 0...4: return text()
        case 5...9: return reference()
        case 10: return setDirective()
        case 11: return ifDirective()
        case 12: return foreachDirective()
        case 13: return defineDirective()
        case 14: return macroDirective()
        case 15: return comment()
        case 16: return escapes()
        case 17: return random.pick(["#stop", "#break", "#{break}", "#evaluate(\(stringLiteral()))", "#evaluate('#set($a = 1)$a')"])
        case 18: return whitespaceDirective()
        default: return serviceReference()
        }
    }

    mutating func body() -> String {
        (0..<(1 + random.below(3))).map { _ in part() }.joined()
    }

    mutating func text() -> String {
        random.pick([
            "a", " ", "\n", "x y", "{", "}", "\"", "'", ",", ":", "\t", "é", "😀", "\\", "#", "$", "##x\n",
            "\\#", "\\$", "$$", "#$", "$!", "$!{", "${", ")", "(", "[", "]", ".", "-", "|", "\r\n", "  ",
            "\"k\": ", "a.b", "1", "\u{00A0}", "\\\\", "#[", "#*", "*#", "#@", "#1", "$1", "$-", "$.", "!",
            "<b>", "&amp;", "%41", "\u{1F600}x", "\u{FFFD}", "\u{7}",
        ])
    }

    mutating func comment() -> String {
        random.pick(["## c\n", "##", "#* x *#", "#**#", "#* a\n b *#", "#[[ $a #if ]]#", "#[[x]]#", "## $a\r\n"])
    }

    mutating func escapes() -> String {
        let name = random.pick(Self.variables)
        return random.pick(["\\$\(name)", "\\\\$\(name)", "\\\\\\$\(name)", "\\#if", "\\#set($a = 1)", "\\\\#set($a = 2)$a",
                            "\\${\(name)}", "\\$!\(name)", "$\\!\(name)", "\\#end", "\\\\#end", "#\\set"])
    }

    mutating func whitespaceDirective() -> String {
        let lead = random.pick(["", " ", "  ", "\t", "\n", "\n  ", "# ", "$ ", "x "])
        let trail = random.pick(["", "\n", " \n", "  x", "\r\n", " "])
        let directive = random.pick(["#set($a = 1)", "#set( $b = 'q' )", "#if(true)y#end", "#foreach($e in [1])e#end", "#end", "#else"])
        return lead + directive + trail
    }

    // MARK: - Directives

    mutating func setDirective() -> String {
        let target = random.chance(80) ? "$" + random.pick(Self.variables) : random.pick(["$m.k", "$m.put", "$l[0]", "$a.b.c", "${a}", "$!a", "$m['k']"])
        let spaces = random.pick(["", " ", "  "])
        return "#set(\(spaces)\(target)\(spaces)=\(spaces)\(expression())\(spaces))" + random.pick(["", "\n", " "])
    }

    mutating func ifDirective() -> String {
        var text = random.pick(["#if", "#{if}"]) + "(\(condition()))" + body()
        if random.chance(30) { text += "#elseif(\(condition()))" + body() }
        if random.chance(40) { text += random.pick(["#else", "#{else}"]) + body() }
        return text + random.pick(["#end", "#{end}", "#end\n"])
    }

    mutating func foreachDirective() -> String {
        let item = random.pick(["e", "a", "k", "x"])
        let source = random.pick([
            "[1..3]", "[3..1]", "$l", "$m", "$m.keySet()", "$m.entrySet()", "$s", "$n", "$undefined", "[]", "['a', 1, true]",
            "$input.path('$.items')", "$input.path('$')", "$input.params().keySet()", "$input.params().header.keySet()",
            "[1..$n]", "$m.values()", "$l.subList(0, 1)", "\"abc\"", "$context.identity.keySet()", "$input.keys()",
        ])
        var inner = body()
        if random.chance(50) {
            inner += random.pick(["$foreach.index", "$foreach.count", "$foreach.hasNext", "$velocityCount", "$velocityHasNext",
                                  "$foreach.first", "$foreach.last", "#if($foreach.hasNext),#end", "$\(item)", "$\(item).key=$\(item).value",
                                  "#break", "#if($foreach.count > 1)#break#end", "$foreach.parent.index", "$foreach"])
        }
        let open = random.pick(["#foreach", "#{foreach}"])
        return "\(open)($\(item) in \(source))\(inner)" + random.pick(["#end", "#{end}", "#else x#end"])
    }

    mutating func defineDirective() -> String {
        let name = random.pick(["d", "a", "s"])
        var text = "#define($\(name))\(body())#end"
        text += random.pick(["$\(name)", "$\(name)$\(name)", "$\(name).toString()", "$util.escapeJavaScript($\(name))",
                             "$\(name).length()", "#set($a = \"[$\(name)]\")$a", "#set($s = 'z')$\(name)", "$\(name).class"])
        return text
    }

    mutating func macroDirective() -> String {
        let name = random.pick(["mc", "show", "m2"])
        let parameters = random.pick(["", " $p", " $p $q", "$p"])
        var text = "#macro(\(name)\(parameters))" + random.pick(["[$p]", "x", "$p$q", "#set($p = 1)$p", body()]) + "#end"
        for _ in 0..<(1 + random.below(2)) {
            let arguments = random.pick(["", " 1", " 'v' 2", " $a", " [1, 2]", "$s", " $undefined", " {'k': 1}", " \"$a\""])
            text += random.pick(["#\(name)(\(arguments))", "#{\(name)}(\(arguments))", " #\(name)(\(arguments))\n  ", "#\(name)"])
        }
        return text
    }

    // MARK: - References

    mutating func reference() -> String {
        let name = random.pick(Self.variables)
        var text: String
        switch random.below(6) {
        case 0: text = "$\(name)"
        case 1: text = "$!\(name)"
        case 2: text = "${\(name)}"
        case 3: text = "$!{\(name)}"
        default: text = "$\(name)"
        }
        let braced = text.hasSuffix("}")
        var suffix = ""
        for _ in 0..<random.below(3) { suffix += accessor() }
        if braced && !suffix.isEmpty && random.chance(50) {
            text = String(text.dropLast()) + suffix + "}"
        } else {
            text += suffix
        }
        if random.chance(10) { text += random.pick([".", "(", "[", "a", ".b", "[0", "()", "-x"]) }
        return text
    }

    mutating func accessor() -> String {
        switch random.below(10) {
        case 0: return "." + random.pick(["k", "key", "value", "size", "empty", "class", "length", "bytes", "a", "Empty", "_x", "1"])
        case 1: return "[\(random.pick(["0", "1", "-1", "'k'", "\"key\"", "$i", "$n", "2", "$undefined", "'0'", "0.5", "true"]))]"
        case 2...3: return stringMethod()
        case 4...5: return collectionMethod()
        case 6: return numberMethod()
        default: return "." + random.pick(["toString()", "hashCode()", "equals(\(argument()))", "getClass()", "class.name",
                                            "class.simpleName", "getClass().getName()", "isEmpty()", "size()"])
        }
    }

    mutating func argument() -> String {
        random.chance(70) ? expression() : random.pick(["null", "a", "true", "false", "-1", "$undefined", "$!a", "'x'", "[]", "{}"])
    }

    mutating func stringMethod() -> String {
        let call = random.pick([
            "length()", "substring(\(smallInt()))", "substring(\(smallInt()), \(smallInt()))", "indexOf(\(shortString()))",
            "lastIndexOf(\(shortString()))", "toUpperCase()", "toLowerCase()", "trim()", "isEmpty()", "charAt(\(smallInt()))",
            "replace(\(shortString()), \(shortString()))", "replaceAll(\(regex()), \(shortString()))", "replaceFirst(\(regex()), 'X')",
            "split(\(regex()))", "split(\(regex()), \(smallInt()))", "matches(\(regex()))", "contains(\(argument()))",
            "startsWith(\(shortString()))", "endsWith(\(shortString()))", "concat(\(argument()))", "equalsIgnoreCase(\(shortString()))",
            "compareTo(\(shortString()))", "chars()", "toCharArray()", "getBytes()", "codePointAt(0)", "intern()", "strip()",
            "repeat(2)", "format('%s', 1)", "valueOf(1)", "join(',', $l)", "lines()", "isBlank()", "indexOf(\(shortString()), 1)",
        ])
        return "." + call
    }

    mutating func collectionMethod() -> String {
        let call = random.pick([
            "size()", "get(\(argument()))", "add(\(argument()))", "add(0, \(argument()))", "contains(\(argument()))", "isEmpty()",
            "indexOf(\(argument()))", "remove(\(argument()))", "set(0, \(argument()))", "addAll(\(argument()))", "subList(0, \(smallInt()))",
            "clear()", "put(\(argument()), \(argument()))", "keySet()", "values()", "entrySet()", "containsKey(\(argument()))",
            "containsValue(\(argument()))", "putAll(\(argument()))", "getOrDefault('k', 'd')", "putIfAbsent('k', 2)", "iterator()",
            "toArray()", "lastIndexOf(\(argument()))", "sort(null)", "stream()", "hashCode()", "retainAll([1])", "removeAll([1])",
        ])
        return "." + call
    }

    mutating func numberMethod() -> String {
        "." + random.pick([
            "intValue()", "longValue()", "doubleValue()", "floatValue()", "shortValue()", "byteValue()", "compareTo(\(argument()))",
            "toString()", "hashCode()", "isNaN()", "isInfinite()", "signum()", "abs()", "scale()", "toPlainString()", "negate()",
            "stripTrailingZeros()", "precision()", "unscaledValue()", "MAX_VALUE", "toBigInteger()",
        ])
    }

    // MARK: - Service objects

    mutating func serviceReference() -> String {
        var text: String
        switch random.below(9) {
        case 0...2: text = "$input.\(random.pick(["path", "json"]))(\(jsonPathLiteral()))"
        case 3: text = random.pick(["$input.body", "$input.params()", "$input.params('id')", "$input.params(\(argument()))",
                                    "$input.params().path", "$input.params().querystring", "$input.params().header",
                                    "$input.params().header.get('X-Multi')", "$input.params('X-Multi')", "$input.size()", "$input"])
        case 4...5: text = "$util.\(random.pick(["escapeJavaScript", "urlEncode", "urlDecode", "base64Encode", "base64Decode", "parseJson", "toJson"]))(\(utilArgument()))"
        case 6: text = "$context.\(random.pick(["requestId", "identity.sourceIp", "httpMethod", "stage", "authorizer.principalId", "authorizer.claims", "resourcePath", "identity", "requestTimeEpoch", "nope", "authorizer.n"]))"
        case 7: text = random.pick(["$stageVariables.env", "$stageVariables['env']", "$stageVariables.get('x')", "$stageVariables", "$stageVariables.nope", "$!stageVariables.nope"])
        default: text = "$input.path(\(jsonPathLiteral()))" + accessor()
        }
        if random.chance(25) { text += accessor() }
        if random.chance(15) { text = "\"" + text + "\"" }
        return text
    }

    mutating func utilArgument() -> String {
        random.chance(60) ? stringLiteral() : random.pick([
            "$input.json('$')", "$input.body", "$s", "$undefined", "null", "$n", "$l", "$m", "'e+5'", "'%E9%'", "'%zz'", "'4pyTIMOgIGxh'",
            "'/w=='", "'wyg='", "'7aCA'", "'=='", "'{\"a\": [1, 2.50, \"x\"]}'", "'[1'", "$input.path('$.s')", "$d",
        ])
    }

    mutating func jsonPathLiteral() -> String {
        let path = random.pick([
            "$", "$.a", "$.s", "$.n", "$.items", "$.items[0]", "$.items[*].id", "$..id", "$['a']", "$.a.b", "$.items[-1:]",
            "$.items[0:2]", "$.items[?(@.id > 1)]", "$.items[?(@.name == 'x')]", "$.items.length()", "$.*", "$..*", "$.nope",
            "$.n.x", "$[0]", "$.f", "$.big", "$.e", "$.t", "$.u", "$.items[0].tags", "$['a','s']", "$.items[1,0]", "$..[0]",
            "", "$.", "$[", "a", "$.items[?(@.tags)]", "$.items[?(@.id in [1])]", "$.z", "$.nested.deep", "@", "$.items[*]",
        ])
        return random.pick(["'\(path)'", "\"\(path)\""])
    }

    // MARK: - Expressions

    mutating func expression() -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 4 { return primary() }
        switch random.below(10) {
        case 0...4: return primary()
        case 5...6:
            let op = random.pick(["+", "-", "*", "/", "%", "+", "+"])
            return "\(expression()) \(op) \(expression())"
        case 7: return "(\(expression()))"
        case 8: return "-\(primary())"
        default: return condition()
        }
    }

    mutating func condition() -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 4 { return primary() }
        switch random.below(8) {
        case 0...2:
            let op = random.pick(["==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt", "le", "ge"])
            return "\(expression()) \(op) \(expression())"
        case 3: return "\(condition()) \(random.pick(["&&", "||", "and", "or"])) \(condition())"
        case 4: return random.pick(["!", "! ", "not "]) + primary()
        default: return primary()
        }
    }

    mutating func primary() -> String {
        switch random.below(14) {
        case 0...2: return reference()
        case 3: return random.pick(["0", "1", "-1", "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "42", "007", "3"])
        case 4: return random.pick(["1.5", "0.1", "-2.50", "1e3", "1.0", "3.", ".5", "1E400", "0.0", "100.25"])
        case 5...6: return stringLiteral()
        case 7: return random.pick(["true", "false"])
        case 8: return "[\(random.pick(["0", "1", "$n", "-2", "'a'", "$undefined"]))..\(random.pick(["3", "0", "$n", "-1", "$i", "'2'"]))]"
        case 9: return "[" + (0..<random.below(4)).map { _ in expression() }.joined(separator: ", ") + "]"
        case 10: return "{" + (0..<random.below(3)).map { _ in "\(stringLiteral()): \(expression())" }.joined(separator: ", ") + "}"
        case 11: return serviceReference()
        case 12: return random.pick(["$a", "$s", "$n", "$l", "$m", "$d"])
        default: return "$\(random.pick(Self.variables))" + accessor()
        }
    }

    mutating func stringLiteral() -> String {
        if random.chance(55) {
            return "'" + random.pick(["", "abc", "a b", "Ab", "k", "x'y", "é", "café", "$a", "\\n", "1", "10", " x ", "a,b", "😀", "\"", "#set($a = 9)", "\\u00e9", "-3", "2.5", "true", "''"]).replacingQuotes() + "'"
        }
        return "\"" + random.pick(["", "abc", "$a", "x${s}y", "$!undefined", "\\u00e9", "caf\\u00e9", "\\uD83D\\uDE00", "\\u12", "\\n\\t",
                                   "a\\\"b", "\"\"", "#if(true)y#end", "$l.size()", "\\$a", "#set($b = 3)$b", "$m.k", "\\\\", "$undefined", "1", "é",
                                   "\\uZZZZ", "$n$n", "[$s]", "\\u0041"]) + "\""
    }

    mutating func shortString() -> String {
        random.pick(["'a'", "'b'", "''", "'ab'", "'é'", "'x'", "$s", "\"$a\"", "' '", "'A'", "'.'", "$undefined", "null"])
    }

    mutating func regex() -> String {
        random.pick(["'a'", "'[a-c]'", "'\\\\s+'", "'.'", "'(b)'", "'^'", "'$'", "'a*'", "'\\\\d'", "'['", "'(?i)A'", "','", "'|'", "'\\\\.'"])
    }

    mutating func smallInt() -> String {
        random.pick(["0", "1", "2", "-1", "5", "$n", "$i", "'1'", "1.5", "$undefined"])
    }

    // MARK: - Syntax errors

    mutating func syntaxError(in text: String) -> String {
        let broken = random.pick(["#if(true)", "#end", "#set($a = )", "#set(", "$a.b(", "#foreach($x $y)#end", "#define(x)y#end",
                                  "#break(1)", "#break($x)", "#macro()#end", "#else", "${a", "#set($a = [1, )", "#if()#end",
                                  "#foreach($e in)#end", "$a.b('x'", "#set($a = 'x)", "#{if", "#elseif(true)", "#set($a == 1)",
                                  "#macro(x $a $a)#end", "#set($a = {1})", "#if(1 +)#end"])
        guard !text.isEmpty else { return broken }
        let scalars = Array(text.unicodeScalars)
        let cut = random.below(scalars.count + 1)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<cut])
        result.append(contentsOf: broken.unicodeScalars)
        result.append(contentsOf: scalars[cut...])
        return String(result)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for character in self { out += character == "'" ? "''" : String(character) }
        return out
    }
}
