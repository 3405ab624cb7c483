import Foundation

/// When a reply promised to act, as the reply said it ("morgen", "vrijdagmiddag", "binnen drie werkdagen",
/// "within 24 hours"), before it is turned into an instant (`due(after:businessHours:timeZone:)`).
public enum PromisedTime: Sendable, Equatable {
    /// A day, with a part of it when the reply named one ("morgenochtend", "this afternoon").
    case day(PromisedDay, PartOfDay?)
    /// Within this many working days ("binnen drie werkdagen", "within 2 business days").
    case workingDays(Int)
    /// Within this many days ("binnen 2 dagen").
    case days(Int)
    /// Within this many hours ("binnen 24 uur", "within the hour" is 1).
    case hours(Int)
}

/// A day a reply named.
public enum PromisedDay: Sendable, Equatable {
    /// This many days after the day of the reply: 0 today, 1 tomorrow, 2 the day after.
    case inDays(Int)
    /// The next such weekday after the day of the reply (Calendar's numbering: 1 Sunday … 7 Saturday).
    case weekday(Int)
    /// A date: the next one on or after the day of the reply.
    case date(month: Int, day: Int)
}

/// A part of a day a reply named. Each is due at its end: noon, 17:00, 22:00.
public enum PartOfDay: String, Sendable, Equatable, CaseIterable {
    case morning, afternoon, evening

    /// The local hour the part ends, when a promise for it falls due.
    public var endHour: Int {
        switch self {
        case .morning: 12
        case .afternoon: 17
        case .evening: 22
        }
    }
}

extension PromisedTime {
    /// The local hour a day's promise falls due when neither the reply nor business hours say otherwise.
    public static let defaultClosingHour = 17

    /// The instant a promise made at `start` falls due, in the team's hours:
    /// - a part of a day is due at its end (noon, 17:00, 22:00) on that day, as promised;
    /// - a whole day is due when the team's working day closes on it (17:00 without business hours); a day the team
    ///   does not work (outside the business hours' weekdays) moves to the close of its next working day; a close already past (a "today" said in the
    ///   evening) is due at the end of that day;
    /// - working days count the business hours' weekdays (Monday to Friday without them) after the day of the reply;
    /// - hours count working hours when business hours are set (as the response clock does), else plain hours.
    /// Days are local days of `businessHours.timeZone`, else of `timeZone`, so a promise across a DST change still
    /// falls due at the local hour.
    public func due(after start: Date, businessHours: BusinessHours?, timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = businessHours?.timeZone ?? timeZone
        let today = calendar.startOfDay(for: start)
        // Working days are counted on the business hours' weekdays, else Monday to Friday; a day without business
        // hours is a day the team works.
        let workdays = businessHours.map(\.weekdays).flatMap { $0.isEmpty ? nil : $0 } ?? [2, 3, 4, 5, 6]
        let teamDays = businessHours == nil ? Set(1...7) : workdays
        func day(_ offset: Int, from base: Date = today) -> Date { calendar.date(byAdding: .day, value: offset, to: base)! }
        func at(_ minutes: Int, on day: Date) -> Date {
            calendar.date(bySettingHour: minutes / 60, minute: minutes % 60, second: 0, of: day) ?? day
        }
        let closes = businessHours.map(\.closesAt) ?? Self.defaultClosingHour * 60
        /// The close of the team's day on `day`, or of its next working day.
        func close(of day: Date) -> Date {
            var day = day
            for _ in 0..<14 where !teamDays.contains(calendar.component(.weekday, from: day)) { day = calendar.date(byAdding: .day, value: 1, to: day)! }
            let due = at(closes, on: day)
            return due > start ? due : calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: due))!
        }
        switch self {
        case .day(let promised, let part):
            let date: Date
            switch promised {
            case .inDays(let count):
                date = day(count)
            case .weekday(let weekday):
                let ahead = (weekday - calendar.component(.weekday, from: today) + 7) % 7
                date = day(ahead == 0 ? 7 : ahead)
            case .date(let month, let dayOfMonth):
                let year = calendar.component(.year, from: today)
                let thisYear = calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth)) ?? today
                date = thisYear < today ? calendar.date(from: DateComponents(year: year + 1, month: month, day: dayOfMonth)) ?? thisYear : thisYear
            }
            if let part { return at(part.endHour * 60, on: date) }
            return close(of: date)
        case .workingDays(let count):
            var date = today, left = max(count, 0)
            while left > 0 {
                date = day(1, from: date)
                if workdays.contains(calendar.component(.weekday, from: date)) { left -= 1 }
            }
            return close(of: date)
        case .days(let count):
            return close(of: day(max(count, 0)))
        case .hours(let count):
            return ResponseClock(slaHours: Double(count), businessHours: businessHours).deadline(from: start)
        }
    }
}

/// A promise a reply makes: the sentence that makes it and when it falls due.
public struct Promise: Sendable, Equatable {
    /// The sentence of the reply that makes the promise, as written ("Ik bel u morgen vóór twaalf uur.").
    public var words: String
    /// When the reply said it would be kept.
    public var time: PromisedTime

    /// Makes a promise.
    public init(words: String, time: PromisedTime) {
        self.words = words
        self.time = time
    }
}

/// A promise made in a stored reply, to be kept by its due time (`webcare followups`, `webcare followup done`).
public struct FollowUp: Sendable, Equatable {
    /// The number `webcare followup done` takes.
    public var id: Int64
    /// The mention the reply answered.
    public var mentionID: Int64
    /// The mention's brand.
    public var brand: String
    /// Who made the promise (the agent, or the brand account whose reply was detected).
    public var promisedBy: String
    /// When the reply was stored or published.
    public var promisedAt: Date
    /// When the promise falls due.
    public var due: Date
    /// The sentence that made the promise.
    public var promise: String
    /// When it was marked kept; nil while it is open.
    public var keptAt: Date?
    /// Who marked it kept.
    public var keptBy: String?

    /// Makes a follow-up.
    public init(id: Int64, mentionID: Int64, brand: String, promisedBy: String, promisedAt: Date, due: Date, promise: String,
                keptAt: Date? = nil, keptBy: String? = nil) {
        self.id = id
        self.mentionID = mentionID
        self.brand = brand
        self.promisedBy = promisedBy
        self.promisedAt = promisedAt
        self.due = due
        self.promise = promise
        self.keptAt = keptAt
        self.keptBy = keptBy
    }

    /// Whether it is open and past its due time at `now`.
    public func isOverdue(at now: Date) -> Bool { keptAt == nil && due <= now }
}

/// A promise found in a reply, resolved to its due time: what the store records as a follow-up.
public struct PromiseDue: Sendable, Equatable {
    /// The sentence that makes the promise.
    public var words: String
    /// When it falls due.
    public var due: Date

    /// Makes one.
    public init(words: String, due: Date) {
        self.words = words
        self.due = due
    }
}
