import Foundation
import WebcareCore

/// The formats the weekly report comes in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For the terminal.
    case text
    /// For pasting into a wiki, ticket or chat.
    case markdown
    /// One self-contained page (inline CSS and SVG, no scripts) for the screen and for A4.
    case html
    /// The daily figures, for a spreadsheet.
    case csv
    /// Every figure, for other tools.
    case json

    /// The format a file's extension asks for (.html, .htm, .md, .markdown, .csv, .json, .txt); nil for another.
    public init?(forFile path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        case "txt": self = .text
        default: return nil
        }
    }
}

/// Turns a weekly report into text, Markdown, HTML, CSV or JSON. Web text (titles, URLs, source names) is
/// made safe for where it goes: control and escape characters stripped, HTML escaped.
public struct ReportRenderer: Sendable {
    /// The report.
    public var report: WeeklyReport

    /// Makes a renderer for one report.
    public init(_ report: WeeklyReport) { self.report = report }

    /// The report in a format, ending in a newline.
    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .html: ReportHTML(report: report, renderer: self).page()
        case .csv: csv()
        case .json: json()
        }
    }

    // MARK: the verdict

    /// Two sentences a manager can read in five seconds: whether this period's promise was kept (and what
    /// changed), then what is still open from before it, the backlog, kept apart so old complaints never blur
    /// this period's figure.
    public var verdict: String {
        let current = report.current
        let scope = report.brand.map { " about \($0)" } ?? ""
        var sentence: String
        let needed = current.response.negatives - current.response.ignored
        if current.counts.total == 0 {
            let broken = report.sourceProblems.isEmpty ? "" : ", and some sources are not working: see source health"
            sentence = "No mentions\(scope) this \(periodWord)\(broken)"
        } else if needed == 0 {
            sentence = "A calm \(periodWord): \(count(current.counts.total, "mention"))\(scope), none negative that needed an answer"
        } else {
            let level = current.response.serviceLevel ?? 0
            let figure = "\(percent(level)) of \(count(needed, "complaint"))\(scope) answered within \(hoursText(report.slaHours))"
            switch level {
            case 0.9...: sentence = "Promise kept this \(periodWord) (\(figure))"
            case 0.7..<0.9: sentence = "Promise mostly kept this \(periodWord) (\(figure))"
            default: sentence = "Promise broken this \(periodWord): only \(figure)"
            }
            let stillOpen = needed - current.response.answered
            if stillOpen > 0 { sentence += "; \(stillOpen) still open" }
        }
        let now = current.counts.negative
        let before = report.previous.counts.negative
        if before > 0, now != before, abs(Double(now - before)) / Double(before) >= 0.2 {
            sentence += "; negative mentions \(now > before ? "up" : "down") \(percent(abs(Double(now - before)) / Double(before))) on the \(periodWord) before (\(before) → \(now))"
        } else if before == 0, now > 0, report.previous.counts.total > 0 {
            sentence += "; \(count(now, "negative mention")) after none the \(periodWord) before"
        }
        return sentence + ". " + backlogSentence
    }

    /// "Still open from earlier weeks: 15 complaints, all overdue.", or that nothing is.
    var backlogSentence: String {
        let earlier = periodWord == "week" ? "earlier weeks" : "before this period"
        let open = report.openFromEarlier, overdue = report.overdueFromEarlier
        guard open > 0 else { return "Nothing open from \(earlier)." }
        let late = overdue == open ? (open == 1 ? "overdue" : "all overdue") : overdue == 0 ? "none overdue yet" : "\(overdue) overdue"
        return "Still open from \(earlier): \(count(open, "complaint")), \(late)."
    }

    var periodWord: String { report.period.name.contains("-W") ? "week" : "period" }

    // MARK: the figures table

    /// One figure, this period and the one before.
    struct FigureRow {
        var key: String
        var name: String
        var now: String
        var before: String
        var change: String
    }

    func figureRows() -> [FigureRow] {
        let now = report.current, before = report.previous
        let sla = hoursText(report.slaHours) + (report.usesBusinessHours ? " (business hours)" : "")
        return [
            FigureRow(key: "mentions", name: "Mentions", now: "\(now.counts.total)", before: "\(before.counts.total)",
                      change: countChange(now.counts.total, before.counts.total)),
            FigureRow(key: "negative", name: "  negative", now: "\(now.counts.negative)", before: "\(before.counts.negative)",
                      change: countChange(now.counts.negative, before.counts.negative)),
            FigureRow(key: "neutral", name: "  neutral", now: "\(now.counts.neutral)", before: "\(before.counts.neutral)",
                      change: countChange(now.counts.neutral, before.counts.neutral)),
            FigureRow(key: "positive", name: "  positive", now: "\(now.counts.positive)", before: "\(before.counts.positive)",
                      change: countChange(now.counts.positive, before.counts.positive)),
            shareRow("sentimentIndex", "Sentiment index (pos ÷ (pos + neg))", now.counts.sentimentIndex, before.counts.sentimentIndex),
            shareRow("responseRate", "Response rate on negative", now.response.responseRate, before.response.responseRate),
            hoursRow("medianResponse", "First response, median", now.response.medianHours, before.response.medianHours),
            hoursRow("p90Response", "First response, 90th percentile", now.response.p90Hours, before.response.p90Hours),
            shareRow("serviceLevel", "Answered within \(sla)", now.response.serviceLevel, before.response.serviceLevel),
        ]
    }

    func shareRow(_ key: String, _ name: String, _ now: Double?, _ before: Double?) -> FigureRow {
        let change: String
        if let now, let before {
            let points = Int(saturating: ((now - before) * 100).rounded())
            change = points == 0 ? "same" : (points > 0 ? "+" : "") + "\(points) pt"
        } else {
            change = "–"
        }
        return FigureRow(key: key, name: name, now: now.map(percent) ?? "–", before: before.map(percent) ?? "–", change: change)
    }

    private func hoursRow(_ key: String, _ name: String, _ now: Double?, _ before: Double?) -> FigureRow {
        var change = "–"
        if let now, let before {
            let difference = now - before
            change = abs(difference) < 0.05 ? "same" : (difference > 0 ? "+" : "−") + hoursText(abs(difference))
        }
        return FigureRow(key: key, name: name, now: now.map(hoursText) ?? "–", before: before.map(hoursText) ?? "–", change: change)
    }

    func countChange(_ now: Int, _ before: Int) -> String {
        if now == before { return "same" }
        guard before > 0 else { return "new" }
        return String(format: "%+.0f%%", (Double(now - before) / Double(before) * 100).rounded())
    }

    // MARK: JSON

    /// Every figure, with nulls where a figure has no value (no answers, no mentions).
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(ReportJSON(report, verdict: verdict))) ?? Data("{}".utf8)
        return TerminalText.jsonSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }

    // MARK: helpers

    func percent(_ share: Double) -> String { "\(Int(saturating: (share * 100).rounded()))%" }

    /// "35 min", "2.5 h", "24 h", "3.2 days".
    func hoursText(_ hours: Double) -> String {
        if hours < 1 { return "\(Int(saturating: (hours * 60).rounded())) min" }
        if hours < 72 {
            let rounded = (hours * 10).rounded() / 10
            return rounded == rounded.rounded() ? "\(Int(rounded)) h" : String(format: "%.1f h", rounded)
        }
        return String(format: "%.1f days", hours / 24)
    }

    func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

    func periodRange(_ period: ReportPeriod) -> String {
        let first = period.dayStarts.first.map(ReportPeriod.dayName) ?? ReportPeriod.dayName(period.start)
        let last = period.dayStarts.last.map(ReportPeriod.dayName) ?? first
        return "\(Self.weekdayName(first)) \(first) – \(Self.weekdayName(last)) \(last)"
    }

    /// "Mon" for "2026-11-23".
    static func weekdayName(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return "" }
        return ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][calendar.component(.weekday, from: date) - 1]
    }

    /// The title of a mention, or the start of its text when it has none.
    static func headline(_ mention: Mention) -> String {
        if let title = mention.title, !title.isEmpty { return title }
        return mention.text
    }

    /// The URL when it is http or https (anything else is not made a link), safe inside a Markdown link and table.
    static func safeURL(_ url: String) -> String? {
        guard URLScheme.isWeb(url) else { return nil }
        // A "|" would end a Markdown table's cell, a ")" the link, a space the URL: all percent-encoded.
        return TerminalText.safeLine(url).replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ")", with: "%29")
            .replacingOccurrences(of: "|", with: "%7C")
    }

    func table(_ headers: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
        TerminalText.alignedColumns([headers] + rows, rightAligned: rightAligned).map { line in
            var line = "  " + line
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
