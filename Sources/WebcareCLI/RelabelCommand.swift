import ArgumentParser
import WebcareApp
import WebcareCore

extension SentimentLabel: ExpressibleByArgument {}

struct RelabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relabel", abstract: "Correct the scorer: give mentions the label the team decides.",
        discussion: """
            The team's label always wins: the inbox, show, --json and the report use it, and neither a poll nor \
            `webcare rescore` changes it. The change is kept in the mention's history, and `webcare suggest-words` \
            learns from it.

            Examples:  webcare relabel 12 negative --note "sarcasm"
                       webcare relabel 15 16 positive --by sanne
            """)
    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The mention ids, then the label: negative, neutral or positive.", valueName: "id... label"))
    var values: [String] = []

    @OptionGroup var actor: ActorOptions

    /// The ids before the label.
    var ids: [Int64] { values.dropLast().compactMap { Int64($0) } }
    /// The label, last.
    var label: SentimentLabel? { values.last.flatMap { SentimentLabel(rawValue: $0.lowercased()) } }

    func validate() throws {
        guard values.count >= 2 else { throw ValidationError("name at least one mention id and then the label (negative, neutral or positive)") }
        guard label != nil else {
            throw ValidationError("\"\(values.last ?? "")\" is not a label; end with negative, neutral or positive")
        }
        if let bad = values.dropLast().first(where: { Int64($0) == nil }) {
            throw ValidationError("\"\(bad)\" is not a mention id; give the ids first, then the label")
        }
    }

    func run() throws {
        let (_, database) = try options.open()
        guard let label else { return }
        do {
            try Workflow(database: database, clock: .fixed(CommandClock.now)).relabel(ids, as: label, by: actor.actor, note: actor.note)
        } catch {
            throw storeFailure(error)
        }
        printError("\(ids.count == 1 ? "mention" : "mentions") \(ids.map(String.init).joined(separator: ", ")) labelled \(label.rawValue)")
    }
}
