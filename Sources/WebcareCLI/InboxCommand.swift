import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct InboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "List the negative mentions and the questions nobody has answered yet, highest reach first.",
        discussion: """
            Each mention has a deadline slaHours (default 24) after it was published (or first seen, when the feed \
            gave no date); LEFT shows the time left, or how long it is overdue (red on a terminal). Besides the \
            negative mentions, the inbox holds those that ask the brand a question or ask for help, whatever their \
            sentiment: WHY says "asks" for them, and "(team)" where the team set the label (`webcare relabel`).

            Examples:  webcare inbox --brand Telvio --limit 20
                       webcare inbox --overdue --since 7d --json
            """
    )

    @OptionGroup var options: ConfigOptions

    @Option(help: "Only this brand's mentions.")
    var brand: String?

    @Option(help: "Only this source's mentions.")
    var source: String?

    @Option(name: .customLong("assigned-to"), help: ArgumentHelp("Only mentions assigned to this person (\"me\": your login name).", valueName: "name"))
    var assignedTo: String?

    @Flag(help: "Only mentions nobody is assigned to.")
    var unassigned = false

    @Option(help: ArgumentHelp("Only mentions with this tag.", valueName: "tag"))
    var tag: String?

    @Option(help: ArgumentHelp("Only mentions in this status: open (the default), answered, ignored or all.", valueName: "status"))
    var status: String = "open"

    @Option(help: ArgumentHelp("Only mentions with this label: negative (the default, with the questions), neutral, positive or all.",
                               valueName: "label"))
    var label: String?

    @Flag(help: "Only mentions past their deadline.")
    var overdue = false

    @Option(help: ArgumentHelp("Only mentions from the last period (30m, 24h, 7d) or since a date (2026-11-20).", valueName: "period-or-date"))
    var since: String?

    @Option(help: "Show at most this many (default: 50 in the table, all with --json).")
    var limit: Int?

    /// How many the table shows when no --limit is given; the footer says how many more there are.
    static let tableLimit = 50

    @Flag(help: "Include open neutral and positive mentions too.")
    var all = false

    @Flag(help: "Only mentions that ask the brand a question or ask for help, whatever their sentiment.")
    var questions = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        try OptionCheck.status(status)
        try OptionCheck.label(label)
        if unassigned, assignedTo != nil { throw ValidationError("give either --assigned-to or --unassigned, not both") }
        try OptionCheck.since(since)
    }

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        let now = CommandClock.now
        var query = Inbox.Query()
        query.label = all || questions || label == "all" ? nil : label.flatMap(SentimentLabel.init(rawValue:)) ?? .negative
        query.isQuestionsOnly = questions
        query.status = MentionStatus(rawValue: status)
        query.isUnassignedOnly = unassigned
        query.tag = tag
        query.brand = brand
        query.source = source
        query.assignedTo = assignedTo.map { $0.lowercased() == "me" ? ActorOptions.actor(nil) : $0 }
        query.isOverdueOnly = overdue
        query.since = since.flatMap { InboxPeriod.start($0, now: now) }
        query.limit = limit ?? (json ? nil : Self.tableLimit)
        let inbox = Inbox(config: config, database: database)
        do {
            if let mistake = try inbox.unknownName(brand: brand, source: source) { throw fail(mistake, code: ExitStatus.usage) }
        } catch let error as StoreError {
            throw storeFailure(error)
        }
        if json && limit == nil {
            // Every match: streamed as the store reads them, never all in memory.
            var stream = InboxJSONStream(now: now, clock: config.responseClock, write: writeOut)
            do {
                try inbox.each(query, now: now) { stream.append($0) }
            } catch {
                throw storeFailure(error)
            }
            stream.finish()
            return
        }
        let page: Inbox.Page
        do {
            page = try inbox.page(query, now: now)
        } catch {
            throw storeFailure(error)
        }
        let renderer = InboxRenderer(now: now, width: Terminal.width, useColor: !json && Terminal.useColor)
        if json {
            writeOut(renderer.json(page.mentions, clock: config.responseClock))
            return
        }
        // The promises still to keep, under the table (the mentions they answered are no longer open).
        let promises: [FollowUp]
        do {
            promises = try Promises(config: config, database: database).open()
        } catch {
            throw storeFailure(error)
        }
        writeOut(renderer.text(page.mentions, clock: config.responseClock, onlyNegative: query.label == .negative && query.status == .open,
                               total: page.total) + FollowUpRenderer.inboxSection(promises, now: now))
    }
}
