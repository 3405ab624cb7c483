import Foundation
import WebcareCore

/// The report for the terminal, for pasting (Markdown), and the daily figures for a spreadsheet (CSV).
extension ReportRenderer {
    // MARK: text

    /// For the terminal.
    func text() -> String {
        var out = "\(title)\n\(TerminalText.safeLine(verdict))\n\n"
        out += table(["", "this \(periodWord)", "\(periodWord) before", "change"], figureRows().map { [$0.name, $0.now, $0.before, $0.change] },
                     rightAligned: [1, 2, 3])
        out += "\n\(openLine)\n\n"
        out += "Trend over \(report.trend.count) weeks\n" + textTable(trendTable)
        out += "\n\(ReportDayAxis.isWeekly(report.days) ? "Per week" : "Per day")\n" + textTable(daysTable)
        out += "\nBrands\n"
        out += report.brands.isEmpty ? "  No brands configured.\n" : textTable(brandsTable)
        out += "\nTop sources by negative mentions\n"
        out += report.topSources.isEmpty ? "  No negative mentions this \(periodWord).\n" : textTable(topSourcesTable)
        out += "\nTop unanswered negative mentions\n"
        out += report.topOpen.isEmpty ? "  None: every negative mention of this \(periodWord) has been dealt with.\n"
            : textTable(topOpenTable(headline: 60)) + "  (webcare show ID gives a mention's text and link)\n"
        out += "\nWhat negative mentions were about\n"
        out += report.negativeThemes.isEmpty ? "  Nothing: no negative mentions this \(periodWord).\n" : textTable(themesTable)
        if hasReplyFigures { out += "\nHow the team answered\n" + textTable(repliesTable) }
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

    private func textTable(_ table: ReportTable) -> String {
        let figures = Set(table.headers.indices).subtracting(table.textColumns)
        return self.table(table.headers, table.rows.map { $0.map(TerminalText.safeLine) }, rightAligned: figures)
    }

    // MARK: Markdown

    /// For pasting.
    func markdown() -> String {
        var out = "# \(markdownEscape(title))\n\n**\(markdownEscape(verdict))**\n\n"
        out += markdownTable(ReportTable(headers: ["", "this \(periodWord)", "\(periodWord) before", "change"],
                                         rows: figureRows().map { [$0.name.trimmingCharacters(in: .whitespaces), $0.now, $0.before, $0.change] }))
        out += "\n\(openLine)\n\n## Trend over \(report.trend.count) weeks\n\n" + markdownTable(trendTable)
        out += "\n## \(ReportDayAxis.isWeekly(report.days) ? "Per week" : "Per day")\n\n" + markdownTable(daysTable)
        out += "\n## Brands\n\n"
        out += report.brands.isEmpty ? "No brands configured.\n" : markdownTable(brandsTable)
        out += "\n## Top sources by negative mentions\n\n"
        out += report.topSources.isEmpty ? "No negative mentions this \(periodWord).\n" : markdownTable(topSourcesTable)
        out += "\n## Top unanswered negative mentions\n\n"
        if report.topOpen.isEmpty {
            out += "None: every negative mention of this \(periodWord) has been dealt with.\n"
        } else {
            var table = topOpenTable(headline: 90)
            table.rows = zip(table.rows, report.topOpen).map { row, mention in
                var row = row.map(markdownEscape)
                if let url = mention.url.flatMap(Self.safeURL) { row[row.count - 1] = "[\(row[row.count - 1])](\(url))" }
                return row
            }
            out += markdownTable(table, escaped: true)
        }
        out += "\n## What negative mentions were about\n\n"
        out += report.negativeThemes.isEmpty ? "Nothing: no negative mentions this \(periodWord).\n" : markdownTable(themesTable)
        if hasReplyFigures { out += "\n## How the team answered\n\n" + markdownTable(repliesTable) }
        out += "\n## Source health\n\n"
        out += report.sourceProblems.isEmpty ? "Every source worked.\n"
            : report.sourceProblems.map { "- **\(markdownEscape($0.source))**: \(markdownEscape($0.problem))\n" }.joined()
        return out
    }

    private func markdownTable(_ table: ReportTable, escaped: Bool = false) -> String {
        var out = "| " + table.headers.joined(separator: " | ") + " |\n"
        out += "|" + table.headers.indices.map { table.textColumns.contains($0) ? " --- |" : " ---: |" }.joined() + "\n"
        for row in table.rows { out += "| " + (escaped ? row : row.map(markdownEscape)).joined(separator: " | ") + " |\n" }
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

    /// The daily figures, one row per day (every day, however long the period), with a header.
    func csv() -> String {
        var out = "day,negative,neutral,positive,total\r\n"
        for day in report.days {
            out += "\(day.day),\(day.counts.negative),\(day.counts.neutral),\(day.counts.positive),\(day.counts.total)\r\n"
        }
        return out
    }
}
