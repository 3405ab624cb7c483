import ArgumentParser
import WebcareCore
import WebcarePresent
import WebcareStore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List every source with its health: attempts, errors, backoff and how much it brings in.",
        discussion: "Example:  webcare sources --json"
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let (config, database) = try options.open()
        let now = Clock.system.now
        let activity: [SourceActivity]
        do {
            activity = try database.sourceActivity(now: now)
        } catch {
            throw storeFailure(error)
        }
        let configured = Set(config.sources.map(\.name))
        let lines = activity.filter { configured.contains($0.name) }.map { source in
            SourceLine(name: source.name, url: source.url, lastAttempt: source.state.lastAttemptAt, lastSuccess: source.state.lastSuccessAt,
                       httpStatus: source.state.lastStatus, errorStreak: source.state.errorStreak, lastError: source.state.lastError,
                       nextAttempt: source.state.nextAttemptAt, isGone: source.state.isGone, movedTo: source.state.movedTo,
                       lastNewMention: source.lastNewMentionAt, mentionsLastWeek: source.mentionsLastWeek)
        }
        writeOut(json ? SourcesRenderer.json(lines) : SourcesRenderer.text(lines, now: now))
    }
}
