import Foundation
import WebcareCore

/// The report's inline SVG charts: mentions per day (or week), first-response times, the trend as small
/// multiples, and the brands side by side. Drawn in a 640-unit-wide box that scales to the page.
extension ReportHTML {
    static let chartWidth = 640.0

    /// Stacked bars: each day's (or week's) negative, neutral and positive mentions, with as many day labels as fit
    /// without touching (`dayLabelBoxes` gives the boxes the labels take).
    func dailyChart() -> String {
        let buckets = ReportDayAxis.buckets(report.days)
        let highest = buckets.map(\.counts.total).max() ?? 0
        guard highest > 0 else { return "<p class=\"note\">No mentions this \(renderer.periodWord), so there is nothing to chart.</p>\n" }
        let layout = Self.dayAxisLayout(buckets)
        let width = Self.chartWidth, height = 220.0, bottom = 28.0, top = 16.0
        let scale = (height - bottom - top) / Double(niceCeiling(highest))
        let word = ReportDayAxis.isWeekly(report.days) ? "week" : "day"
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Mentions per \(word) by sentiment\">\n"
        svg += axis(maximum: niceCeiling(highest), left: layout.left, width: width, height: height, bottom: bottom, top: top)
        // Totals above the bars only when they fit beside each other, as the day labels do.
        let showTotals = layout.step == 1
        for (index, bucket) in buckets.enumerated() {
            let x = layout.left + layout.slot * Double(index) + (layout.slot - layout.barWidth) / 2
            var y = height - bottom
            for (value, color, name) in [(bucket.counts.negative, Self.colors.negative, "negative"),
                                         (bucket.counts.neutral, Self.colors.neutral, "neutral"),
                                         (bucket.counts.positive, Self.colors.positive, "positive")] where value > 0 {
                let barHeight = Double(value) * scale
                y -= barHeight
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(layout.barWidth))\" height=\"\(f(barHeight))\" fill=\"\(color)\"><title>\(escape(bucket.label)): \(value) \(name)</title></rect>\n"
            }
            if showTotals, bucket.counts.total > 0 {
                svg += "<text x=\"\(f(x + layout.barWidth / 2))\" y=\"\(f(y - 4))\" text-anchor=\"middle\">\(bucket.counts.total)</text>\n"
            }
            if index % layout.step == 0 {
                svg += "<text class=\"day-label\" x=\"\(f(x + layout.barWidth / 2))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(escape(bucket.axisLabel))</text>\n"
            }
        }
        svg += "</svg>\n"
        return svg + legend([(Self.colors.negative, "negative"), (Self.colors.neutral, "neutral"), (Self.colors.positive, "positive")])
    }

    /// Where the daily chart's bars go: the left edge, each bar's slot and width, and every how-manyth bar is named.
    static func dayAxisLayout(_ buckets: [DayBucket]) -> (left: Double, slot: Double, barWidth: Double, step: Int) {
        let left = 36.0
        let slot = (chartWidth - left - 8) / Double(max(1, buckets.count))
        return (left, slot, min(56, slot * 0.62), ReportDayAxis.labelStep(buckets.map(\.axisLabel), slot: slot))
    }

    /// The trend as small multiples: one line per key figure over the weeks, the latest value named above it.
    func trendCharts() -> String {
        guard !report.trend.isEmpty else { return "<p class=\"note\">No weeks to show.</p>\n" }
        let weeks = report.trend.map(\.figures)
        let sla = renderer.hoursText(report.slaHours)
        let lines: [(name: String, values: [Double?], kind: TrendKind, color: String)] = [
            ("Negative mentions", weeks.map { Double($0.counts.negative) }, .count, Self.colors.negative),
            ("Sentiment index", weeks.map(\.counts.sentimentIndex), .share, Self.colors.positive),
            ("Response rate", weeks.map(\.response.responseRate), .share, "#34495e"),
            ("Median first response", weeks.map(\.response.medianHours), .hours, "#34495e"),
            ("Answered within \(sla)", weeks.map(\.response.serviceLevel), .share, "#34495e"),
        ]
        var out = "<div class=\"multiples\">\n"
        for line in lines {
            let latest = line.values.last.flatMap { $0 }.map { value(line.kind, $0) } ?? "–"
            out += "<div><h3>\(escape(line.name)): <b>\(escape(latest))</b></h3>\n" + sparkline(line.values, kind: line.kind, color: line.color,
                                                                                                  name: line.name) + "</div>\n"
        }
        let first = report.trend.first!.period.name, last = report.trend.last!.period.name
        return out + "</div>\n<p class=\"note\">Weeks \(escape(first)) to \(escape(last)); a gap where a week had nothing to measure.</p>\n"
    }

    enum TrendKind { case count, share, hours }

    private func value(_ kind: TrendKind, _ value: Double) -> String {
        if value == 0 { return "0" }
        switch kind {
        case .count: return "\(Int(value))"
        case .share: return renderer.percent(value)
        case .hours: return renderer.hoursText(value)
        }
    }

    /// One small line chart, 200 × 84 with 42 units on the left for "100%" and "20 h": zero at the bottom, the top
    /// a round number (100% for shares), the first and last week named under it.
    private func sparkline(_ values: [Double?], kind: TrendKind, color: String, name: String) -> String {
        let width = 200.0, height = 84.0, left = 42.0, right = 6.0, top = 6.0, bottom = 18.0
        let highest = values.compactMap { $0 }.max() ?? 0
        let maximum: Double = kind == .share ? 1 : Double(niceCeiling(max(1, Int(highest.rounded(.up)))))
        let step = (width - left - right) / Double(max(1, values.count - 1))
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            (left + step * Double(index), height - bottom - (height - bottom - top) * value / maximum)
        }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(name)) per week\">\n"
        for fraction in [0.0, 0.5, 1.0] {
            let y = height - bottom - (height - bottom - top) * fraction
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" stroke=\"#e3e7ea\"/>\n"
            svg += "<text x=\"\(f(left - 4))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(escape(value(kind, maximum * fraction)))</text>\n"
        }
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { svg += "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n" }
            segment = []
        }
        for (index, value) in values.enumerated() {
            guard let value else { flush(); continue }
            let (x, y) = point(index, value)
            segment.append("\(f(x)),\(f(y))")
        }
        flush()
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let (x, y) = point(index, value)
            let week = report.trend[index].period.name
            svg += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(index == values.count - 1 ? 3.5 : 2)\" fill=\"\(color)\"><title>\(week): \(escape(self.value(kind, value)))</title></circle>\n"
        }
        let firstWeek = report.trend.first!.period.name, lastWeek = report.trend.last!.period.name
        svg += "<text x=\"\(f(left))\" y=\"\(f(height - 4))\" text-anchor=\"start\">\(escape("W" + firstWeek.suffix(2)))</text>\n"
        svg += "<text x=\"\(f(width - right))\" y=\"\(f(height - 4))\" text-anchor=\"end\">\(escape("W" + lastWeek.suffix(2)))</text>\n"
        return svg + "</svg>\n"
    }

    /// Each brand's mentions as two stacked bars, this period over the one before, on one scale.
    func brandChart() -> String {
        let highest = report.brands.map { max($0.counts.total, $0.previousCounts.total) }.max() ?? 0
        guard highest > 0 else { return "<p class=\"note\">No brand was mentioned this \(renderer.periodWord) or the one before.</p>\n" }
        let width = Self.chartWidth, left = 120.0, right = 44.0, row = 16.0, gap = 14.0
        let height = Double(report.brands.count) * (2 * row + gap) + 4
        let scale = (width - left - right) / Double(highest)
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Mentions per brand by sentiment, this \(renderer.periodWord) and the one before\">\n"
        for (index, line) in report.brands.enumerated() {
            let top = 2 + Double(index) * (2 * row + gap)
            let name = escape(TerminalText.truncate(line.name, to: 18))
            svg += "<text x=\"0\" y=\"\(f(top + row - 4))\" font-weight=\"600\">\(name)</text>\n"
            svg += "<text x=\"0\" y=\"\(f(top + 2 * row - 4))\">\(renderer.periodWord) before</text>\n"
            for (offset, counts, opacity) in [(0.0, line.counts, "1"), (row, line.previousCounts, "0.45")] {
                var x = left
                for (value, color, label) in [(counts.negative, Self.colors.negative, "negative"), (counts.neutral, Self.colors.neutral, "neutral"),
                                              (counts.positive, Self.colors.positive, "positive")] where value > 0 {
                    let barWidth = Double(value) * scale
                    svg += "<rect x=\"\(f(x))\" y=\"\(f(top + offset + 2))\" width=\"\(f(barWidth))\" height=\"\(f(row - 4))\" fill=\"\(color)\" fill-opacity=\"\(opacity)\"><title>\(name): \(value) \(label)</title></rect>\n"
                    x += barWidth
                }
                svg += "<text x=\"\(f(x + 4))\" y=\"\(f(top + offset + row - 4))\">\(counts.total)</text>\n"
            }
        }
        svg += "</svg>\n"
        return svg + legend([(Self.colors.negative, "negative"), (Self.colors.neutral, "neutral"), (Self.colors.positive, "positive")])
            + "<p class=\"note\">The lighter bar is the \(renderer.periodWord) before.</p>\n"
    }

    func legend(_ items: [(color: String, name: String)]) -> String {
        "<p class=\"legend\">" + items.map { "<span><i style=\"background:\($0.color)\"></i>\(escape($0.name))</span>" }.joined() + "</p>\n"
    }

    /// How long the first answers to negative mentions took, in bands, this period beside the one before.
    func responseChart() -> String {
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

    func axis(maximum: Int, left: Double, width: Double, height: Double, bottom: Double, top: Double) -> String {
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
    func niceCeiling(_ value: Int) -> Int {
        var unit = 1
        while true {
            for step in [4, 8, 20] where step * unit >= value { return step * unit }
            unit *= 10
        }
    }
}
