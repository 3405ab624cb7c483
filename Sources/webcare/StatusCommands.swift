import ArgumentParser
import WebcareApp
import WebcareStore

/// The ids a workflow command takes, one or more.
struct MentionIDs: ParsableArguments {
    @Argument(help: ArgumentHelp("The mention ids (see `webcare inbox`).", valueName: "id"))
    var ids: [Int64]

    func validate() throws {
        if ids.isEmpty { throw ValidationError("name at least one mention id") }
    }
}

struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Mark mentions as answered.",
        discussion: "Example:  webcare answer 12 15 --note \"replied on the forum\"")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions

    func run() throws {
        try changeStatus(options, mentions.ids, verb: "answered") { (workflow: Workflow) throws(StoreError) in
            try workflow.answer(mentions.ids, by: actor.actor, note: actor.note)
        }
    }
}

struct IgnoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ignore", abstract: "Mark mentions as needing no answer.",
        discussion: "Example:  webcare ignore 14 --note \"spam\"")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions

    func run() throws {
        try changeStatus(options, mentions.ids, verb: "ignored") { (workflow: Workflow) throws(StoreError) in
            try workflow.ignore(mentions.ids, by: actor.actor, note: actor.note)
        }
    }
}

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Put mentions back in the inbox.",
        discussion: "Example:  webcare reopen 12")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions

    func run() throws {
        try changeStatus(options, mentions.ids, verb: "reopened") { (workflow: Workflow) throws(StoreError) in
            try workflow.reopen(mentions.ids, by: actor.actor, note: actor.note)
        }
    }
}

/// Opens the database, applies one workflow change, and reports it on stderr.
private func changeStatus(_ options: ConfigOptions, _ ids: [Int64], verb: String,
                          _ change: (Workflow) throws(StoreError) -> Void) throws {
    let (_, database) = try options.open()
    do {
        try change(Workflow(database: database))
    } catch {
        throw storeFailure(error)
    }
    printError("\(ids.count == 1 ? "mention" : "mentions") \(ids.map(String.init).joined(separator: ", ")) \(verb)")
}
