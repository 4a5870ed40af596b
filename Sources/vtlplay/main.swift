import ArgumentParser
import Foundation

/// The vtlplay command line: a playground for API Gateway mapping templates.
/// Without a subcommand it opens the full-screen playground (`PlayCommand`).
struct VTLPlay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vtlplay",
        abstract: "A playground for Amazon API Gateway mapping templates (Velocity).",
        usage: """
            vtlplay [<template>] [--request <request>]
            vtlplay <subcommand>
            """,
        discussion: """
            `vtlplay` alone opens the playground on a built-in sample; `vtlplay TEMPLATE \\
            [--request FILE]` opens those files (a missing file opens empty and is created on \\
            save). The playground needs a terminal; the subcommands do not.
            """,
        subcommands: [RenderCommand.self, InvokeCommand.self, MapCommand.self, ReplCommand.self, DebugCommand.self,
                      TestCommand.self, ListCommand.self, LintCommand.self]
    )
}

// ArgumentParser would read a subcommand's name as the playground's template
// argument, so the choice is made here: a subcommand name or a help request
// goes to `VTLPlay`, anything else opens the playground.
let arguments = Array(CommandLine.arguments.dropFirst())
if let status = RenderCommand.renderFastPath(arguments) { exit(status) }
let subcommands = VTLPlay.configuration.subcommands.map { $0._commandName }
if PlayCommand.opensPlayground(arguments, subcommands: subcommands) {
    PlayCommand.main(arguments)
} else {
    VTLPlay.main(arguments)
}
