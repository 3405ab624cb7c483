import ArgumentParser
import WebcareApp
import WebcareCore
import WebcareStore

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
