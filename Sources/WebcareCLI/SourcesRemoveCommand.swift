import ArgumentParser
import WebcareApp
import WebcareConfig
import WebcarePresent

struct SourcesRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a source from the config (its stored mentions stay in the inbox).",
        discussion: "Exit codes: 0 removed; 2 no source has that name, or the config is invalid (nothing is written then)."
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The source's name, as `webcare sources` lists it.", valueName: "name"))
    var name: String

    func run() throws {
        do {
            try SourceEditing.remove(named: name, fromConfigAt: ConfigLoader.locate(explicit: options.config))
        } catch {
            throw fail(error.description, code: ExitStatus.usage)
        }
        writeOut("removed \"\(TerminalText.safeLine(name))\"\n")
    }
}
