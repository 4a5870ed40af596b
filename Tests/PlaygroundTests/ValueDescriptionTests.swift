import OrderedCollections
import Testing
import VTL
@testable import Playground

struct JSONArrayStyle: ListFormatter {
    func format(_ list: ListRef) -> String { "[json]" }
    var className: String { "net.minidev.json.JSONArray" }
}

struct ValueDescriptionTests {
    @Test func typeNames() {
        #expect(ValueDescription.typeName(.string("a")) == "String")
        #expect(ValueDescription.typeName(.int(1)) == "Integer")
        #expect(ValueDescription.typeName(.long(1)) == "Long")
        #expect(ValueDescription.typeName(.bool(true)) == "Boolean")
        #expect(ValueDescription.typeName(.list(ListRef())) == "List")
        #expect(ValueDescription.typeName(.list(ListRef([], style: .custom(JSONArrayStyle())))) == "JSON array")
        #expect(ValueDescription.typeName(.map(MapRef())) == "Map")
        #expect(ValueDescription.summary(.null) == "null renders as \"\"")
        #expect(ValueDescription.summary(.list(ListRef([.int(1)]))) == "List, 1 item")
        #expect(ValueDescription.summary(.map(MapRef([:], rendersEmpty: true))) == "Map, 0 entries, renders as \"\"")
    }

    @Test func treeOfNestedCollections() {
        let inner = ListRef([.int(1), .string("two\n")])
        let map = MapRef([MapKey("name"): .string("Bella"), MapKey("a b"): .list(inner), MapKey("empty"): .map(MapRef())])
        #expect(ValueDescription.tree(.map(map)) == """
            {
              name: "Bella"
              "a b": [
                1
                "two\\n"
              ]
              empty: {}
            }
            """)
    }

    @Test func treeOfACycle() {
        let list = ListRef()
        list.items.append(.list(list))
        #expect(ValueDescription.tree(.list(list)) == "[\n  [(this list)]\n]")
    }
}
