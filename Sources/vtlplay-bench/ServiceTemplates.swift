import JSON

/// Realistic AWS service-integration mapping templates (SQS, DynamoDB, Step
/// Functions, EventBridge, Kinesis, SNS, Lambda) with requests that exercise them.
/// Written for the benchmark corpus; each renders without error on the oracle.
enum ServiceTemplates {
    /// One corpus case: an id, the template and the request (oracle format).
    struct Case {
        var id: String
        var template: String
        var request: JSONValue
    }

    static let orderBody = #"""
    {"orderId":"o-1042","customer":{"id":"c-77","name":"Ana O'Neil","email":"ana@example.com"},
     "items":[{"sku":"A-1","qty":2,"price":19.99},{"sku":"B-7","qty":1,"price":5.5},{"sku":"C/3","qty":4,"price":0.25}],
     "note":"Leave at the \"back\" door","gift":false,"createdAt":"2024-01-15T12:34:56Z"}
    """#

    static let request: JSONValue = .object([
        "body": .string(orderBody),
        "path": .object(["orderId": .string("o-1042")]),
        "querystring": .object(["limit": .string("25"), "status": .string("OPEN")]),
        "headers": .object(["Content-Type": .string("application/json"), "X-Request-Source": .string("web"),
                            "User-Agent": .string("curl/8.5.0"), "Host": .string("api.example.com")]),
        "stageVariables": .object(["queueUrl": .string("https://sqs.us-east-1.amazonaws.com/123456789012/orders"),
                                   "table": .string("Orders"), "stateMachine": .string("arn:aws:states:us-east-1:123456789012:stateMachine:Orders")]),
    ])

    static let cases: [Case] = [
        Case(id: "sqs-send-message", template: #"""
        Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageAttribute.1.Name=source&MessageAttribute.1.Value.StringValue=$util.urlEncode($input.params('X-Request-Source'))&MessageAttribute.1.Value.DataType=String
        """#, request: request),
        Case(id: "dynamodb-put-item", template: #"""
        #set($order = $input.path('$'))
        {
          "TableName": "$stageVariables.table",
          "Item": {
            "orderId": {"S": "$input.params('orderId')"},
            "customerId": {"S": "$order.customer.id"},
            "customerName": {"S": "$util.escapeJavaScript($order.customer.name)"},
            "note": {"S": "$util.escapeJavaScript($order.note)"},
            "createdAt": {"S": "$order.createdAt"},
            "requestId": {"S": "$context.requestId"},
            "items": {"L": [
        #foreach($item in $order.items)
              {"M": {"sku": {"S": "$item.sku"}, "qty": {"N": "$item.qty"}, "price": {"N": "$item.price"}}}#if($foreach.hasNext),#end
        #end
            ]}
          }
        }
        """#, request: request),
        Case(id: "dynamodb-query", template: #"""
        {
          "TableName": "$stageVariables.table",
          "KeyConditionExpression": "orderId = :id",
          "ExpressionAttributeValues": {":id": {"S": "$util.escapeJavaScript($input.params('orderId'))"}},
        #if($input.params('limit') != "")
          "Limit": $input.params('limit'),
        #end
          "ScanIndexForward": false
        }
        """#, request: request),
        Case(id: "dynamodb-query-response", template: #"""
        #set($items = $input.path('$.Items'))
        {
          "count": $items.size(),
          "orders": [
        #foreach($item in $items)
            {"id": "$item.orderId.S", "total": $item.total.N, "status": "$item.status.S.toLowerCase()"}#if($foreach.hasNext),#end
        #end
          ]
        }
        """#, request: .object(["body": .string(#"""
        {"Count":3,"Items":[{"orderId":{"S":"o-1"},"total":{"N":"12.5"},"status":{"S":"OPEN"}},
        {"orderId":{"S":"o-2"},"total":{"N":"99"},"status":{"S":"SHIPPED"}},
        {"orderId":{"S":"o-3"},"total":{"N":"7.25"},"status":{"S":"CANCELLED"}}],"ScannedCount":3}
        """#)])),
        Case(id: "step-functions-start-execution", template: #"""
        {
          "input": "$util.escapeJavaScript($input.json('$'))",
          "name": "$context.requestId",
          "stateMachineArn": "$stageVariables.stateMachine"
        }
        """#, request: request),
        Case(id: "eventbridge-put-events", template: #"""
        #set($detail = $input.json('$'))
        {
          "Entries": [
            {
              "Source": "com.example.orders",
              "DetailType": "OrderPlaced",
              "Detail": "$util.escapeJavaScript($detail).replaceAll("\\'", "'")",
              "EventBusName": "orders",
              "Resources": ["arn:aws:apigateway:$context.identity.sourceIp"]
            }
          ]
        }
        """#, request: request),
        Case(id: "kinesis-put-record", template: #"""
        {
          "StreamName": "orders",
          "Data": "$util.base64Encode($input.json('$'))",
          "PartitionKey": "$input.path('$.customer.id')"
        }
        """#, request: request),
        Case(id: "sns-publish", template: #"""
        #set($subject = "Order $input.path('$.orderId') from $input.path('$.customer.name')")
        Action=Publish&TopicArn=$util.urlEncode("arn:aws:sns:us-east-1:123456789012:orders")&Subject=$util.urlEncode($subject)&Message=$util.urlEncode($input.json('$.items'))
        """#, request: request),
        Case(id: "lambda-non-proxy-params", template: #"""
        #set($allParams = $input.params())
        {
          "body": $input.json('$'),
          "params": {
        #foreach($type in $allParams.keySet())
            #set($params = $allParams.get($type))
            "$type": {
            #foreach($paramName in $params.keySet())
              "$paramName": "$util.escapeJavaScript($params.get($paramName))"#if($foreach.hasNext),#end
            #end
            }#if($foreach.hasNext),#end
        #end
          },
          "stage-variables": {
        #foreach($key in $stageVariables.keySet())
            "$key": "$util.escapeJavaScript($stageVariables.get($key))"#if($foreach.hasNext),#end
        #end
          },
          "context": {
            "account-id": "$context.identity.accountId",
            "api-id": "$context.apiId",
            "http-method": "$context.httpMethod",
            "source-ip": "$context.identity.sourceIp",
            "user-agent": "$context.identity.userAgent",
            "request-id": "$context.requestId",
            "resource-path": "$context.resourcePath",
            "stage": "$context.stage"
          }
        }
        """#, request: request),
        Case(id: "order-total-response", template: #"""
        #set($order = $input.path('$'))
        #set($total = 0)
        #set($count = 0)
        #foreach($item in $order.items)
          #set($total = $total + $item.qty * $item.price)
          #set($count = $count + $item.qty)
        #end
        #if($count > 5)#set($context.responseOverride.status = 202)#end
        {"orderId": "$order.orderId", "lines": $order.items.size(), "units": $count, "total": $total, "gift": $order.gift, "customer": "$order.customer.name.toUpperCase()"}
        """#, request: request),
        Case(id: "error-response", template: #"""
        #set($inputRoot = $input.path('$'))
        #if($inputRoot.toString().contains("error"))
        #set($context.responseOverride.status = 400)
        {"message": "$util.escapeJavaScript($inputRoot.errorMessage)", "type": "$inputRoot.errorType"}
        #else
        $input.json('$')
        #end
        """#, request: .object(["body": .string(#"{"errorMessage":"Invalid order \"o-9\"","errorType":"ValidationError"}"#)])),
        Case(id: "form-to-json", template: #"""
        #set($pairs = $input.body.split("&"))
        {
        #foreach($pair in $pairs)
          #set($kv = $pair.split("="))
          "$util.urlDecode($kv[0])": "$util.escapeJavaScript($util.urlDecode($kv[1]))"#if($foreach.hasNext),#end
        #end
        }
        """#, request: .object(["body": .string("name=Ana+O%27Neil&city=S%C3%A3o+Paulo&qty=3&note=hello%2C+world"),
                                "headers": .object(["Content-Type": .string("application/x-www-form-urlencoded")])])),
    ]
}
