import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add a note to mentions' history.",
        discussion: "Example:  webcare note 12 --text \"called the customer, waiting for the engineer\"")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @Option(help: "The note.")
    var text: String
    @Option(name: .long, help: ArgumentHelp("Who writes it (default: your login name).", valueName: "name"))
    var by: String?

    func validate() throws {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--text needs a note") }
    }

    func run() throws {
        let (_, database) = try options.open()
        do {
            try Workflow(database: database, clock: .fixed(CommandClock.now)).note(mentions.ids, text, by: ActorOptions.actor(by))
        } catch {
            throw storeFailure(error)
        }
        printError("note added to \(mentions.ids.map(String.init).joined(separator: ", "))")
    }
}
