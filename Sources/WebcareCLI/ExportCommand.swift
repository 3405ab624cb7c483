import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

extension ExportRenderer.Format: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Every mention as CSV or JSON Lines, for a spreadsheet or a BI tool.",
        discussion: """
            Columns: \(ExportRenderer.columns.joined(separator: ", ")). CSV follows RFC 4180 (CRLF, quotes doubled); a \
            text cell starting with =, +, -, @ gets a leading ' so a spreadsheet never runs it as a formula. Dates in \
            RFC 3339 UTC. Streams: memory stays flat however many mentions there are.

            Examples:  webcare export --format csv --output mentions.csv
                       webcare export --since 30d --brand Telvio --status answered --format jsonl
            """)
    @OptionGroup var options: ConfigOptions

    @Option(help: ArgumentHelp("csv or jsonl.", valueName: "format"))
    var format: ExportRenderer.Format

    @Option(help: ArgumentHelp("Only mentions from the last period (30m, 24h, 7d) or since a date (2026-11-20).", valueName: "period-or-date"))
    var since: String?

    @Option(help: "Only this brand's mentions.")
    var brand: String?

    @Option(help: ArgumentHelp("Only mentions in this status: open, answered, ignored or all (the default).", valueName: "status"))
    var status: String = "all"

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try OptionCheck.status(status)
        try OptionCheck.since(since)
    }

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        let now = CommandClock.now
        var query = Inbox.Query()
        query.label = nil
        query.status = MentionStatus(rawValue: status)
        query.brand = brand
        query.since = since.flatMap { InboxPeriod.start($0, now: now) }
        let inbox = Inbox(config: config, database: database)
        var sink: ExportSink
        do {
            sink = try ExportSink(path: output)
        } catch {
            throw fail("could not write the export to \(output ?? "-"): \(error.localizedDescription)", code: ExitStatus.usage)
        }
        do {
            if let mistake = try inbox.unknownName(brand: brand, source: nil) { throw fail(mistake, code: ExitStatus.usage) }
            if format == .csv { sink.append(ExportRenderer.csvHeader) }
            let format = format
            try inbox.export(query, now: now) { mention in
                sink.append(format == .csv ? ExportRenderer.csvRow(mention) : ExportRenderer.jsonLine(mention))
                sink.rows += 1
            }
        } catch let error as StoreError {
            throw storeFailure(error)
        }
        sink.finish()
        if let output { printError("wrote \(sink.rows) mention\(sink.rows == 1 ? "" : "s") to \(output)") }
    }
}

/// Where an export goes: standard output, or a file written whole (a temporary file renamed at the end).
struct ExportSink {
    private var buffer = OutputBuffer()
    private let file: FileHandle?
    private let path: String?
    private let temporary: String?
    /// Mentions written so far.
    var rows = 0

    init(path: String?) throws {
        self.path = path
        guard let path else { file = nil; temporary = nil; return }
        let temporary = path + ".part"
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot create it (does the folder exist, and may it be written?)"])
        }
        self.temporary = temporary
        file = FileHandle(forWritingAtPath: temporary)
    }

    mutating func append(_ text: String) {
        if let file {
            pending += text
            if pending.utf8.count >= 1 << 16 { file.write(Data(pending.utf8)); pending = "" }
        } else {
            buffer.append(text)
        }
    }

    private var pending = ""

    mutating func finish() {
        if let file, let temporary, let path {
            file.write(Data(pending.utf8))
            try? file.close()
            _ = try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.moveItem(atPath: temporary, toPath: path)
        } else {
            buffer.flush()
        }
    }
}
