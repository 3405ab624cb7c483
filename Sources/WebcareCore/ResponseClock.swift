import Foundation

/// When the team works: the response clock only runs inside these hours.
public struct BusinessHours: Sendable, Equatable {
    /// Weekdays the team works, 1 = Sunday … 7 = Saturday (Calendar's numbering).
    public var weekdays: Set<Int>
    /// Minutes after midnight the working day starts.
    public var opensAt: Int
    /// Minutes after midnight the working day ends (after `opensAt`).
    public var closesAt: Int
    /// The time zone the hours are in.
    public var timeZone: TimeZone

    /// Makes business hours.
    public init(weekdays: Set<Int>, opensAt: Int, closesAt: Int, timeZone: TimeZone) {
        self.weekdays = weekdays
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.timeZone = timeZone
    }
}

/// The 24-hour promise: a mention's deadline is `slaHours` after its clock started, counting only business
/// hours when the team has set them (so a complaint on Friday night is due on Monday, not on Saturday).
public struct ResponseClock: Sendable, Equatable {
    /// Hours the team promises to answer within.
    public var slaHours: Double
    /// When the clock runs; nil means around the clock.
    public var businessHours: BusinessHours?

    /// Makes a clock.
    public init(slaHours: Double, businessHours: BusinessHours? = nil) {
        self.slaHours = slaHours
        self.businessHours = businessHours
    }

    /// The deadline of a mention whose clock started at `start`.
    public func deadline(from start: Date) -> Date {
        guard let hours = businessHours, hours.closesAt > hours.opensAt, !hours.weekdays.isEmpty else {
            return start.addingTimeInterval(slaHours * 3600)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hours.timeZone
        var remaining = slaHours * 3600
        var day = calendar.startOfDay(for: start)
        // Walk the working windows day by day; a year is far more than any promise needs.
        for _ in 0..<370 {
            if hours.weekdays.contains(calendar.component(.weekday, from: day)),
               let opens = calendar.date(bySettingHour: hours.opensAt / 60, minute: hours.opensAt % 60, second: 0, of: day),
               let closes = calendar.date(bySettingHour: hours.closesAt / 60, minute: hours.closesAt % 60, second: 0, of: day) {
                let from = max(opens, start)
                if closes > from {
                    let available = closes.timeIntervalSince(from)
                    if available >= remaining { return from.addingTimeInterval(remaining) }
                    remaining -= available
                }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return start.addingTimeInterval(slaHours * 3600)
    }

    /// The latest clock start whose deadline has passed at `now`: a mention is overdue exactly when its clock
    /// started at or before this instant (deadlines only grow with the start), so "overdue" can be a plain
    /// comparison in a database query. The clock run backwards from `now` through the working windows.
    public func latestOverdueStart(now: Date) -> Date {
        guard let hours = businessHours, hours.closesAt > hours.opensAt, !hours.weekdays.isEmpty else {
            return now.addingTimeInterval(-slaHours * 3600)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hours.timeZone
        var remaining = slaHours * 3600
        var day = calendar.startOfDay(for: now)
        for _ in 0..<370 {
            if hours.weekdays.contains(calendar.component(.weekday, from: day)),
               let opens = calendar.date(bySettingHour: hours.opensAt / 60, minute: hours.opensAt % 60, second: 0, of: day),
               let closes = calendar.date(bySettingHour: hours.closesAt / 60, minute: hours.closesAt % 60, second: 0, of: day) {
                let until = min(closes, now)
                if until > opens {
                    let available = until.timeIntervalSince(opens)
                    // Used up exactly at an opening: starts in the closed hours before it share that deadline.
                    if remaining == 0 || available > remaining { return until.addingTimeInterval(-remaining) }
                    remaining -= available
                }
            }
            guard let previous = calendar.date(byAdding: .day, value: -1, to: day) else { break }
            day = previous
        }
        return now.addingTimeInterval(-slaHours * 3600)
    }

    /// Whether the mention is past its deadline at `now`.
    public func isOverdue(started start: Date, now: Date) -> Bool { deadline(from: start) <= now }
}
