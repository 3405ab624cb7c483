import Foundation
import WebcareCore

/// The weekly report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no external
/// assets. Reads on screen and prints on A4.
struct ReportHTML {
    var report: WeeklyReport
    var renderer: ReportRenderer

    static let colors = (negative: "#c0392b", neutral: "#9aa5ad", positive: "#2e8b57")

    func page() -> String {
        var body = "<header><h1>\(escape(renderer.title))</h1>\n<p class=\"verdict\">\(escape(renderer.verdict))</p></header>\n"
        body += section("Key figures", figuresTable() + "<p>\(escape(renderer.openLine))</p>\n")
        body += section("Trend over \(report.trend.count) weeks", trendCharts())
        let perWeek = ReportDayAxis.isWeekly(report.days)
        body += section(perWeek ? "Mentions per week" : "Mentions per day", dailyChart() + table(renderer.daysTable))
        body += section("First response times", responseChart())
        body += section("Brands", report.brands.isEmpty ? "<p class=\"note\">No brands configured.</p>\n" : brandChart() + table(renderer.brandsTable))
        body += section("Top sources by negative mentions", report.topSources.isEmpty
            ? "<p class=\"note\">No negative mentions this \(renderer.periodWord).</p>\n" : table(renderer.topSourcesTable))
        body += section("Top unanswered negative mentions", topOpenTable())
        body += section("What negative mentions were about", report.negativeThemes.isEmpty
            ? "<p class=\"note\">Nothing: no negative mentions this \(renderer.periodWord).</p>\n" : table(renderer.themesTable))
        if renderer.hasReplyFigures { body += section("How the team answered", table(renderer.repliesTable)) }
        body += section("Source health", sourceHealth())
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(renderer.title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            \(body)<footer>Made by webcare \(WebcareVersion.current) on \(Self.timestamp(report.generatedAt)) UTC.</footer>
            </body>
            </html>

            """
    }

    static let style = """
        @page { size: A4; margin: 14mm; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
               color: #1d2329; background: #fff; max-width: 820px; margin: 24px auto; padding: 0 16px; }
        h1 { font-size: 20px; margin: 0 0 6px; }
        h2 { font-size: 16px; margin: 22px 0 8px; border-bottom: 1px solid #d8dde1; padding-bottom: 3px; }
        .verdict { font-size: 16px; font-weight: 600; background: #f3f5f7; border-left: 4px solid #34495e; padding: 8px 12px; margin: 8px 0 0; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { text-align: right; padding: 3px 8px; border-bottom: 1px solid #eceff1; vertical-align: top; }
        th:first-child, td:first-child, td.text, th.text { text-align: left; }
        th { font-weight: 600; color: #4a5560; }
        td.text { word-break: break-word; }
        .up { color: #b03a2e; } .down { color: #2e7d4f; }
        .note { color: #5d6a75; font-style: italic; }
        svg { display: block; width: 100%; height: auto; margin: 4px 0 8px; }
        svg text { font: 11px system-ui, sans-serif; fill: #4a5560; }
        .legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
        .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
        a { color: #1f5f99; }
        footer { margin-top: 28px; font-size: 11px; color: #7b8791; }
        section { break-inside: avoid; page-break-inside: avoid; }
        h3 { font-size: 12px; font-weight: 600; margin: 0; color: #4a5560; }
        h3 b { color: #1d2329; }
        .multiples { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px 18px; }
        .multiples svg { margin: 2px 0 0; }
        tr.before td { color: #6b7780; border-bottom-color: #d8dde1; }
        table.brands td:nth-child(2) { white-space: nowrap; }
        table.brands th, table.brands td { padding: 3px 5px; }
        @media print { body { max-width: none; margin: 0; padding: 0; font-size: 11pt; } a { color: inherit; } }
        """

    func section(_ heading: String, _ content: String) -> String {
        "<section>\n<h2>\(escape(heading))</h2>\n\(content)</section>\n"
    }

    private func figuresTable() -> String {
        var out = "<table>\n<tr><th></th><th>this \(renderer.periodWord)</th><th>\(renderer.periodWord) before</th><th>change</th></tr>\n"
        for row in renderer.figureRows() {
            let name = row.name.hasPrefix("  ") ? "&nbsp;&nbsp;&nbsp;" + escape(row.name.trimmingCharacters(in: .whitespaces)) : escape(row.name)
            out += "<tr><td>\(name)</td><td>\(escape(row.now))</td><td>\(escape(row.before))</td><td>\(escape(row.change))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// A table of plain cells, escaped; a brand table's second row of each brand (the period before) in grey.
    private func table(_ table: ReportTable) -> String {
        let isBrands = table.headers.count > 1 && table.headers[1].isEmpty
        var out = (isBrands ? "<table class=\"brands\">\n<tr>" : "<table>\n<tr>") + table.headers.enumerated().map { index, header in
            table.textColumns.contains(index) && index > 0 ? "<th class=\"text\">\(escape(header))</th>" : "<th>\(escape(header))</th>"
        }.joined() + "</tr>\n"
        for (index, row) in table.rows.enumerated() {
            out += isBrands && index % 2 == 1 ? "<tr class=\"before\">" : "<tr>"
            out += row.enumerated().map { column, cell in
                table.textColumns.contains(column) && column > 0 ? "<td class=\"text\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</table>\n"
    }

    /// The unanswered negative mentions by rank, their headlines linked when the link is http(s).
    private func topOpenTable() -> String {
        guard !report.topOpen.isEmpty else {
            return "<p class=\"note\">None: every negative mention of this \(renderer.periodWord) has been dealt with.</p>\n"
        }
        let table = renderer.topOpenTable(headline: 120)
        var out = "<table>\n<tr>" + table.headers.enumerated().map { index, header in
            table.textColumns.contains(index) ? "<th class=\"text\">\(header)</th>" : "<th>\(header)</th>"
        }.joined() + "</tr>\n"
        for (row, mention) in zip(table.rows, report.topOpen) {
            let headline = escape(row[5])
            let cell = mention.url.flatMap(ReportRenderer.safeURL).map { "<a href=\"\(escape($0))\">\(headline)</a>" } ?? headline
            out += "<tr><td>\(row[0])</td><td>\(row[1])</td><td>\(row[2])</td><td class=\"text\">\(escape(row[3]))</td>"
                + "<td class=\"text\">\(escape(row[4]))</td><td class=\"text\">\(cell)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func sourceHealth() -> String {
        guard !report.sourceProblems.isEmpty else { return "<p>Every source worked.</p>\n" }
        return "<ul>\n" + report.sourceProblems.map { "<li><strong>\(escape($0.source))</strong>: \(escape($0.problem))</li>\n" }.joined() + "</ul>\n"
    }

    /// Web text made inert in HTML: control characters stripped, markup escaped.
    func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.safeLine(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    func f(_ value: Double) -> String { String(format: "%.1f", value) }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: date)
    }
}
