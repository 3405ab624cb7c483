import ArgumentParser
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find mentions by the words in their title, text or author, answered and ignored ones too.",
        discussion: """
            Every word must occur (any case, accents ignored: "storing" finds "Störing"); a word ending in * matches \
            as a prefix (stor*). Newest first.

            Examples:  webcare search storing utrecht
                       webcare search "factuur" --status open --brand Telvio --json
            """)
    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The words to find.", valueName: "word"))
    var words: [String] = []

    @Option(help: "Only this brand's mentions.")
    var brand: String?

    @Option(help: "Only this source's mentions.")
    var source: String?

    @Option(help: ArgumentHelp("Only mentions in this status: open, answered, ignored or all (the default).", valueName: "status"))
    var status: String = "all"

    @Option(help: ArgumentHelp("Only mentions with this label: negative, neutral, positive or all (the default).", valueName: "label"))
    var label: String = "all"

    @Option(help: "Show at most this many (default 50; all with --json).")
    var limit: Int?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        if words.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { throw ValidationError("give at least one word to find") }
        try OptionCheck.status(status)
        try OptionCheck.label(label)
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        let now = CommandClock.now
        var query = Inbox.Query()
        query.label = SentimentLabel(rawValue: label)
        query.status = MentionStatus(rawValue: status)
        query.brand = brand
        query.source = source
        query.limit = limit ?? (json ? nil : 50)
        let inbox = Inbox(config: config, database: database)
        let found: [Mention]
        do {
            if let mistake = try inbox.unknownName(brand: brand, source: source) { throw fail(mistake, code: ExitStatus.usage) }
            found = try inbox.search(words.joined(separator: " "), query, now: now)
        } catch let error as StoreError {
            throw storeFailure(error)
        }
        let renderer = InboxRenderer(now: now, width: Terminal.width, useColor: !json && Terminal.useColor)
        writeOut(json ? renderer.json(found, clock: config.responseClock)
                      : renderer.searchText(found, clock: config.responseClock, words: words.joined(separator: " ")))
    }
}
