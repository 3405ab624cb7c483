import Foundation
import GRDB

/// Dates in the text GRDB stores them as ("2026-11-23 15:04:05.123", UTC), written with integer arithmetic.
/// GRDB formats every date with a DateFormatter (ICU), which costs tens of thousands of instructions a date; a
/// first poll binds two dates to every new mention, so the poll's writes use this instead. The text is the same,
/// character for character, so GRDB reads these dates back as it reads its own.
enum StoredDate {
    /// The last second of the year 9999: later dates (that could round up into a five-digit year) and dates before
    /// 1970 are left to GRDB.
    private static let lastSecondOfYear9999: TimeInterval = 253_402_300_799

    /// The database value GRDB would store for `date` (NULL for nil).
    static func value(_ date: Date?) -> DatabaseValue {
        guard let date else { return .null }
        let seconds = date.timeIntervalSince1970
        guard seconds >= 0, seconds < lastSecondOfYear9999 else { return date.databaseValue }
        // The formatter rounds to the nearest millisecond (12:00:59.9996 is written 12:01:00.000).
        let millis = Int64((seconds * 1000).rounded())
        let (days, millisOfDay) = millis.quotientAndRemainder(dividingBy: 86_400_000)
        let (year, month, day) = civilDate(daysSince1970: days)
        let hour = millisOfDay / 3_600_000, minute = millisOfDay / 60_000 % 60, second = millisOfDay / 1000 % 60
        let text = String(unsafeUninitializedCapacity: 23) { buffer in
            var at = 0
            func put(_ number: Int64, digits: Int) {
                var rest = number
                for place in stride(from: digits - 1, through: 0, by: -1) {
                    buffer[at + place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                at += digits
            }
            func put(_ byte: Character) {
                buffer[at] = byte.asciiValue!
                at += 1
            }
            put(year, digits: 4); put("-"); put(month, digits: 2); put("-"); put(day, digits: 2); put(" ")
            put(hour, digits: 2); put(":"); put(minute, digits: 2); put(":"); put(second, digits: 2); put(".")
            put(millisOfDay % 1000, digits: 3)
            return at
        }
        return text.databaseValue
    }

    /// The date in a database value, read as GRDB reads it. Text written as `value(_:)` writes it is read with
    /// integer arithmetic (GRDB goes through a Calendar, which costs tens of thousands of instructions a date); any
    /// other form (a date without time, a time zone, a Julian day number) is left to GRDB.
    static func date(_ value: DatabaseValue) -> Date? {
        guard case .string(var text) = value.storage else { return Date.fromDatabaseValue(value) }
        let parsed: Date? = text.withUTF8 { bytes in
            // "2026-11-23 15:04:05.123": digits at every place but 4, 7, 10, 13, 16 and 19.
            guard bytes.count == 23, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: ".") else { return nil }
            func number(_ start: Int, _ count: Int) -> Int64? {
                var result: Int64 = 0
                for index in start..<(start + count) {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    result = result * 10 + Int64(digit)
                }
                return result
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
                  let minute = number(14, 2), let second = number(17, 2), let millis = number(20, 3),
                  year >= 2001, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
            else { return nil }
            let days = daysSince1970(year: year, month: month, day: day)
            let total = ((days * 24 + hour) * 60 + minute) * 60 + second
            // Counted from 2001 and with the milliseconds as nanoseconds, as the Calendar counts: the same Double
            // (dates before 2001, counted backwards, are left to GRDB).
            return Date(timeIntervalSinceReferenceDate: Double(total - 978_307_200) + Double(millis * 1_000_000) / 1e9)
        }
        return parsed ?? Date.fromDatabaseValue(value)
    }

    /// The days from 1970-01-01 to a proleptic Gregorian date (the inverse of `civilDate`).
    private static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian year, month and day of a count of days since 1970-01-01 (not negative): the
    /// usual era-based conversion (eras of 400 years, years starting in March).
    private static func civilDate(daysSince1970: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = daysSince1970 + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
