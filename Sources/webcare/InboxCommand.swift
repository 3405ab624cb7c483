import ArgumentParser
import Foundation
import WebcareCore
import WebcarePresent
import WebcareStore

struct InboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "List the negative mentions nobody has answered yet, highest reach first.",
        discussion: """
            Each mention has a deadline slaHours (default 24) after it was published (or first seen, when the feed \
            gave no date); LEFT shows the time left, or how long it is overdue (red on a terminal).

            Examples:  webcare inbox --brand Telvio --limit 20
                       webcare inbox --overdue --since 7d --json
            """
    )

    @OptionGroup var options: ConfigOptions

    @Option(help: "Only this brand's mentions.")
    var brand: String?

    @Option(help: "Only this source's mentions.")
    var source: String?

    @Option(name: .customLong("assigned-to"), help: ArgumentHelp("Only mentions assigned to this person.", valueName: "name"))
    var assignedTo: String?

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

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if let since, InboxPeriod.start(since, now: Clock.system.now) == nil {
            throw ValidationError("--since \"\(since)\" is neither a period like 24h or 7d nor a date like 2026-11-20")
        }
    }

    func run() throws {
        let (config, database) = try options.open()
        let now = Clock.system.now
        let mentions: [Mention]
        var total: Int?
        do {
            // Overdue means the clock started at or before one cut-off instant (business hours included).
            var filter = WebcareDatabase.InboxFilter(
                label: all ? nil : .negative, brand: brand, source: source, since: since.flatMap { InboxPeriod.start($0, now: now) },
                limit: limit ?? (json ? nil : Self.tableLimit), assignedTo: assignedTo,
                startedAtOrBefore: overdue ? config.responseClock.latestOverdueStart(now: now) : nil)
            mentions = try database.openMentions(filter)
            if let cut = filter.limit, mentions.count == cut {
                filter.limit = nil
                total = try database.openMentionCount(filter)
            }
        } catch {
            throw storeFailure(error)
        }
        let renderer = InboxRenderer(now: now, width: Terminal.width, useColor: !json && Terminal.useColor)
        writeOut(json ? renderer.json(mentions, clock: config.responseClock)
                      : renderer.text(mentions, clock: config.responseClock, onlyNegative: !all, total: total))
    }
}

/// Reads --since: a period back from now ("30m", "24h", "7d") or a date ("2026-11-20", midnight UTC).
enum InboxPeriod {
    static func start(_ text: String, now: Date) -> Date? {
        let units: [Character: Double] = ["m": 60, "h": 3600, "d": 86400, "w": 604_800]
        if let unit = text.last, let seconds = units[unit], let amount = Double(text.dropLast()), amount >= 0 {
            return now.addingTimeInterval(-amount * seconds)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
