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
        body += section("Mentions per day", dailyChart() + dailyTable())
        body += section("First response times", responseChart())
        body += section("Brands", brandsTable())
        body += section("Top sources by negative mentions", topSourcesTable())
        body += section("Top unanswered negative mentions", topOpenTable())
        body += section("What drives negative sentiment", driversTable())
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
        @media print { body { max-width: none; margin: 0; padding: 0; font-size: 11pt; } a { color: inherit; } }
        """

    private func section(_ heading: String, _ content: String) -> String {
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

    private func dailyTable() -> String {
        var out = "<table>\n<tr><th>day</th><th>negative</th><th>neutral</th><th>positive</th><th>total</th></tr>\n"
        for day in report.days {
            out += "<tr><td>\(ReportRenderer.weekdayName(day.day)) \(day.day)</td><td>\(day.counts.negative)</td><td>\(day.counts.neutral)</td><td>\(day.counts.positive)</td><td>\(day.counts.total)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// Stacked bars: each day's negative, neutral and positive mentions.
    private func dailyChart() -> String {
        let highest = report.days.map(\.counts.total).max() ?? 0
        guard highest > 0 else { return "<p class=\"note\">No mentions this \(renderer.periodWord), so there is nothing to chart.</p>\n" }
        let width = 640.0, height = 220.0, left = 36.0, bottom = 28.0, top = 16.0
        let slot = (width - left - 8) / Double(max(1, report.days.count))
        let barWidth = min(56, slot * 0.62)
        let scale = (height - bottom - top) / Double(niceCeiling(highest))
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Mentions per day by sentiment\">\n"
        svg += axis(maximum: niceCeiling(highest), left: left, width: width, height: height, bottom: bottom, top: top)
        for (index, day) in report.days.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var y = height - bottom
            for (value, color, name) in [(day.counts.negative, Self.colors.negative, "negative"),
                                         (day.counts.neutral, Self.colors.neutral, "neutral"),
                                         (day.counts.positive, Self.colors.positive, "positive")] where value > 0 {
                let barHeight = Double(value) * scale
                y -= barHeight
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(barWidth))\" height=\"\(f(barHeight))\" fill=\"\(color)\"><title>\(day.day): \(value) \(name)</title></rect>\n"
            }
            if day.counts.total > 0 {
                svg += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(y - 4))\" text-anchor=\"middle\">\(day.counts.total)</text>\n"
            }
            svg += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(ReportRenderer.weekdayName(day.day)) \(day.day.suffix(2))</text>\n"
        }
        svg += "</svg>\n"
        let legend = "<p class=\"legend\"><span><i style=\"background:\(Self.colors.negative)\"></i>negative</span>"
            + "<span><i style=\"background:\(Self.colors.neutral)\"></i>neutral</span>"
            + "<span><i style=\"background:\(Self.colors.positive)\"></i>positive</span></p>\n"
        return svg + legend
    }

    /// How long the first answers to negative mentions took, in bands, this period beside the one before.
    private func responseChart() -> String {
        let bands: [(name: String, upTo: Double)] = [("< 1 h", 1), ("1–4 h", 4), ("4–8 h", 8), ("8–24 h", 24), ("24–48 h", 48), ("> 48 h", .infinity)]
        func counts(_ hours: [Double]) -> [Int] {
            var counts = Array(repeating: 0, count: bands.count)
            for value in hours { counts[bands.firstIndex { value < $0.upTo } ?? bands.count - 1] += 1 }
            return counts
        }
        let now = counts(report.current.response.responseHours)
        let before = counts(report.previous.response.responseHours)
        let highest = max(now.max() ?? 0, before.max() ?? 0)
        guard report.current.response.answered > 0 else {
            let why = report.current.response.negatives == 0 ? "there were no negative mentions to answer"
                : "none of its negative mentions has been answered"
            return "<p class=\"note\">No response times this \(renderer.periodWord): \(why).</p>\n"
        }
        let width = 640.0, height = 200.0, left = 36.0, bottom = 28.0, top = 16.0
        let slot = (width - left - 8) / Double(bands.count)
        let barWidth = min(34, slot * 0.36)
        let scale = (height - bottom - top) / Double(niceCeiling(highest))
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"First response times\">\n"
        svg += axis(maximum: niceCeiling(highest), left: left, width: width, height: height, bottom: bottom, top: top)
        for (index, band) in bands.enumerated() {
            let center = left + slot * Double(index) + slot / 2
            for (value, offset, color, which) in [(before[index], -barWidth, "#c5ced6", "before"), (now[index], 0.0, "#34495e", "this \(renderer.periodWord)")] where value > 0 {
                let barHeight = Double(value) * scale
                svg += "<rect x=\"\(f(center + offset))\" y=\"\(f(height - bottom - barHeight))\" width=\"\(f(barWidth))\" height=\"\(f(barHeight))\" fill=\"\(color)\"><title>\(band.name), \(which): \(value)</title></rect>\n"
            }
            svg += "<text x=\"\(f(center))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(band.name)</text>\n"
        }
        svg += "</svg>\n"
        let legend = "<p class=\"legend\"><span><i style=\"background:#34495e\"></i>this \(renderer.periodWord)</span>"
            + "<span><i style=\"background:#c5ced6\"></i>\(renderer.periodWord) before</span></p>\n"
        let summary = "<p>Median \(report.current.response.medianHours.map(renderer.hoursText) ?? "–"), 90th percentile "
            + "\(report.current.response.p90Hours.map(renderer.hoursText) ?? "–") over \(renderer.count(report.current.response.answered, "answered negative mention")).</p>\n"
        return svg + legend + summary
    }

    private func axis(maximum: Int, left: Double, width: Double, height: Double, bottom: Double, top: Double) -> String {
        var svg = ""
        let steps = 4
        for step in 0...steps {
            let value = maximum * step / steps
            let y = height - bottom - (height - bottom - top) * Double(step) / Double(steps)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 8))\" y2=\"\(f(y))\" stroke=\"#e3e7ea\"/>\n"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(value)</text>\n"
        }
        return svg
    }

    /// The smallest of 4, 8, 20, 40, 80, 200… (a multiple of four that reads well) at or above `value`.
    private func niceCeiling(_ value: Int) -> Int {
        var unit = 1
        while true {
            for step in [4, 8, 20] where step * unit >= value { return step * unit }
            unit *= 10
        }
    }

    private func brandsTable() -> String {
        guard !report.brands.isEmpty else { return "<p class=\"note\">No brands configured.</p>\n" }
        var out = "<table>\n<tr><th>brand</th><th>mentions</th><th>negative</th><th>positive</th><th>index</th><th>negative before</th></tr>\n"
        for line in report.brands {
            out += "<tr><td>\(escape(line.name))</td><td>\(line.counts.total)</td><td>\(line.counts.negative)</td><td>\(line.counts.positive)</td>"
                + "<td>\(line.counts.sentimentIndex.map(renderer.percent) ?? "–")</td><td>\(line.previousCounts.negative)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func topSourcesTable() -> String {
        guard !report.topSources.isEmpty else { return "<p class=\"note\">No negative mentions this \(renderer.periodWord).</p>\n" }
        var out = "<table>\n<tr><th>source</th><th>negative</th><th>before</th><th>all mentions</th></tr>\n"
        for line in report.topSources {
            out += "<tr><td>\(escape(line.name))</td><td>\(line.counts.negative)</td><td>\(line.previousCounts.negative)</td><td>\(line.counts.total)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func topOpenTable() -> String {
        guard !report.topOpen.isEmpty else {
            return "<p class=\"note\">None: every negative mention of this \(renderer.periodWord) has been dealt with.</p>\n"
        }
        var out = "<table>\n<tr><th>id</th><th>reach</th><th class=\"text\">brand</th><th class=\"text\">source</th><th class=\"text\">mention</th></tr>\n"
        for mention in report.topOpen {
            let headline = escape(TerminalText.truncate(ReportRenderer.headline(mention), to: 120))
            let cell = mention.url.flatMap(ReportRenderer.safeURL).map { "<a href=\"\(escape($0))\">\(headline)</a>" } ?? headline
            out += "<tr><td>\(mention.id)</td><td>\(InboxRenderer.reach(mention.reach))</td><td class=\"text\">\(escape(mention.brand))</td>"
                + "<td class=\"text\">\(escape(mention.source))</td><td class=\"text\">\(cell)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func driversTable() -> String {
        guard !report.negativeDrivers.isEmpty else { return "<p class=\"note\">Nothing: no negative mentions this \(renderer.periodWord).</p>\n" }
        var out = "<table>\n<tr><th>word or signal</th><th>mentions</th><th>before</th></tr>\n"
        for driver in report.negativeDrivers {
            let trend = driver.mentions > driver.previousMentions ? " class=\"up\"" : ""
            out += "<tr><td>\(escape(driver.term))</td><td\(trend)>\(driver.mentions)</td><td>\(driver.previousMentions)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func sourceHealth() -> String {
        guard !report.sourceProblems.isEmpty else { return "<p>Every source worked.</p>\n" }
        return "<ul>\n" + report.sourceProblems.map { "<li><strong>\(escape($0.source))</strong>: \(escape($0.problem))</li>\n" }.joined() + "</ul>\n"
    }

    /// Web text made inert in HTML: control characters stripped, markup escaped.
    private func escape(_ text: String) -> String {
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

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: date)
    }
}
