import Foundation

/// The stretch of time a report covers: an ISO week or a rolling number of days, with its days, all
/// computed in the team's time zone (Europe/Amsterdam) and held as UTC instants.
public struct ReportPeriod: Sendable, Equatable {
    /// The first instant inside the period.
    public var start: Date
    /// The first instant after the period.
    public var end: Date
    /// How people name it: "2026-W47", or "7 days to 2026-11-23".
    public var name: String
    /// The start of each local day in the period, in order (a DST week still has seven days).
    public var dayStarts: [Date]

    /// The time zone the team's weeks and days are counted in.
    public static let teamTimeZone = TimeZone(identifier: "Europe/Amsterdam")!

    /// The calendar every week and day boundary comes from: ISO weeks (Monday first, week 1 holds the
    /// first Thursday) in the team's time zone. The one place week boundaries are decided.
    public static var teamCalendar: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = teamTimeZone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        return calendar
    }

    /// ISO week `week` of ISO year `year`; nil when that week does not exist (week 53 of most years).
    public static func isoWeek(year: Int, week: Int) -> ReportPeriod? {
        let calendar = teamCalendar
        guard (1...53).contains(week),
              let start = calendar.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year)),
              calendar.component(.weekOfYear, from: start) == week,
              calendar.component(.yearForWeekOfYear, from: start) == year else { return nil }
        return days(from: start, count: 7, name: String(format: "%04d-W%02d", year, week))
    }

    /// The ISO week named like "2026-W47" (or "2026W47"); nil when the text is not such a name or the week does not exist.
    public static func isoWeek(named text: String) -> ReportPeriod? {
        let parts = text.uppercased().split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let yearText = parts[0].hasSuffix("-") ? parts[0].dropLast() : parts[0]
        guard yearText.count == 4, let year = Int(yearText), parts[1].count == 2, let week = Int(parts[1]) else { return nil }
        return isoWeek(year: year, week: week)
    }

    /// The last ISO week that has completely ended at `now`.
    public static func lastCompleteWeek(before now: Date) -> ReportPeriod {
        let calendar = teamCalendar
        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)!.start
        let start = calendar.date(byAdding: .weekOfYear, value: -1, to: thisWeek)!
        return week(containing: start)
    }

    /// The ISO week that contains `instant`.
    public static func week(containing instant: Date) -> ReportPeriod {
        let calendar = teamCalendar
        let start = calendar.dateInterval(of: .weekOfYear, for: instant)!.start
        let name = String(format: "%04d-W%02d", calendar.component(.yearForWeekOfYear, from: start),
                          calendar.component(.weekOfYear, from: start))
        return days(from: start, count: 7, name: name)
    }

    /// The `count` whole local days that end at the start of today (today itself is not complete yet).
    public static func lastDays(_ count: Int, before now: Date) -> ReportPeriod {
        let calendar = teamCalendar
        let today = calendar.startOfDay(for: now)
        let start = calendar.date(byAdding: .day, value: -count, to: today)!
        return days(from: start, count: count, name: "\(count) days to \(dayName(calendar.date(byAdding: .day, value: -1, to: today)!))")
    }

    /// The `count` ISO weeks that ended at or before `end`, oldest first: for a week's report its own week is the
    /// last; for rolling days the last whole week inside them (a week still running is left out).
    public static func weeks(endingBy end: Date, count: Int) -> [ReportPeriod] {
        guard count > 0 else { return [] }
        let calendar = teamCalendar
        var last = week(containing: end.addingTimeInterval(-1))
        if last.end > end { last = week(containing: calendar.date(byAdding: .day, value: -7, to: last.start)!) }
        var weeks = [last]
        while weeks.count < count {
            weeks.append(week(containing: calendar.date(byAdding: .day, value: -7, to: weeks[weeks.count - 1].start)!))
        }
        return weeks.reversed()
    }

    /// The period of the same length just before this one (the week before, or the `count` days before).
    public var previous: ReportPeriod {
        let calendar = Self.teamCalendar
        let count = dayStarts.count
        let start = calendar.date(byAdding: .day, value: -count, to: self.start)!
        if count == 7, name.contains("-W") { return Self.week(containing: start) }
        let last = calendar.date(byAdding: .day, value: -1, to: self.start)!
        return Self.days(from: start, count: count, name: "\(count) days to \(Self.dayName(last))")
    }

    /// The local date of an instant, as "2026-11-23".
    public static func dayName(_ instant: Date) -> String {
        let parts = teamCalendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    private static func days(from start: Date, count: Int, name: String) -> ReportPeriod {
        let calendar = teamCalendar
        let starts = (0...count).map { calendar.date(byAdding: .day, value: $0, to: start)! }
        return ReportPeriod(start: starts[0], end: starts[count], name: name, dayStarts: Array(starts.dropLast()))
    }

    /// Makes a period directly.
    public init(start: Date, end: Date, name: String, dayStarts: [Date]) {
        self.start = start
        self.end = end
        self.name = name
        self.dayStarts = dayStarts
    }
}
