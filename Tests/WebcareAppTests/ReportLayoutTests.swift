import Foundation
import Testing
import WebcareCore
import WebcarePresent

/// A report of `count` days ending on 2026-11-01, with mentions on every day, built without a database.
private func report(days count: Int) -> WeeklyReport {
    let period = ReportPeriod.lastDays(count, before: reportTime("2026-11-02 08:00"))
    let days = period.dayStarts.enumerated().map { index, start in
        DayFigures(day: ReportPeriod.dayName(start), counts: SentimentCounts(negative: index % 4, neutral: 1 + index % 3, positive: index % 5))
    }
    return WeeklyReport(period: period, previousPeriod: period.previous, brand: nil, generatedAt: reportTime("2026-11-02 08:00"),
                        slaHours: 24, usesBusinessHours: false, current: PeriodFigures(), previous: PeriodFigures(), openNegatives: 0,
                        overdueNegatives: 0, days: days, brands: [], topSources: [], topOpen: [], negativeThemes: [], sourceProblems: [])
}

/// A label under the daily chart as drawn: its centre and text.
private struct DrawnLabel {
    var x: Double
    var text: String

    /// The box the text takes in an 11-unit sans-serif font, measured wide: 0.62 of the font size per character
    /// (digits and capitals of common system fonts are 0.55–0.6), centred on x.
    var box: ClosedRange<Double> {
        let width = Double(text.count) * 11 * 0.62
        return (x - width / 2)...(x + width / 2)
    }
}

/// The day labels of the daily chart in the HTML: `<text class="day-label" x="…" …>label</text>`.
private func dayLabels(_ html: String) throws -> [DrawnLabel] {
    let pattern = try NSRegularExpression(pattern: #"<text class="day-label" x="([0-9.]+)"[^>]*>([^<]*)</text>"#)
    return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
        DrawnLabel(x: Double(html[Range(match.range(at: 1), in: html)!])!, text: String(html[Range(match.range(at: 2), in: html)!]))
    }
}

@Suite struct ReportLayoutTests {
    @Test(arguments: [1, 7, 10, 11, 14, 21, 22, 30, 45, 60, 90, 180, 366])
    func dayLabelsUnderTheChartNeverTouch(days: Int) throws {
        let html = ReportRenderer(report(days: days)).render(.html)
        let labels = try dayLabels(html)
        #expect(!labels.isEmpty)
        for (left, right) in zip(labels, labels.dropFirst()) {
            #expect(left.box.upperBound + 2 <= right.box.lowerBound, "\(days) days: \"\(left.text)\" and \"\(right.text)\" overlap")
        }
        // Inside the 640-unit chart.
        #expect(labels.allSatisfy { $0.box.lowerBound >= 0 && $0.box.upperBound <= 640 })
        // A label for at least every fourth bar, and the first bar named.
        let bars = days > 21 ? Set(report(days: days).days.map { isoWeekOf($0.day) }).count : days
        #expect(labels.count * 4 >= bars, "\(labels.count) labels for \(bars) bars")
    }

    @Test func longPeriodsAreGroupedByWeekInTheChartAndTheTables() throws {
        let renderer = ReportRenderer(report(days: 90))
        let text = renderer.render(.text)
        #expect(text.contains("Per week") && !text.contains("Per day"))
        #expect(text.contains("2026-W44 (Mon 26 Oct – Sun 1 Nov)"))
        // The first week is partial: 4 August 2026 is a Tuesday.
        #expect(text.contains("2026-W32 (Tue 4 Aug – Sun 9 Aug, 6 days)"))
        #expect(renderer.render(.csv).split(separator: "\r\n").count == 91, "the CSV keeps every day")
        #expect(ReportRenderer(report(days: 21)).render(.text).contains("Per day"))
    }
}

private func isoWeekOf(_ day: String) -> String {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = day.split(separator: "-").map { Int($0)! }
    let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    return "\(calendar.component(.yearForWeekOfYear, from: date))-\(calendar.component(.weekOfYear, from: date))"
}
