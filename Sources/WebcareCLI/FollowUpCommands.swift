import ArgumentParser
import WebcareApp
import WebcareCore
import WebcarePresent

struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups", abstract: "List the promises made in replies that are still to keep, soonest due first.",
        discussion: "Example:  webcare followups        (mark one kept with `webcare followup done ID`)")
    @OptionGroup var options: ConfigOptions
    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let (config, database) = try options.open()
        let now = CommandClock.now
        let open: [FollowUp]
        do {
            open = try Promises(config: config, database: database).open()
        } catch {
            throw storeFailure(error)
        }
        writeOut(json ? FollowUpRenderer.json(open, now: now) : FollowUpRenderer.text(open, now: now))
    }
}

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Act on a promise made in a reply.",
        subcommands: [FollowUpDoneCommand.self])
}

struct FollowUpDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark a promise kept.",
        discussion: "Example:  webcare followup done 3")
    @OptionGroup var options: ConfigOptions
    @Argument(help: "The follow-up id (see `webcare followups`).")
    var id: Int64
    @Option(name: .long, help: ArgumentHelp("Who kept it (default: your login name).", valueName: "name"))
    var by: String?

    func run() throws {
        let (config, database) = try options.open()
        let changed: Bool
        do {
            changed = try Promises(config: config, database: database).markKept(id, by: ActorOptions.actor(by), at: CommandClock.now)
        } catch {
            throw storeFailure(error)
        }
        printError(changed ? "follow-up \(id) kept" : "follow-up \(id) was kept already; nothing changed")
    }
}
