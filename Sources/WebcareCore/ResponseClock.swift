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

extension BusinessHours {
    /// The working windows (opening, closing) of the days from the one holding `instant`, going forward
    /// (`step` 1) or backward (`step` -1), days off skipped; a year of days, far more than any promise needs.
    func windows(from instant: Date, step: Int) -> some Sequence<(opens: Date, closes: Date)> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let first = calendar.startOfDay(for: instant)
        // Lazy: a deadline is usually found within the first few days.
        return (0..<370).lazy.compactMap { [self] offset -> (opens: Date, closes: Date)? in
            guard let day = calendar.date(byAdding: .day, value: offset * step, to: first),
                  weekdays.contains(calendar.component(.weekday, from: day)),
                  let opens = calendar.date(bySettingHour: opensAt / 60, minute: opensAt % 60, second: 0, of: day),
                  let closes = calendar.date(bySettingHour: closesAt / 60, minute: closesAt % 60, second: 0, of: day) else { return nil }
            return (opens, closes)
        }
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
        var remaining = slaHours * 3600
        // Walk the working windows forward day by day.
        for (opens, closes) in hours.windows(from: start, step: 1) {
            let from = max(opens, start)
            if closes > from {
                let available = closes.timeIntervalSince(from)
                if available >= remaining { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
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
        var remaining = slaHours * 3600
        // Walk the working windows backward day by day.
        for (opens, closes) in hours.windows(from: now, step: -1) {
            let until = min(closes, now)
            if until > opens {
                let available = until.timeIntervalSince(opens)
                // Used up exactly at an opening: starts in the closed hours before it share that deadline.
                if remaining == 0 || available > remaining { return until.addingTimeInterval(-remaining) }
                remaining -= available
            }
        }
        return now.addingTimeInterval(-slaHours * 3600)
    }

    /// Whether the mention is past its deadline at `now`.
    public func isOverdue(started start: Date, now: Date) -> Bool { deadline(from: start) <= now }
}
