import ArgumentParser
import WebcareApp
import WebcareCore
import WebcarePresent

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one mention in full: its text, why it scored as it did, and its history.",
        discussion: "Example:  webcare show 12"
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: "The mention id.")
    var id: Int64

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        let detail: MentionDetail
        do {
            detail = try MentionDetail.load(id: id, database: database, config: config)
        } catch {
            throw storeFailure(error)
        }
        writeOut(MentionRenderer.text(detail.mention, explained: detail.explanation.sentiment,
                                      contributions: detail.explanation.contributions.map { ($0.term, $0.weight, $0.reason) },
                                      total: detail.explanation.total, history: detail.history, now: CommandClock.now,
                                      deadline: config.responseClock.deadline(from: detail.mention.clockStart),
                                      timeZone: config.displayTimeZone))
    }
}
