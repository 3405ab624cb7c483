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
        let lock: PollLock
        do {
            lock = try PollLock(databasePath: config.database, wait: wait)
        } catch {
            throw fail(error.description, code: ExitStatus.pollRunning)
        }
        let opened = opening.duration(to: .now)
        let report: PollReport
        let now = Clock.system.now
        var alertFailures: [String] = []
        do {
            report = try Poller(config: config, database: database, clock: .fixed(now), parallel: parallel).poll()
            if let alerts = AlertDispatcher(config: config, database: database) {
                alertFailures = try alerts.run(after: report, at: now)
            }
        } catch {
            throw storeFailure(error)
        }
        withExtendedLifetime(lock) {}
        if verbose {
            for (source, outcome) in report.outcomes {
                switch outcome {
                case .polled(let items, let mentions, let new):
                    writeOut("\(source): \(items) items, \(mentions) brand mentions, \(new) new\(report.charsetNote(for: source))\n")
                case .unchanged:
                    writeOut("\(source): unchanged\n")
                case .failed(let reason):
                    writeOut("\(source): FAILED: \(reason)\n")
                case .waiting(let until):
                    writeOut("\(source): failing, next attempt at \(ISO8601DateFormatter().string(from: until))\n")
                case .gone:
                    writeOut("\(source): gone (HTTP 410), not polled until its URL changes\n")
                }
            }
            writeOut("\(report.newMentions) new mentions stored\n")
        }
        for notice in report.notices.map(SourceNoticeRenderer.line) + alertFailures { printError(notice) }
        if timings {
            func seconds(_ value: Double?) -> String { String(format: "%.3f s", value ?? 0) }
            func seconds(_ stage: String) -> String { seconds(report.timings[stage]) }
            let open = opened.inSeconds
            let stages = ["fetch", "parse", "match and score", "store"]
            printError("timings: wall \(seconds(open + (report.timings["total"] ?? 0))) (open \(seconds(open)), setup \(seconds("setup")), "
                + "transfers and stages \(seconds("transfers")), wrap-up \(seconds("wrap-up"))), "
                + "cpu \(seconds("cpu")) (" + stages.map { "\($0) \(seconds($0))" }.joined(separator: ", ") + ")")
        }
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.someSourcesFailed) }
    }
}
