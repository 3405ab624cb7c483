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

    /// One sentence a manager can read in five seconds: did the team keep its promise, and what changed.
    public var verdict: String {
        let current = report.current
        let scope = report.brand.map { " about \($0)" } ?? ""
        if current.counts.total == 0 {
            let broken = report.sourceProblems.isEmpty ? "" : ", and some sources are not working: see source health"
            return "No mentions\(scope) this \(periodWord)\(broken)."
        }
        var sentence: String
        let needed = current.response.negatives - current.response.ignored
        if needed == 0 {
            sentence = "A calm \(periodWord): \(count(current.counts.total, "mention"))\(scope), none negative that needed an answer"
        } else {
            let level = current.response.serviceLevel ?? 0
            let share = percent(level)
            let promise = "answered within \(hoursText(report.slaHours))"
            switch level {
            case 0.9...: sentence = "Promise kept: \(share) of \(count(needed, "negative mention"))\(scope) \(promise)"
            case 0.7..<0.9: sentence = "Promise mostly kept: \(share) of \(count(needed, "negative mention"))\(scope) \(promise)"
            default: sentence = "Promise broken: only \(share) of \(count(needed, "negative mention"))\(scope) \(promise)"
            }
        }
        let now = current.counts.negative
        let before = report.previous.counts.negative
        if before > 0, now != before, abs(Double(now - before)) / Double(before) >= 0.2 {
            sentence += "; negative mentions \(now > before ? "up" : "down") \(percent(abs(Double(now - before)) / Double(before))) on the \(periodWord) before (\(before) → \(now))"
        } else if before == 0, now > 0, report.previous.counts.total > 0 {
            sentence += "; \(count(now, "negative mention")) after none the \(periodWord) before"
        }
        if report.overdueNegatives > 0 {
            sentence += "; \(count(report.overdueNegatives, "open complaint")) \(report.overdueNegatives == 1 ? "is" : "are") overdue now"
        }
        return sentence + "."
    }

    var periodWord: String { report.period.name.contains("-W") ? "week" : "period" }

    // MARK: text

    /// For the terminal.
    func text() -> String {
        var out = "\(title)\n\(TerminalText.safeLine(verdict))\n\n"
        out += table(["", "this \(periodWord)", "\(periodWord) before", "change"], figureRows().map { [$0.name, $0.now, $0.before, $0.change] },
                     rightAligned: [1, 2, 3])
        out += "\n\(openLine)\n\n"
        out += "Per day\n"
        out += table(["day", "negative", "neutral", "positive", "total"],
                     report.days.map { [Self.weekdayName($0.day) + " " + $0.day, "\($0.counts.negative)", "\($0.counts.neutral)", "\($0.counts.positive)", "\($0.counts.total)"] },
                     rightAligned: [1, 2, 3, 4])
        out += "\nBrands\n"
        out += brandsTable()
        out += "\nTop sources by negative mentions\n"
        out += report.topSources.isEmpty ? "  No negative mentions this \(periodWord).\n"
            : table(["source", "negative", "before", "all mentions"],
                    report.topSources.map { [TerminalText.safeLine($0.name), "\($0.counts.negative)", "\($0.previousCounts.negative)", "\($0.counts.total)"] },
                    rightAligned: [1, 2, 3])
        out += "\nTop unanswered negative mentions\n"
        if report.topOpen.isEmpty {
            out += "  None: every negative mention of this \(periodWord) has been dealt with.\n"
        } else {
            for mention in report.topOpen {
                out += "  #\(mention.id)  reach \(InboxRenderer.reach(mention.reach))  \(TerminalText.safeLine(mention.brand))  \(TerminalText.safeLine(mention.source))\n"
                out += "      \(TerminalText.truncate(TerminalText.safeLine(Self.headline(mention)), to: 90))\n"
                if let url = mention.url { out += "      \(TerminalText.safeLine(url))\n" }
            }
        }
        out += "\nWhat drives negative sentiment\n"
        out += report.negativeDrivers.isEmpty ? "  Nothing: no negative mentions this \(periodWord).\n"
            : table(["word or signal", "mentions", "before"],
                    report.negativeDrivers.map { [TerminalText.safeLine($0.term), "\($0.mentions)", "\($0.previousMentions)"] }, rightAligned: [1, 2])
        out += "\nSource health\n"
        out += report.sourceProblems.isEmpty ? "  Every source worked.\n"
            : report.sourceProblems.map { "  \(TerminalText.safeLine($0.source)): \(TerminalText.safeLine($0.problem))\n" }.joined()
        return out
    }

    var title: String {
        let scope = report.brand.map { TerminalText.safeLine($0) } ?? "all brands"
        return "Webcare report \(report.period.name) (\(periodRange(report.period)), Europe/Amsterdam): \(scope)"
    }

    var openLine: String {
        if report.openNegatives == 0 { return "Open negative mentions now: none." }
        return "Open negative mentions now: \(report.openNegatives), of which \(report.overdueNegatives) overdue."
    }

    private func brandsTable() -> String {
        guard !report.brands.isEmpty else { return "  No brands configured.\n" }
        return table(["brand", "mentions", "negative", "positive", "index", "negative before"],
                     report.brands.map { line in
                         [TerminalText.safeLine(line.name), "\(line.counts.total)", "\(line.counts.negative)", "\(line.counts.positive)",
                          line.counts.sentimentIndex.map(percent) ?? "–", "\(line.previousCounts.negative)"]
                     }, rightAligned: [1, 2, 3, 4, 5])
    }

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

    private func shareRow(_ key: String, _ name: String, _ now: Double?, _ before: Double?) -> FigureRow {
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

    private func countChange(_ now: Int, _ before: Int) -> String {
        if now == before { return "same" }
        guard before > 0 else { return "new" }
        return String(format: "%+.0f%%", (Double(now - before) / Double(before) * 100).rounded())
    }

    // MARK: Markdown

    /// For pasting.
    func markdown() -> String {
        var out = "# \(markdownEscape(title))\n\n**\(markdownEscape(verdict))**\n\n"
        out += markdownTable(["", "this \(periodWord)", "\(periodWord) before", "change"], figureRows().map { [$0.name.trimmingCharacters(in: .whitespaces), $0.now, $0.before, $0.change] })
        out += "\n\(openLine)\n\n## Per day\n\n"
        out += markdownTable(["day", "negative", "neutral", "positive", "total"],
                             report.days.map { [Self.weekdayName($0.day) + " " + $0.day, "\($0.counts.negative)", "\($0.counts.neutral)", "\($0.counts.positive)", "\($0.counts.total)"] })
        out += "\n## Brands\n\n"
        out += report.brands.isEmpty ? "No brands configured.\n"
            : markdownTable(["brand", "mentions", "negative", "positive", "index", "negative before"],
                            report.brands.map { [markdownEscape($0.name), "\($0.counts.total)", "\($0.counts.negative)", "\($0.counts.positive)",
                                                 $0.counts.sentimentIndex.map(percent) ?? "–", "\($0.previousCounts.negative)"] })
        out += "\n## Top sources by negative mentions\n\n"
        out += report.topSources.isEmpty ? "No negative mentions this \(periodWord).\n"
            : markdownTable(["source", "negative", "before", "all mentions"],
                            report.topSources.map { [markdownEscape($0.name), "\($0.counts.negative)", "\($0.previousCounts.negative)", "\($0.counts.total)"] })
        out += "\n## Top unanswered negative mentions\n\n"
        if report.topOpen.isEmpty {
            out += "None: every negative mention of this \(periodWord) has been dealt with.\n"
        } else {
            out += markdownTable(["id", "reach", "brand", "source", "mention"], report.topOpen.map { mention in
                let headline = markdownEscape(TerminalText.truncate(Self.headline(mention), to: 90))
                let link = mention.url.flatMap(Self.safeURL).map { "[\(headline)](\($0))" } ?? headline
                return ["\(mention.id)", InboxRenderer.reach(mention.reach), markdownEscape(mention.brand), markdownEscape(mention.source), link]
            })
        }
        out += "\n## What drives negative sentiment\n\n"
        out += report.negativeDrivers.isEmpty ? "Nothing: no negative mentions this \(periodWord).\n"
            : markdownTable(["word or signal", "mentions", "before"],
                            report.negativeDrivers.map { [markdownEscape($0.term), "\($0.mentions)", "\($0.previousMentions)"] })
        out += "\n## Source health\n\n"
        out += report.sourceProblems.isEmpty ? "Every source worked.\n"
            : report.sourceProblems.map { "- **\(markdownEscape($0.source))**: \(markdownEscape($0.problem))\n" }.joined()
        return out
    }

    private func markdownTable(_ headers: [String], _ rows: [[String]]) -> String {
        var out = "| " + headers.joined(separator: " | ") + " |\n"
        out += "|" + headers.enumerated().map { $0.offset == 0 ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Web text made inert in Markdown: control characters stripped, markup characters escaped.
    func markdownEscape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.safeLine(text) {
            if "\\`*_[]<>|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    // MARK: CSV

    /// The daily figures, one row per day, with a header.
    func csv() -> String {
        var out = "day,negative,neutral,positive,total\r\n"
        for day in report.days {
            out += "\(day.day),\(day.counts.negative),\(day.counts.neutral),\(day.counts.positive),\(day.counts.total)\r\n"
        }
        return out
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

    private func table(_ headers: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
        TerminalText.alignedColumns([headers] + rows, rightAligned: rightAligned).map { line in
            var line = "  " + line
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
