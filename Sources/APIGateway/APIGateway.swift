// The APIGateway module: what API Gateway adds around the template engine.
//
// - Request/     request, invocation and batch documents (JSON or YAML) with positions
// - Context/     the default $context, merged overrides, HashMap-ordered maps that render ""
// - Input/       $input: the body parsed once into live values, JSONPath over them
// - Util/        $util: escapeJavaScript, urlEncode/urlDecode, base64, parseJson
// - Rendering/   MappingRenderer.render(template:request:) -> MappingResult
// - Invocation/  whole method invocations like the console's Test button
// - Batch/       JSON-lines batches and the conformance comparison
