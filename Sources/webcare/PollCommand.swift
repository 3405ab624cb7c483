import ArgumentParser
import WebcareApp

struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "Fetch every source and store the new brand mentions.",
        discussion: """
            Quiet on success (cron mails whatever it prints). A failing source is reported on stderr and never
            stops the others. Safe to run twice at once: nothing is stored twice.

            Example crontab line:  */15 * * * *  webcare poll --config /etc/webcare/config.json

            Exit codes: 0 every source polled; 1 one or more sources failed; 2 config error; 3 database error.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Flag(name: .shortAndLong, help: "Print a line per source.")
    var verbose = false

    func run() throws {
        let (config, database) = try options.open()
        let report: PollReport
        do {
            report = try Poller(config: config, database: database).poll()
        } catch {
            throw storeFailure(error)
        }
        if verbose {
            for (source, outcome) in report.outcomes {
                switch outcome {
                case .polled(let items, let mentions, let new):
                    writeOut("\(source): \(items) items, \(mentions) brand mentions, \(new) new\n")
                case .unchanged:
                    writeOut("\(source): unchanged\n")
                case .failed(let reason):
                    writeOut("\(source): FAILED: \(reason)\n")
                }
            }
            writeOut("\(report.newMentions) new mentions stored\n")
        }
        for failure in report.failures {
            printError("could not poll source \"\(failure.source)\": \(failure.reason)")
        }
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.someSourcesFailed) }
    }
}
