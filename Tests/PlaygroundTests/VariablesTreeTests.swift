import OrderedCollections
import Testing
import VTL
@testable import Playground

struct VariablesTreeTests {
    @Test func pathsTypesAndRenderedValues() {
        let identity = MapRef([MapKey("sourceIp"): .string("192.0.2.1")], rendersEmpty: true)
        let context = MapRef([MapKey("identity"): .map(identity), MapKey("stage"): .string("prod")], rendersEmpty: true)
        let nodes = VariablesTree.build([
            "zeta": .list(ListRef([.int(3)])),
            "context": .map(context),
            "alpha": .null,
            "odd": .map(MapRef([MapKey("a'b"): .bool(true), MapKey(.int(7)): .string("x")])),
        ])
        #expect(nodes.map(\.name) == ["context", "alpha", "odd", "zeta"])
        let flat = nodes.flatMap(\.flattened)
        #expect(flat.map(\.path) == ["$context", "$context.identity", "$context.identity.sourceIp", "$context.stage",
                                     "$alpha", "$odd", "$odd['a''b']", "$odd.get(7)", "$zeta", "$zeta[0]"])
        #expect(flat[0].rendered == "")
        #expect(flat[2] == VariableNode(name: "sourceIp", path: "$context.identity.sourceIp", typeName: "String", rendered: "192.0.2.1"))
        #expect(flat[4].typeName == "null" && flat[4].rendered == "")
        #expect(flat[8].rendered == "[3]" && flat[9].typeName == "Integer")
    }
}
