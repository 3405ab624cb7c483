import Foundation
import WebcareCore

/// What `poll --verbose` and `poll --timings` print about one poll.
public enum PollRenderer {
    /// One source's line for `--verbose`, with what became of bytes not in its charset (", 3 bytes read as
    /// windows-1252"). Source names come from the config, reasons may come from the web: made safe for a terminal.
    public static func line(source: String, outcome: SourceOutcome, charsetRepair: CharsetRepair? = nil,
                            timeZone: TimeZone = TeamTime.utc) -> String {
        let body: String
        switch outcome {
        case .polled(let items, let mentions, let new):
            body = "\(items) items, \(mentions) brand mentions, \(new) new" + note(charsetRepair)
        case .unchanged:
            body = "unchanged"
        case .failed(let reason):
            body = "FAILED: \(reason)"
        case .waiting(let until):
            body = "failing, next attempt at \(TeamTime.timestamp(until, in: timeZone))"
        case .gone:
            body = "gone (HTTP 410), not polled until its URL changes"
        }
        return TerminalText.safeLine("\(source): \(body)") + "\n"
    }

    /// ", 1 byte read as windows-1252, 151 bytes unreadable and lost (see check-source)", or "" for no repair.
    static func note(_ repair: CharsetRepair?) -> String {
        guard let repair else { return "" }
        func bytes(_ count: Int) -> String { count == 1 ? "1 byte" : "\(count) bytes" }
        var note = ""
        if repair.recoveredBytes > 0 { note += ", \(bytes(repair.recoveredBytes)) read as windows-1252" }
        if repair.droppedBytes > 0 { note += ", \(bytes(repair.droppedBytes)) unreadable and lost (see check-source)" }
        return note
    }

    /// The closing line of `--verbose`, with the alerts held back when there were any.
    public static func summary(newMentions: Int, alertsHeldBack: Int = 0) -> String {
        "\(newMentions) new mention\(newMentions == 1 ? "" : "s") stored"
            + (alertsHeldBack == 0 ? "" : "; \(alertsHeldBack) alert\(alertsHeldBack == 1 ? "" : "s") held back (a source's first poll, or published "
               + "longer ago than alerts.maxAgeHours)") + "\n"
    }

    /// The `--timings` line: the wall time in its parts and the CPU seconds of each stage (see `PollReport.timings`);
    /// `opening` is the time spent loading the config and opening the database before the poll.
    public static func timings(_ timings: [String: Double], opening: Double) -> String {
        func seconds(_ value: Double?) -> String { String(format: "%.3f s", value ?? 0) }
        func seconds(_ stage: String) -> String { seconds(timings[stage]) }
        let stages = ["fetch", "parse", "match and score", "store"]
        return "timings: wall \(seconds(opening + (timings["total"] ?? 0))) (open \(seconds(opening)), setup \(seconds("setup")), "
            + "transfers and stages \(seconds("transfers")), wrap-up \(seconds("wrap-up"))), "
            + "cpu \(seconds("cpu")) (" + stages.map { "\($0) \(seconds($0))" }.joined(separator: ", ") + ")"
    }
}
