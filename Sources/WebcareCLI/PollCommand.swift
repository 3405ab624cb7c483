import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent

struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "Fetch every source and store the new brand mentions.",
        discussion: """
            Quiet on success (cron mails whatever it prints). A source that starts failing is reported once on \
            stderr (after fetch.reportAfterFailures attempts in a row, default 3; at once for a source that never \
            worked), and once when it recovers; a failing source is retried with growing intervals up to 6 hours. \
            One failing source never stops the others. A second poll of the same database waits for the first \
            (--wait) instead of running beside it.

            Example crontab line:
              */15 * * * *  webcare poll --config /etc/webcare/config.json

            Exit codes: 0 every due source polled; 1 one or more sources failed this time; 2 config error; \
            3 database error; 4 another poll kept running for the whole --wait.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Flag(name: .shortAndLong, help: "Print a line per source.")
    var verbose = false

    @Flag(help: "Print the wall time (opening, setup, transfers and stages, wrap-up) and the CPU seconds of each stage on stderr (for benchmarks).")
    var timings = false

    @Option(help: ArgumentHelp("Transfers in flight at once (default: fetch.parallel, 16).", valueName: "n"))
    var parallel: Int?

    @Option(help: ArgumentHelp("Seconds to wait for another poll of the same database to end.", valueName: "seconds"))
    var wait: Double = 30

    func validate() throws {
        if let parallel, parallel < 1 { throw ValidationError("--parallel must be 1 or more") }
        if wait < 0 { throw ValidationError("--wait must be 0 or more seconds") }
    }

    func run() throws {
        let opening = ContinuousClock.now
        let (config, database) = try options.open()
        let opened = opening.duration(to: .now)
        let result: PollRun.Result
        do {
            result = try PollRun(config: config, database: database).run(now: CommandClock.now, parallel: parallel, wait: wait)
        } catch .anotherPollRunning(let failure) {
            throw fail(failure.description, code: ExitStatus.pollRunning)
        } catch .store(let error) {
            throw storeFailure(error)
        }
        let report = result.report
        if verbose {
            for (source, outcome) in report.outcomes {
                writeOut(PollRenderer.line(source: source, outcome: outcome, charsetRepair: report.charsetRepairs[source],
                                           timeZone: config.displayTimeZone))
            }
            writeOut(PollRenderer.summary(newMentions: report.newMentions, alertsHeldBack: report.alertsHeldBack))
        }
        for notice in report.notices.map(SourceNoticeRenderer.line) + result.alertFailures { printError(notice) }
        if timings { printError(PollRenderer.timings(report.timings, opening: opened.inSeconds)) }
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.someSourcesFailed) }
    }
}
