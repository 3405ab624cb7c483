import ArgumentParser
import WebcareApp
import WebcareConfig
import WebcarePresent

struct SourcesRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a source in the config; its stored mentions stay with it (matched by URL or id).",
        discussion: "Exit codes: 0 renamed; 2 no source has the old name, another has the new one, or the config is invalid."
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The source's name now.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("Its new name.", valueName: "new"))
    var new: String

    func validate() throws {
        if new.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the new name must not be empty") }
    }

    func run() throws {
        do {
            try SourceEditing.rename(old, to: new, inConfigAt: ConfigLoader.locate(explicit: options.config))
        } catch {
            throw fail(error.description, code: ExitStatus.usage)
        }
        writeOut("renamed \"\(TerminalText.safeLine(old))\" to \"\(TerminalText.safeLine(new))\"\n")
    }
}
