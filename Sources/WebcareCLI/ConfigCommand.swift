import ArgumentParser

/// `webcare config`: commands about the config file itself.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the config file.",
        subcommands: [ConfigCheckCommand.self]
    )
}
