import Foundation
import WebcareCore

/// One bar of the daily chart and one row of the per-day table: a day, or beyond `ReportDayAxis.dayLimit` days
/// an ISO week (the first and last may be partial).
struct DayBucket: Equatable {
    /// The row's name in a table: "Mon 2026-11-16", or "2026-W47 (Mon 16 Nov – Sun 22 Nov)".
    var label: String
    /// The name under the bar: "Mon 16", "16", or "W47".
    var axisLabel: String
    /// The first day it holds, "2026-11-16".
    var firstDay: String
    /// How many days it holds.
    var dayCount: Int
    /// Its mentions by sentiment.
    var counts: SentimentCounts
}

/// How the days of a report are shown along an axis and down a table: a day each up to three weeks, a week each
/// beyond, and under the chart only as many labels as fit without touching (every second, third… bar named).
enum ReportDayAxis {
    /// The most days shown one by one; longer periods are grouped by ISO week.
    static let dayLimit = 21
    /// The day labels' font size in the SVG, in user units (the chart's CSS sets it on `text`).
    static let fontSize = 11.0
    /// The widest a character of the label font is taken to be, as a share of the font size: wider than the
    /// average of any sans-serif digit or letter, so the boxes computed from it hold the drawn text.
    static let characterWidth = 0.62
    /// Room kept free between two labels.
    static let gap = 4.0

    /// Whether the period's days are grouped by week.
    static func isWeekly(_ days: [DayFigures]) -> Bool { days.count > dayLimit }

    /// The bars or rows of a period's days.
    static func buckets(_ days: [DayFigures]) -> [DayBucket] {
        guard isWeekly(days) else {
            return days.map { day in
                let weekday = ReportRenderer.weekdayName(day.day)
                let axis = days.count <= 10 ? "\(weekday) \(dayOfMonth(day.day))" : dayOfMonth(day.day)
                return DayBucket(label: "\(weekday) \(day.day)", axisLabel: axis, firstDay: day.day, dayCount: 1, counts: day.counts)
            }
        }
        var buckets: [(week: String, days: [DayFigures])] = []
        for day in days {
            let week = isoWeek(day.day)
            if buckets.last?.week == week { buckets[buckets.count - 1].days.append(day) } else { buckets.append((week, [day])) }
        }
        return buckets.map { bucket in
            var counts = SentimentCounts()
            for day in bucket.days {
                counts.add(.negative, count: day.counts.negative)
                counts.add(.neutral, count: day.counts.neutral)
                counts.add(.positive, count: day.counts.positive)
            }
            let first = bucket.days.first!.day, last = bucket.days.last!.day
            let partial = bucket.days.count < 7 ? ", \(bucket.days.count) days" : ""
            let label = "\(bucket.week) (\(shortDate(first)) – \(shortDate(last))\(partial))"
            let axis = "W" + bucket.week.suffix(2)
            return DayBucket(label: label, axisLabel: axis, firstDay: first, dayCount: bucket.days.count, counts: counts)
        }
    }

    /// The width a label is taken to have when drawn.
    static func labelWidth(_ text: String) -> Double { Double(text.count) * fontSize * characterWidth }

    /// Every how-manyth bar is named so that labels centred under bars `slot` apart never touch.
    static func labelStep(_ labels: [String], slot: Double) -> Int {
        let widest = labels.map(labelWidth).max() ?? 0
        guard slot > 0 else { return 1 }
        return max(1, Int(((widest + gap) / slot).rounded(.up)))
    }

    /// "16" for "2026-11-16".
    static func dayOfMonth(_ day: String) -> String {
        let part = day.split(separator: "-").last.map(String.init) ?? day
        return part.hasPrefix("0") ? String(part.dropFirst()) : part
    }

    /// "Mon 16 Nov" for "2026-11-16".
    static func shortDate(_ day: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return day }
        return "\(ReportRenderer.weekdayName(day)) \(parts[2]) \(months[parts[1] - 1])"
    }

    /// The ISO week a local date falls in, "2026-W47". The date is already a local day (cut in the team's time
    /// zone by ReportPeriod), so the week is read from its calendar date alone.
    static func isoWeek(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return day }
        return String(format: "%04d-W%02d", calendar.component(.yearForWeekOfYear, from: date), calendar.component(.weekOfYear, from: date))
    }
}
