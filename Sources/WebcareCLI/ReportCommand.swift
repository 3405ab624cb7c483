import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The manager's week: volume, sentiment, response times, the 24-hour promise, and what changed.",
        discussion: """
            Reports on the last complete ISO week (Monday to Sunday, Europe/Amsterdam) by default, on the week \
            named (2026-W47), or on the last N whole days with --days. Every figure is compared with the period \
            before. Answers given up to now count, so a report on last week made on Monday morning already counts \
            the answers of the weekend.

            Examples:  webcare report --week
                       webcare report --week 2026-W47 --brand Telvio --format markdown
                       webcare report --week --output week.html
                       webcare report --days 30 --format json
                       webcare report --week --mail-to manager@example.nl

            With --output the format follows the file's extension (.html, .md, .csv, .json, .txt). With --mail-to \
            the report is handed to the system's sendmail as one e-mail with an HTML part and a plain-text part, \
            for a cron line such as: 0 8 * * 1  webcare report --week --mail-to manager@example.nl
            """
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Report on a week: the last complete one, or the one named after it.")
    var week = false

    @Argument(help: ArgumentHelp("The ISO week to report on, like 2026-W47 (with --week).", valueName: "YYYY-Www"))
    var weekName: String?

    @Option(help: ArgumentHelp("Report on the last N whole days instead of a week.", valueName: "N"))
    var days: Int?

    @Option(help: "Only this brand.")
    var brand: String?

    @Option(help: ArgumentHelp("text, markdown, html, csv (daily figures) or json (every figure). Default: from --output's extension, else text.",
                               valueName: "format"))
    var format: ReportFormat?

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("mail-to"),
            help: ArgumentHelp("Mail the report (HTML with a plain-text part) to this address through sendmail; repeat for more.",
                               valueName: "address"))
    var mailTo: [String] = []

    @Option(name: .customLong("mail-from"), help: ArgumentHelp("The mail's sender (default: sendmail's, the user running it).", valueName: "address"))
    var mailFrom: String?

    func validate() throws {
        if let days, !(1...366).contains(days) { throw ValidationError("--days must be between 1 and 366") }
        if days != nil, week || weekName != nil { throw ValidationError("give either --week [YYYY-Www] or --days N, not both") }
        if let weekName, ReportPeriod.isoWeek(named: weekName) == nil {
            throw ValidationError("\"\(weekName)\" is not an ISO week like 2026-W47 (weeks run from 01 to 52, or 53 in some years)")
        }
        for address in mailTo + (mailFrom.map { [$0] } ?? []) where !ReportMail.isPlausibleAddress(address) {
            throw ValidationError(ReportMail.BadAddress(address: address).description)
        }
        if mailFrom != nil, mailTo.isEmpty { throw ValidationError("--mail-from needs --mail-to") }
        if format == nil, let output, (output as NSString).pathExtension.count > 0, ReportFormat(forFile: output) == nil {
            throw ValidationError("--output \"\(output)\": .\((output as NSString).pathExtension) is not a report format; "
                                  + "name a .html, .md, .csv, .json or .txt file, or give --format")
        }
        if format != nil, output == nil, !mailTo.isEmpty {
            throw ValidationError("--format does not change the mail (always HTML with a plain-text part); add --output FILE to write that format too")
        }
    }

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        if let brand, !config.brands.contains(where: { $0.name.lowercased() == brand.lowercased() }) {
            let known = config.brands.map(\.name).joined(separator: ", ")
            throw fail("\(config.file): no brand named \"\(brand)\" (brands: \(known)); check --brand", code: ExitStatus.usage)
        }
        let now = CommandClock.now
        let period: ReportPeriod
        if let days {
            period = ReportPeriod.lastDays(days, before: now)
        } else if let weekName, let named = ReportPeriod.isoWeek(named: weekName) {
            period = named
        } else {
            period = ReportPeriod.lastCompleteWeek(before: now)
        }
        let report: WeeklyReport
        do {
            report = try WeeklyReportBuilder(config: config, database: database).report(period: period, brand: brand)
        } catch {
            throw storeFailure(error)
        }
        if !mailTo.isEmpty {
            do {
                try Sendmail().send(try ReportMail.message(report, to: mailTo, from: mailFrom), to: mailTo)
            } catch let failure as Sendmail.Failure {
                throw fail(failure.description, code: ExitStatus.mailFailed)
            } catch {
                throw fail("\(error)", code: ExitStatus.usage)
            }
            printError("mailed the \(period.name) report to \(mailTo.joined(separator: ", "))")
            if output == nil { return }
        }
        let rendered = ReportRenderer(report).render(format ?? output.flatMap(ReportFormat.init(forFile:)) ?? .text)
        guard let output else { return writeOut(rendered) }
        do {
            try ReportFile.write(rendered, to: output)
        } catch {
            throw fail(error.description, code: ExitStatus.usage)
        }
        printError("wrote the \(period.name) report to \(output)")
    }
}
