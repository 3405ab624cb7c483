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

struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Mark mentions as answered, keeping the reply you posted.",
        discussion: """
            Examples:  webcare answer 12 15 --note "replied on the forum"
                       webcare answer 12 --reply "Hoi Mark, vervelend dat … Ik bel u morgen. ^Sanne"
                       webcare answer 12 --reply-file reply.txt      (or --reply - to read it from stdin)
            The reply is kept in the history (`webcare show`, `webcare history`); a promise with a time in it \
            ("ik bel u morgen", "binnen drie werkdagen") becomes a follow-up (`webcare followups`).
            """)
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions
    @Option(help: ArgumentHelp("The reply you posted (\"-\" reads it from stdin).", valueName: "text"))
    var reply: String?
    @Option(name: .customLong("reply-file"), help: ArgumentHelp("A file holding the reply you posted (\"-\" for stdin).", valueName: "file"))
    var replyFile: String?

    func validate() throws {
        if reply != nil, replyFile != nil { throw ValidationError("give either --reply or --reply-file, not both") }
        if let reply, reply != "-", reply.allSatisfy(\.isWhitespace) { throw ValidationError("--reply is empty; leave it out to answer without a reply") }
    }

    func run() throws {
        guard let text = try DraftInput.read(text: reply == "-" ? nil : reply, file: reply == "-" ? "-" : replyFile) else {
            return try moveMentions(to: .answered, options: options, mentions: mentions, actor: actor)
        }
        let (config, database) = try options.open()
        let unchanged: [Int64]
        do {
            unchanged = try Workflow(database: database, clock: .fixed(CommandClock.now), businessHours: config.businessHours)
                .answer(mentions.ids, reply: text, by: actor.actor, note: actor.note)
        } catch {
            throw storeFailure(error)
        }
        reportMoves(to: .answered, ids: mentions.ids, unchanged: unchanged)
    }
}

struct IgnoreCommand: StatusChange {
    static let configuration = CommandConfiguration(
        commandName: "ignore", abstract: "Mark mentions as needing no answer.",
        discussion: "Example:  webcare ignore 14 --note \"spam\"")
    static let status = MentionStatus.ignored
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions
}

struct ReopenCommand: StatusChange {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Put mentions back in the inbox.",
        discussion: "Example:  webcare reopen 12")
    static let status = MentionStatus.open
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions
}
