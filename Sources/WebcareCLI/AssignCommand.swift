import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign mentions to someone on the team.",
        discussion: "Example:  webcare assign 12 15 --to sanne")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @Option(help: ArgumentHelp("Who takes them.", valueName: "name"))
    var to: String
    @Option(name: .long, help: ArgumentHelp("Who assigns them (default: your login name).", valueName: "name"))
    var by: String?

    func validate() throws {
        if to.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--to needs a name") }
    }

    func run() throws {
        let (_, database) = try options.open()
        do {
            try Workflow(database: database, clock: .fixed(CommandClock.now)).assign(mentions.ids, to: to, by: ActorOptions.actor(by))
        } catch {
            throw storeFailure(error)
        }
        printError("\(mentions.ids.count == 1 ? "mention" : "mentions") \(mentions.ids.map(String.init).joined(separator: ", ")) assigned to \(to)")
    }
}
