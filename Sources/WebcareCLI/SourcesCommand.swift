import ArgumentParser

/// `webcare sources`: list (the default), add, remove, rename, import and export the config's sources.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the sources with their health (the default), or add, remove, rename, import and export them.",
        discussion: """
            Examples:  webcare sources --json
                       webcare sources add https://forum.example/ --reach 20000
                       webcare sources rename "Forum" "Klachtenforum"
                       webcare sources import feeds.opml

            add, remove, rename and import rewrite the config file: the change is validated first, the old file is \
            kept as <file>.bak, the new one is written whole and renamed into place, and everything else in the file \
            (its keys, their order, its layout) stays as it was.
            """,
        subcommands: [SourcesListCommand.self, SourcesAddCommand.self, SourcesRemoveCommand.self, SourcesRenameCommand.self,
                      SourcesImportCommand.self, SourcesExportCommand.self],
        defaultSubcommand: SourcesListCommand.self
    )
}
