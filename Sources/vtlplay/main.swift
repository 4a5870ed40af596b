import ArgumentParser

/// The vtlplay command line: a playground for API Gateway mapping templates.
struct VTLPlay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vtlplay",
        abstract: "A playground for Amazon API Gateway mapping templates (Velocity).",
        subcommands: [RenderCommand.self, InvokeCommand.self, MapCommand.self, ReplCommand.self]
    )
}

VTLPlay.main()
