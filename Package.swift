// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vtlplay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vtlplay", targets: ["vtlplay"]),
        .executable(name: "vtlplay-bench", targets: ["vtlplay-bench"]),
        .executable(name: "vtlplay-differential", targets: ["vtlplay-differential"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        // The template language: lexer, parser, AST, values, evaluator, Java emulation.
        .target(name: "VTL", dependencies: [
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // Ordered JSON values, parser with positions, serializers.
        .target(name: "JSON", dependencies: [
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // The Jayway JsonPath dialect, generic over a document protocol.
        .target(name: "JSONPath", dependencies: ["JSON"]),
        // $input, $util, $context, $stageVariables, requests, invocations, parameter mapping.
        .target(name: "APIGateway", dependencies: [
            "VTL", "JSON", "JSONPath",
            .product(name: "OrderedCollections", package: "swift-collections"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // The session shared by the TUI, the REPL and the CLI.
        .target(name: "Playground", dependencies: ["VTL", "JSON", "JSONPath", "APIGateway"]),
        // Pure Elm-style UI: state, update, render into a cell grid.
        .target(name: "TUI", dependencies: ["Playground", "VTL", "JSON", "APIGateway"]),
        // The ncurses adapter for the TUI.
        .target(name: "CNCursesShim", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "TerminalUI", dependencies: ["TUI", "CNCursesShim"]),
        // The REPL over a line-reader protocol, and its libedit adapter.
        .target(name: "REPL", dependencies: ["Playground", "VTL", "APIGateway"]),
        .target(name: "CEditLineShim", linkerSettings: [.linkedLibrary("edit")]),
        .target(name: "LineEditing", dependencies: ["REPL", "CEditLineShim"]),
        // Thin command-line front end.
        .executableTarget(name: "vtlplay", dependencies: [
            "VTL", "JSON", "APIGateway", "Playground", "TUI", "TerminalUI", "REPL", "LineEditing",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks against the oracle (scripts/bench); not part of the tests.
        .executableTarget(name: "vtlplay-bench", dependencies: ["VTL", "JSON", "JSONPath", "APIGateway"]),
        // The differential fuzzer's seeded template generator (scripts/differential).
        .target(name: "Differential", dependencies: ["JSON"]),
        .executableTarget(name: "vtlplay-differential", dependencies: ["Differential"]),

        .testTarget(name: "VTLTests", dependencies: ["VTL"], exclude: ["Fixtures"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "JSONPathTests", dependencies: ["JSONPath", "JSON"]),
        .testTarget(name: "APIGatewayTests", dependencies: ["APIGateway", "VTL", "JSON", "JSONPath"], exclude: ["Fixtures", "Conformance", "Oracle"]),
        .testTarget(name: "PlaygroundTests", dependencies: ["Playground"]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "Playground"]),
        .testTarget(name: "REPLTests", dependencies: ["REPL", "Playground"]),
        .testTarget(name: "HardeningTests", dependencies: ["VTL", "JSON", "JSONPath", "APIGateway"]),
        .testTarget(name: "CLITests", dependencies: ["vtlplay"]),
        .testTarget(name: "DifferentialTests", dependencies: ["Differential"]),
    ],
    swiftLanguageModes: [.v6]
)
