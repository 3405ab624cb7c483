import ArgumentParser
import WebcareCore
import WebcarePresent

struct InboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "List the negative mentions nobody has answered yet, highest reach first.",
        discussion: "Example:  webcare inbox --brand Telvio --limit 20"
    )

    @OptionGroup var options: ConfigOptions

    @Option(help: "Only this brand's mentions.")
    var brand: String?

    @Option(help: "Show at most this many.")
    var limit: Int?

    @Flag(help: "Include open neutral and positive mentions too.")
    var all = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let (config, database) = try options.open()
        let mentions: [Mention]
        do {
            mentions = try database.openMentions(label: all ? nil : .negative, brand: brand, limit: limit)
        } catch {
            throw storeFailure(error)
        }
        let renderer = InboxRenderer(now: Clock.system.now, width: Terminal.width, useColor: !json && Terminal.useColor)
        writeOut(json ? renderer.json(mentions) : renderer.text(mentions, slaHours: config.slaHours, onlyNegative: !all))
    }
}
