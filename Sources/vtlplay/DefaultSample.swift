/// The sample the playground opens with when no file is given, built into the
/// binary so that it works from any directory.
enum DefaultSample {
    static let template = #"""
    ## Welcome to vtlplay. Edit this template: the output pane follows as you type.
    ## F1 help · F5 step through the render · Ctrl-P samples · Ctrl-S save · Ctrl-Q quit
    #set($order = $util.parseJson($input.body))
    #set($name = $input.params('name'))
    {
      "greeting": "Hello, $util.escapeJavaScript($name)!",
      "search": "$util.urlEncode($input.params('q'))",
    #if($order.items.size() > 0)
      "items": [
    #foreach($item in $order.items)
        {"sku": "$item.sku", "quantity": $item.quantity}#if($foreach.hasNext),#end

    #end
      ],
    #else
      "items": [],
    #end
      "method": "$context.httpMethod",
      "requestId": "$context.requestId"
    }

    """#

    static let request = #"""
    {
      "body": "{\"items\": [{\"sku\": \"A-1\", \"quantity\": 2}, {\"sku\": \"B-7\", \"quantity\": 1}]}",
      "querystring": {"name": "Ada", "q": "mapping templates"},
      "headers": {"Content-Type": "application/json"},
      "context": {"httpMethod": "POST", "resourcePath": "/orders"}
    }

    """#
}
