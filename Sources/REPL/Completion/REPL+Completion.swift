import APIGateway
import Playground
import VTL

extension REPL {
    /// A completer for the current request and variables.
    func completer() -> Completer {
        var references = Reference.referenceNames
        var values = variables
        values["context"] = .map(gateway.context)
        values["stageVariables"] = .map(gateway.stageVariables)
        for node in VariablesTree.build(values, depth: 8, limit: 200).flatMap(\.flattened) {
            if !node.path.contains("("), !node.path.contains("["), !node.path.contains("'") { references.append(node.path) }
        }
        var jsonPaths: [String] = []
        if let body = try? gateway.input.parsedBody() { Self.collectPaths(body, "$", into: &jsonPaths, depth: 8) }
        return Completer(references: references, jsonPaths: jsonPaths, commands: Command.catalog.map(\.name))
    }

    /// The JSONPaths of a parsed body's keys and items (`$.a`, `$.a.b`, `$.list[0]`).
    static func collectPaths(_ value: Value, _ path: String, into paths: inout [String], depth: Int) {
        guard depth > 0, paths.count < 5000 else { return }
        switch value {
        case .map(let map):
            for key in map.entries.keys {
                let name = Java.toString(key.value)
                let isPlain = name.first.map { $0.isLetter || $0 == "_" } == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                let child = isPlain ? path + "." + name : path + "['" + name + "']"
                paths.append(child)
                collectPaths(map.entries[key]!, child, into: &paths, depth: depth - 1)
            }
        case .list(let list):
            for (index, item) in list.items.prefix(20).enumerated() {
                let child = path + "[\(index)]"
                paths.append(child)
                collectPaths(item, child, into: &paths, depth: depth - 1)
            }
        default: break
        }
    }
}
