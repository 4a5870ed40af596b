import APIGateway
import ArgumentParser
import VTL

/// Options shared by the commands that render mapping templates.
struct MappingFlags: ParsableArguments {
    @Option(name: .customLong("map-order"), help: "Iteration order of headers and $context maps: hash (as on API Gateway) or insertion.")
    var mapOrder: MapOrderChoice = .hash

    var options: MappingOptions {
        MappingOptions(mapOrder: mapOrder == .hash ? .javaHash : .insertion)
    }
}

enum MapOrderChoice: String, ExpressibleByArgument, CaseIterable {
    case hash, insertion
}
