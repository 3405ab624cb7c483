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

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show who did what to a mention, and when.",
        discussion: "Example:  webcare history 12")
    @OptionGroup var options: ConfigOptions
    @Argument(help: "The mention id.")
    var id: Int64

    func run() throws {
        let (_, database) = try options.open()
        let events: [MentionEvent]
        do {
            events = try Workflow(database: database, clock: .fixed(CommandClock.now)).history(of: id)
        } catch {
            throw storeFailure(error)
        }
        writeOut(HistoryRenderer.text(events, id: id))
    }
}

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
