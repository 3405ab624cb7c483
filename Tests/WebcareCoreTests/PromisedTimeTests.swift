import Foundation
import Testing
import WebcareCore

/// When a promise falls due, against fixed clocks: relative days, weekdays, dates, parts of the day, working days
/// and hours, over a weekend and across both DST changes of 2026 (29 March, 25 October), in Amsterdam.
@Suite struct PromisedTimeTests {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    static let nineToFive = BusinessHours(weekdays: [2, 3, 4, 5, 6], opensAt: 9 * 60, closesAt: 17 * 60, timeZone: amsterdam)
    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let withBusinessHours: [(String, PromisedTime, String, String)] = [
        // promised at (UTC), what, due (UTC), why
        ("2026-11-18T09:00:00Z", .day(.inDays(1), nil), "2026-11-19T16:00:00Z", "Wednesday: tomorrow is due at Thursday's close, 17:00 CET"),
        ("2026-11-18T09:00:00Z", .day(.inDays(0), .morning), "2026-11-18T11:00:00Z", "this morning: noon"),
        ("2026-11-18T09:00:00Z", .day(.inDays(0), .evening), "2026-11-18T21:00:00Z", "tonight: 22:00, as promised, outside the hours"),
        ("2026-11-18T09:00:00Z", .day(.inDays(2), .afternoon), "2026-11-20T16:00:00Z", "the day after tomorrow in the afternoon"),
        ("2026-11-18T09:00:00Z", .day(.weekday(6), nil), "2026-11-20T16:00:00Z", "Friday, said on Wednesday"),
        ("2026-11-18T09:00:00Z", .day(.weekday(4), nil), "2026-11-25T16:00:00Z", "Wednesday, said on a Wednesday: next week's"),
        ("2026-11-18T09:00:00Z", .day(.weekday(2), .morning), "2026-11-23T11:00:00Z", "Monday morning"),
        ("2026-11-18T09:00:00Z", .day(.date(month: 12, day: 1), nil), "2026-12-01T16:00:00Z", "1 December, this year"),
        ("2026-11-18T09:00:00Z", .day(.date(month: 1, day: 5), nil), "2027-01-05T16:00:00Z", "5 January: next year's, this year's is past"),
        ("2026-11-18T09:00:00Z", .workingDays(3), "2026-11-23T16:00:00Z", "three working days from Wednesday: Thursday, Friday, Monday"),
        ("2026-11-18T09:00:00Z", .days(2), "2026-11-20T16:00:00Z", "within two days"),
        ("2026-11-18T09:00:00Z", .hours(24), "2026-11-23T09:00:00Z", "24 working hours of 8 a day: 7 Wednesday, 8 Thursday, 8 Friday, 1 Monday"),
        ("2026-11-18T17:00:00Z", .day(.inDays(0), nil), "2026-11-18T23:00:00Z", "today, said after the close: the end of the day"),
        // A weekend.
        ("2026-11-20T14:00:00Z", .day(.inDays(1), nil), "2026-11-23T16:00:00Z", "tomorrow, said on Friday: Saturday is no working day, so Monday's close"),
        ("2026-11-20T14:00:00Z", .day(.inDays(1), .morning), "2026-11-21T11:00:00Z", "Saturday morning was promised: kept as said"),
        ("2026-11-20T14:00:00Z", .workingDays(1), "2026-11-23T16:00:00Z", "one working day from Friday: Monday"),
        ("2026-11-20T14:00:00Z", .workingDays(3), "2026-11-25T16:00:00Z", "three working days from Friday: Monday to Wednesday"),
        ("2026-11-21T10:00:00Z", .day(.inDays(0), nil), "2026-11-23T16:00:00Z", "today, said on Saturday: Monday's close"),
        // DST: summer time starts on Sunday 29 March 2026, ends on Sunday 25 October 2026.
        ("2026-03-27T09:00:00Z", .day(.weekday(2), nil), "2026-03-30T15:00:00Z", "Monday after the change: 17:00 CEST"),
        ("2026-03-27T09:00:00Z", .workingDays(1), "2026-03-30T15:00:00Z", "one working day from Friday, across the change"),
        ("2026-10-23T08:00:00Z", .day(.weekday(2), nil), "2026-10-26T16:00:00Z", "Monday after winter time returns: 17:00 CET"),
    ]

    @Test(arguments: withBusinessHours)
    func aPromiseFallsDueInTheTeamsHours(_ at: String, _ time: PromisedTime, _ due: String, _ why: String) {
        #expect(time.due(after: Self.utc(at), businessHours: Self.nineToFive, timeZone: Self.amsterdam) == Self.utc(due), "\(why)")
    }

    static let aroundTheClock: [(String, PromisedTime, String, String)] = [
        ("2026-03-28T09:00:00Z", .day(.inDays(1), nil), "2026-03-29T15:00:00Z", "Sunday 29 March, the day of the change: 17:00 CEST"),
        ("2026-03-28T09:00:00Z", .day(.inDays(0), .evening), "2026-03-28T21:00:00Z", "tonight: 22:00 CET"),
        ("2026-03-28T09:00:00Z", .hours(24), "2026-03-29T09:00:00Z", "24 hours are 24 hours, whatever the wall clock does"),
        ("2026-03-28T09:00:00Z", .workingDays(1), "2026-03-30T15:00:00Z", "working days are Monday to Friday without business hours"),
        ("2026-10-24T09:00:00Z", .day(.inDays(1), .morning), "2026-10-25T11:00:00Z", "Sunday 25 October morning: noon CET"),
    ]

    @Test(arguments: aroundTheClock)
    func withoutBusinessHoursEveryDayCounts(_ at: String, _ time: PromisedTime, _ due: String, _ why: String) {
        #expect(time.due(after: Self.utc(at), businessHours: nil, timeZone: Self.amsterdam) == Self.utc(due), "\(why)")
    }
}
