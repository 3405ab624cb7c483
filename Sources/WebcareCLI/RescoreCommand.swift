import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent

struct RescoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore", abstract: "Score stored mentions again with today's lexicons and the config's word corrections.",
        discussion: """
            After a webcare upgrade or a change to sentiment.words or a brand's sentimentWords. Labels the team set \
            (`webcare relabel`) are never changed. Says how many labels changed; --dry-run lists them and writes nothing.

            Examples:  webcare rescore --since 30d --dry-run
                       webcare rescore --brand Telvio
            """)
    @OptionGroup var options: ConfigOptions

    @Option(help: ArgumentHelp("Only mentions first seen in the last period (30m, 24h, 7d) or since a date (2026-11-20).",
                               valueName: "period-or-date"))
    var since: String?

    @Option(help: "Only this brand's mentions.")
    var brand: String?

    @Flag(name: .customLong("dry-run"), help: "List the labels that would change, and change nothing.")
    var isDryRun = false

    @OptionGroup var actor: ActorOptions

    func validate() throws {
        try OptionCheck.since(since)
    }

    func run() throws {
        let (config, database) = try options.open()
        let summary: Rescoring.Summary
        do {
            summary = try Rescoring(config: config, database: database)
                .run(since: since.flatMap { InboxPeriod.start($0, now: CommandClock.now) }, brand: brand, isDryRun: isDryRun, by: actor.actor)
        } catch {
            throw storeFailure(error)
        }
        writeOut(LabelRenderer.rescore(summary.scored, changes: summary.changes.map { ($0.id, $0.brand, $0.headline, $0.from, $0.to) },
                                       keptTeamLabels: summary.keptTeamLabels, nowNeedReply: summary.nowNeedReply,
                                       noLongerNeedReply: summary.noLongerNeedReply, isDryRun: isDryRun))
    }
}
