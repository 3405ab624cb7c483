import ArgumentParser
import WebcareApp
import WebcareCore
import WebcareStore

/// The ids a workflow command takes, one or more.
struct MentionIDs: ParsableArguments {
    @Argument(help: ArgumentHelp("The mention ids (see `webcare inbox`).", valueName: "id"))
    var ids: [Int64]

    func validate() throws {
        if ids.isEmpty { throw ValidationError("name at least one mention id") }
    }
}

/// `answer`, `ignore` and `reopen`: the same command moving mentions to a different status.
protocol StatusChange: ParsableCommand {
    /// The status the mentions move to.
    static var status: MentionStatus { get }
    var options: ConfigOptions { get }
    var mentions: MentionIDs { get }
    var actor: ActorOptions { get }
}

extension StatusChange {
    func run() throws {
        try moveMentions(to: Self.status, options: options, mentions: mentions, actor: actor)
    }
}

/// Moves the mentions to `status` and says what changed.
func moveMentions(to status: MentionStatus, options: ConfigOptions, mentions: MentionIDs, actor: ActorOptions) throws {
    let (_, database) = try options.open()
    let unchanged: [Int64]
    do {
        unchanged = try Workflow(database: database, clock: .fixed(CommandClock.now)).move(mentions.ids, to: status, by: actor.actor, note: actor.note)
    } catch {
        throw storeFailure(error)
    }
    reportMoves(to: status, ids: mentions.ids, unchanged: unchanged)
}

/// "mention 12 answered", and which were in that status already.
func reportMoves(to status: MentionStatus, ids: [Int64], unchanged: [Int64]) {
    let verb = status == .open ? "reopened" : status.rawValue
    let changed = ids.filter { !unchanged.contains($0) }
    if !changed.isEmpty { printError("\(changed.count == 1 ? "mention" : "mentions") \(changed.map(String.init).joined(separator: ", ")) \(verb)") }
    if !unchanged.isEmpty {
        let state = status == .open ? "open" : status.rawValue
        printError("\(unchanged.count == 1 ? "mention" : "mentions") \(unchanged.map(String.init).joined(separator: ", ")) "
                   + "\(unchanged.count == 1 ? "was" : "were") \(state) already; nothing changed")
    }
}
