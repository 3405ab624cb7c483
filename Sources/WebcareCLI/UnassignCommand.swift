import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct UnassignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unassign", abstract: "Take mentions off whoever they were assigned to.",
        discussion: "Example:  webcare unassign 12")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @Option(name: .long, help: ArgumentHelp("Who does it (default: your login name).", valueName: "name"))
    var by: String?

    func run() throws {
        let (_, database) = try options.open()
        let unchanged: [Int64]
        do {
            unchanged = try Workflow(database: database, clock: .fixed(CommandClock.now)).unassign(mentions.ids, by: ActorOptions.actor(by))
        } catch {
            throw storeFailure(error)
        }
        let changed = mentions.ids.filter { !unchanged.contains($0) }
        if !changed.isEmpty { printError("\(changed.count == 1 ? "mention" : "mentions") \(changed.map(String.init).joined(separator: ", ")) unassigned") }
        if !unchanged.isEmpty { printError("\(unchanged.map(String.init).joined(separator: ", ")): assigned to nobody already; nothing changed") }
    }
}
