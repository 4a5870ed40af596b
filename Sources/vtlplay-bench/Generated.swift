import JSON

/// Generated inputs of a chosen size.
enum Generated {
    /// `{"items":[{...},{...},...]}` of mixed content, about `bytes` bytes (the
    /// oracle's `bench.sh` body).
    static func itemsBody(bytes: Int) -> String {
        var body = #"{"items":["#
        var index = 0
        while body.utf8.count < bytes - 2 {
            if index > 0 { body += "," }
            let cents = index % 100 < 10 ? "0\(index % 100)" : "\(index % 100)"
            body += #"{"id":\#(index),"name":"item-\#(index)","price":\#(index % 1000).\#(cents),"tags":["a","b/c","d"],"#
            body += #""nested":{"flag":\#(index % 2 == 1 ? "false" : "true"),"url":"https://example.com/x/\#(index)"}}"#
            index += 1
        }
        return body + "]}"
    }

    /// A mapping template of about `bytes` bytes: numbered copies of a DynamoDB
    /// item block, each with its own variables, loops and conditions.
    static func template(bytes: Int) -> String {
        var text = "#set($order = $input.path('$'))\n{\n"
        var index = 0
        while text.utf8.count < bytes {
            text += #"""
              "block\#(index)": {
                #set($total\#(index) = 0)
                #foreach($item in $order.items)#set($total\#(index) = $total\#(index) + $item.qty * $item.price)#end
                "customer": {"S": "$util.escapeJavaScript($order.customer.name)"},
                "items": [#foreach($item in $order.items){"sku": "$item.sku", "qty": $item.qty}#if($foreach.hasNext),#end#end],
                #if($total\#(index) > 10)"large": true#else"large": false#end,
                "total": $total\#(index), "request": "$context.requestId", "stage": "$context.stage"
              },

            """#
            index += 1
        }
        return text + "  \"end\": true\n}\n"
    }

    /// A request file (oracle format) whose body is `itemsBody(bytes:)`.
    static func requestFile(bytes: Int) -> String {
        JSONValue.object(["body": .string(itemsBody(bytes: bytes))]).jsonText(.compact)
    }

    /// `count` batch lines rendering `$input.json('$')` on `itemsBody(bytes:)`.
    static func jsonBodyCases(bytes: Int, count: Int) -> String {
        let request: JSONValue = .object(["body": .string(itemsBody(bytes: bytes))])
        return (0..<count).map { Corpus.line(id: "json-body-\($0)", template: "$input.json('$')", request: request) + "\n" }.joined()
    }
}
