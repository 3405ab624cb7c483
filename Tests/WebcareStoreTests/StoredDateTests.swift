import Foundation
import GRDB
import Testing
@testable import WebcareStore

@Suite struct StoredDateTests {
    /// Dates that sit on the edges: the epoch, leap days, ends of years and centuries, milliseconds about to roll
    /// over, and the last millisecond of the year 9999.
    static let edges: [TimeInterval] = [
        0, 0.0005, 0.9999, 59.999, 86_399.999, 951_782_400, 951_868_799.9994, 978_307_199.999, 1_709_164_800,
        1_795_000_000, 1_795_000_000.123_456, 4_107_542_399.999, 4_107_542_399.9996, 253_402_300_798.9999,
    ]

    @Test func writesEveryDateAsGRDBWould() {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<20_000).map { _ in TimeInterval.random(in: 0..<253_402_300_800, using: &generator) }
        let recent = (0..<20_000).map { _ in TimeInterval.random(in: 1_500_000_000..<2_000_000_000, using: &generator) }
        for seconds in Self.edges + random + recent {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(StoredDate.value(date) == date.databaseValue, "\(seconds)")
        }
    }

    @Test func leavesDatesOutsideItsRangeAndNilToGRDB() {
        for seconds: TimeInterval in [-1, -86_400.5, 253_402_300_799.9996, 253_402_300_800, 300_000_000_000] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(StoredDate.value(date) == date.databaseValue)
        }
        #expect(StoredDate.value(nil) == .null)
    }

    @Test func readsEveryDateAsGRDBWould() {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<20_000).map { _ in TimeInterval.random(in: 0..<253_402_300_000, using: &generator) }
        for seconds in Self.edges + random {
            let stored = Date(timeIntervalSince1970: seconds).databaseValue
            #expect(StoredDate.date(stored) == Date.fromDatabaseValue(stored), "\(stored)")
        }
        // Forms it leaves to GRDB, and values that are no date at all.
        let texts = ["2026-11-23", "2026-11-23 15:04", "2026-11-23T15:04:05.123Z", "2026-11-23 15:04:05",
                     "1969-12-31 23:59:59.999", "2026-13-01 00:00:00.000", "2026-1x-01 00:00:00.000", "later"]
        let others = texts.map(\.databaseValue) + [(1_795_000_000.5 as Double).databaseValue, .null]
        for value in others {
            #expect(StoredDate.date(value) == Date.fromDatabaseValue(value), "\(value)")
        }
    }

    @Test func datesReadBackAsTheyWereStoredToTheMillisecond() throws {
        let queue = try DatabaseQueue()
        let date = Date(timeIntervalSince1970: 1_795_000_000.25)
        let read = try queue.read { db in try Date.fetchOne(db, sql: "SELECT ?", arguments: [StoredDate.value(date)]) }
        #expect(read == date)
    }
}
