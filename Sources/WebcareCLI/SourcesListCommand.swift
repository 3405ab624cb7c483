import ArgumentParser
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct SourcesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every source with its health: attempts, errors, backoff and how much it brings in.",
        discussion: "Example:  webcare sources --json"
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        let now = CommandClock.now
        let lines: [SourceLine]
        do {
            lines = try SourceOverview.lines(config: config, database: database, now: now)
        } catch {
            throw storeFailure(error)
        }
        writeOut(json ? SourcesRenderer.json(lines) : SourcesRenderer.text(lines, now: now))
    }
}
