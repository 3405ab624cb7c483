import Foundation

/// Reads the dates feeds write: RFC 822/1123 with its real-world variants (no weekday, two-digit years,
/// named and military zones, no seconds, Dutch month and day names) and RFC 3339 / W3CDTF (date-only too).
/// An unreadable date is nil, never "now"; so is a date outside 1970…2100.
public enum FeedDate {
    /// The instant the text names, in UTC, or nil when it can't be read.
    public static func parse(_ text: String) -> Date? {
        parse(text, slashOrder: .dayFirst)
    }

    /// The same, reading a numeric date with slashes (`03/11/2026`) in `slashOrder` when both orders are possible.
    static func parse(_ text: String, slashOrder: SlashDateOrder) -> Date? {
        let trimmed = WebcareParse.trimmed(text)
        guard !trimmed.isEmpty else { return nil }
        var storage = trimmed
        let (date, isRFC3339) = storage.withUTF8 { bytes -> (Date?, Bool) in
            if bytes.count >= 7, isDigit(bytes[0]), isDigit(bytes[1]), isDigit(bytes[2]), isDigit(bytes[3]), bytes[4] == UInt8(ascii: "-") {
                return (rfc3339(bytes), true)
            }
            return (usualRFC822(bytes), false)
        }
        return isRFC3339 ? date : date ?? rfc822(trimmed, slashOrder: slashOrder)
    }

    // MARK: the usual RFC 822 form, read from bytes

    private static let englishMonths: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .map(packed)

    /// Three ASCII letters, lower-cased, packed into one number.
    private static func packed(_ text: String) -> UInt32 {
        text.utf8.prefix(3).reduce(0) { $0 << 8 | UInt32($1 | 0x20) }
    }

    /// "Mon, 16 Nov 2026 09:00:00 +0100" (or GMT/UT/Z, or without the weekday or seconds): what almost every feed
    /// writes, read without building strings. Anything else returns nil and goes through the general reader.
    private static func usualRFC822(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        var index = 0
        func skipSpaces() { while index < b.count, b[index] == 0x20 { index += 1 } }
        func digits(_ minimum: Int, _ maximum: Int) -> Int? {
            var value = 0, count = 0
            while index < b.count, count < maximum, isDigit(b[index]) { value = value * 10 + Int(b[index] - 0x30); index += 1; count += 1 }
            return count >= minimum ? value : nil
        }
        func letters() -> UInt32? {
            guard index + 3 <= b.count else { return nil }
            var value: UInt32 = 0
            for offset in 0..<3 {
                let byte = b[index + offset] | 0x20
                guard byte >= 0x61, byte <= 0x7A else { return nil }
                value = value << 8 | UInt32(byte)
            }
            index += 3
            return value
        }
        // An English weekday and a comma, or nothing.
        if index < b.count, !isDigit(b[index]) {
            guard letters() != nil, index < b.count, b[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skipSpaces()
        }
        guard let day = digits(1, 2) else { return nil }
        skipSpaces()
        guard let monthName = letters(), let monthIndex = englishMonths.firstIndex(of: monthName) else { return nil }
        skipSpaces()
        guard let year = digits(4, 4), index < b.count, b[index] == 0x20 else { return nil }
        skipSpaces()
        guard let hour = digits(2, 2), index < b.count, b[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard let minute = digits(2, 2) else { return nil }
        var second = 0
        if index < b.count, b[index] == UInt8(ascii: ":") {
            index += 1
            guard let s = digits(2, 2) else { return nil }
            second = s
        }
        skipSpaces()
        var offset = 0
        if index < b.count, b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-") {
            let sign = b[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let zone = digits(4, 4), let seconds = offsetSeconds(hours: zone / 100, minutes: zone % 100) else { return nil }
            offset = sign * seconds
        } else {
            let rest = b[index...].map { $0 | 0x20 }
            guard rest.isEmpty || rest.elementsEqual("gmt".utf8) || rest.elementsEqual("ut".utf8) || rest.elementsEqual("utc".utf8)
                || rest.elementsEqual("z".utf8) else { return nil }
            index = b.count
        }
        guard index == b.count else { return nil }
        return makeDate(year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: Double(second), offsetSeconds: offset)
    }

    // MARK: RFC 3339 / W3CDTF

    private static func rfc3339(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        var index = 0
        // The number in the next `digits` bytes, stepping over them; nil (and no step) when they aren't all digits.
        func number(_ digits: Int, _ index: inout Int) -> Int? {
            guard index + digits <= b.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                guard isDigit(b[index + offset]) else { return nil }
                value = value * 10 + Int(b[index + offset] - 0x30)
            }
            index += digits
            return value
        }
        func skip(_ byte: UInt8, _ index: inout Int) -> Bool {
            if index < b.count, b[index] == byte { index += 1; return true }
            return false
        }
        guard let year = number(4, &index), skip(UInt8(ascii: "-"), &index) else { return nil }
        var month: Int, day = 1
        // An ordinal date, "2003-335": the 335th day of 2003. Three digits and no fourth tell it from "2003-12".
        var ordinal = index
        if let dayOfYear = number(3, &ordinal), ordinal == b.count || !isDigit(b[ordinal]) {
            guard let (m, d) = monthAndDay(ofDay: dayOfYear, in: year) else { return nil }
            (month, day, index) = (m, d, ordinal)
        } else {
            guard let m = number(2, &index) else { return nil }
            month = m
            if skip(UInt8(ascii: "-"), &index) { guard let d = number(2, &index) else { return nil }; day = d }
        }
        var hour = 0, minute = 0, second = 0.0
        var offsetSeconds = 0
        if index < b.count, b[index] == UInt8(ascii: "T") || b[index] == UInt8(ascii: "t") || b[index] == UInt8(ascii: " ") {
            index += 1
            guard let h = number(2, &index), skip(UInt8(ascii: ":"), &index), let m = number(2, &index) else { return nil }
            hour = h; minute = m
            if skip(UInt8(ascii: ":"), &index) {
                guard let s = number(2, &index) else { return nil }
                second = Double(s)
                if skip(UInt8(ascii: "."), &index) || skip(UInt8(ascii: ","), &index) {
                    var scale = 0.1
                    while index < b.count, isDigit(b[index]) { second += Double(b[index] - 0x30) * scale; scale /= 10; index += 1 }
                }
            }
            while index < b.count, b[index] == UInt8(ascii: " ") { index += 1 }
            if index < b.count {
                if b[index] == UInt8(ascii: "Z") || b[index] == UInt8(ascii: "z") {
                    index += 1
                } else if b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-") {
                    let sign = b[index] == UInt8(ascii: "-") ? -1 : 1
                    index += 1
                    guard let oh = number(2, &index) else { return nil }
                    _ = skip(UInt8(ascii: ":"), &index)
                    let om = number(2, &index) ?? 0
                    guard let seconds = self.offsetSeconds(hours: oh, minutes: om) else { return nil }
                    offsetSeconds = sign * seconds
                } else {
                    let rest = String(decoding: b[index...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    guard let zone = TimeZoneName(rest),
                          let seconds = zone.offset(year: year, month: month, day: day, hour: hour, minute: minute) else { return nil }
                    offsetSeconds = seconds
                    index = b.count
                }
            }
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offsetSeconds)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Builds the instant from civil fields without a Calendar (days-from-civil, proleptic Gregorian).
    static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offsetSeconds: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
              second >= 0, second < 61, (1000...9999).contains(year) else { return nil }
        // No 31 February: a date that doesn't exist is unreadable, not the next month.
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let daysInMonth = month == 2 ? (isLeapYear ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
        guard day <= daysInMonth else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146097 + dayOfEra - 719468
        let seconds = Double(days * 86400 + hour * 3600 + minute * 60 - offsetSeconds) + second
        return plausible(secondsSince1970: seconds)
    }

    /// The first instant a feed date may name: 1970-01-01T00:00:00Z.
    public static let earliest = Date(timeIntervalSince1970: 0)
    /// The first instant after the last one a feed date may name: 2101-01-01T00:00:00Z.
    public static let end = Date(timeIntervalSince1970: 4_133_980_800)

    /// The instant, when it lies in 1970…2100 (UTC); nil otherwise (NaN and infinities too). Every date a parser
    /// reads goes through here, so a date in year 10000 or 1066 is unknown rather than stored and compared as text.
    public static func plausible(secondsSince1970 seconds: Double) -> Date? {
        guard seconds >= earliest.timeIntervalSince1970, seconds < end.timeIntervalSince1970 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
