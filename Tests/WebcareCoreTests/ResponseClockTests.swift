import Foundation
import Testing
import WebcareCore

@Suite struct ResponseClockTests {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    static let weekdaysEightToTen = BusinessHours(weekdays: [2, 3, 4, 5, 6], opensAt: 8 * 60, closesAt: 22 * 60, timeZone: amsterdam)

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let cases: [(String, String, String)] = [
        // started (UTC), deadline (UTC), why
        ("2026-11-18T09:00:00Z", "2026-11-19T19:00:00Z", "Wednesday 10:00 CET: 12 h left that day, 10 h more on Thursday"),
        ("2026-11-20T20:00:00Z", "2026-11-24T16:00:00Z", "Friday 21:00 CET: 1 h on Friday, 14 h Monday, 9 h Tuesday until 17:00"),
        ("2026-11-21T12:00:00Z", "2026-11-24T17:00:00Z", "Saturday: the clock waits for Monday 08:00"),
        ("2026-10-23T20:00:00Z", "2026-10-27T17:00:00Z", "Friday 22:00 CEST, after hours; 14 h Monday (CET), 10 h Tuesday until 18:00 CET"),
        ("2026-03-27T20:00:00Z", "2026-03-31T15:00:00Z", "Friday 21:00 CET: 1 h; 14 h Monday (CEST), 9 h Tuesday until 17:00 CEST"),
    ]

    @Test(arguments: cases)
    func businessHoursStopTheClockOutsideWorkingTime(_ start: String, _ deadline: String, _ why: String) {
        let clock = ResponseClock(slaHours: 24, businessHours: Self.weekdaysEightToTen)
        #expect(clock.deadline(from: Self.utc(start)) == Self.utc(deadline), "\(why)")
    }

    @Test func withoutBusinessHoursTheClockRunsAroundTheClock() {
        let clock = ResponseClock(slaHours: 24)
        #expect(clock.deadline(from: Self.utc("2026-11-21T12:00:00Z")) == Self.utc("2026-11-22T12:00:00Z"))
        #expect(clock.isOverdue(started: Self.utc("2026-11-21T12:00:00Z"), now: Self.utc("2026-11-22T12:00:01Z")))
    }

    /// The overdue cut-off agrees with the deadline for every start: a mention is overdue exactly when its clock
    /// started at or before it. Checked every 20 minutes over two weeks around the end of summer time.
    @Test(arguments: [nil, weekdaysEightToTen])
    func theOverdueCutOffAgreesWithTheDeadline(_ hours: BusinessHours?) {
        let clock = ResponseClock(slaHours: 24, businessHours: hours)
        for now in stride(from: Self.utc("2026-10-21T00:00:00Z").timeIntervalSince1970,
                          to: Self.utc("2026-10-29T00:00:00Z").timeIntervalSince1970, by: 3 * 3600 + 17 * 60) {
            let now = Date(timeIntervalSince1970: now)
            let cutOff = clock.latestOverdueStart(now: now)
            #expect(clock.isOverdue(started: cutOff, now: now))
            for start in stride(from: now.timeIntervalSince1970 - 8 * 86400, to: now.timeIntervalSince1970, by: 1200) {
                let start = Date(timeIntervalSince1970: start)
                #expect(clock.isOverdue(started: start, now: now) == (start <= cutOff),
                        "started \(start), now \(now), cut-off \(cutOff)")
            }
        }
    }
}
