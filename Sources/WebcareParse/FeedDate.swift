import Foundation

/// Reads the dates feeds write: RFC 822/1123 with its real-world variants (no weekday, two-digit years,
/// named and military zones, no seconds, Dutch month and day names) and RFC 3339 / W3CDTF (date-only too).
/// An unreadable date is nil, never "now"; so is a date outside 1970…2100.
public enum FeedDate {
    /// The instant the text names, in UTC, or nil when it can't be read.
    public static func parse(_ text: String) -> Date? {
        let trimmed = WebcareParse.trimmed(text)
        guard !trimmed.isEmpty else { return nil }
        var storage = trimmed
        let (date, isRFC3339) = storage.withUTF8 { bytes -> (Date?, Bool) in
            if bytes.count >= 7, isDigit(bytes[0]), isDigit(bytes[1]), isDigit(bytes[2]), isDigit(bytes[3]), bytes[4] == UInt8(ascii: "-") {
                return (rfc3339(bytes), true)
            }
            return (usualRFC822(bytes), false)
        }
        return isRFC3339 ? date : date ?? rfc822(trimmed)
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
            guard let zone = digits(4, 4) else { return nil }
            offset = sign * ((zone / 100) * 3600 + (zone % 100) * 60)
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
        guard let year = number(4, &index), skip(UInt8(ascii: "-"), &index), let month = number(2, &index) else { return nil }
        var day = 1
        if skip(UInt8(ascii: "-"), &index) { guard let d = number(2, &index) else { return nil }; day = d }
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
                    offsetSeconds = sign * (oh * 3600 + om * 60)
                } else {
                    let rest = String(decoding: b[index...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    guard let zone = zoneOffset(rest) else { return nil }
                    offsetSeconds = zone
                    index = b.count
                }
            }
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offsetSeconds)
    }

    // MARK: RFC 822 and friends

    private static func rfc822(_ text: String) -> Date? {
        let tokens = withoutComments(text).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            .map(String.init)
        var day: Int?, month: Int?, year: Int?
        var hour = 0, minute = 0, second = 0.0
        var offset = 0
        var sawTime = false
        var meridiem: String? = nil
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            index += 1
            if token.hasSuffix(".") { token.removeLast() }
            if token.contains(":"), !sawTime, let first = token.first, first.isNumber {
                // "2:05pm": the meridiem glued to the time.
                if token.hasSuffix("am") || token.hasSuffix("pm") { meridiem = String(token.suffix(2)); token.removeLast(2) }
                let parts = token.split(separator: ":")
                guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
                hour = h; minute = m
                if parts.count >= 3 { second = Double(parts[2]) ?? 0 }
                sawTime = true
                continue
            }
            if sawTime, token.hasPrefix("+") || token.hasPrefix("-"), let zone = zoneOffset(token) { offset = zone; continue }
            if let value = Int(token) {
                if day == nil, month == nil || year == nil, token.count <= 2 { day = value }
                else if year == nil { year = token.count <= 2 ? (value < 50 ? 2000 + value : 1900 + value) : value }
                continue
            }
            // "10-jun-2003", and day-first numbers as Dutch sites write them: "17-11-2026", "17.11.2026",
            // "17/11/2026" (month-first only when the day-first reading is impossible: "11/17/2026").
            if token.contains(where: { $0 == "-" || $0 == "." || $0 == "/" }), let first = token.first, first.isNumber {
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).map(String.init)
                if parts.count == 3, var d = Int(parts[0]), parts[0].count <= 2, var m = monthNumber(parts[1]) ?? (parts[1].count <= 2 ? Int(parts[1]) : nil),
                   let y = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 {
                    if m > 12, d <= 12, Int(parts[1]) != nil { swap(&d, &m) }
                    day = d; month = m; year = parts[2].count <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y
                    continue
                }
            }
            if month == nil, let m = monthNumber(token) { month = m; continue }
            if isWeekday(token) { continue }
            if token == "om" || token == "uur" || token == "at" || token == "-" { continue }
            if sawTime, token == "am" || token == "pm" || token == "a.m" || token == "p.m" { meridiem = String(token.prefix(1)) + "m"; continue }
            if sawTime, let zone = zoneOffset(token) { offset = zone; continue }
            return nil
        }
        guard let day, let month, let year else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = meridiem == "pm" ? (hour % 12) + 12 : hour % 12
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "januari": 1, "janvier": 1,
        "feb": 2, "february": 2, "februari": 2, "febr": 2,
        "mar": 3, "march": 3, "mrt": 3, "maart": 3, "maa": 3,
        "apr": 4, "april": 4,
        "may": 5, "mei": 5,
        "jun": 6, "june": 6, "juni": 6,
        "jul": 7, "july": 7, "juli": 7,
        "aug": 8, "august": 8, "augustus": 8,
        "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "okt": 10, "oktober": 10,
        "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]

    private static func monthNumber(_ token: String) -> Int? { months[token] }

    private static let weekdays: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "ma", "di", "wo", "do", "vr", "za", "zo",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]

    private static func isWeekday(_ token: String) -> Bool { weekdays.contains(token) }

    private static let namedZones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "bst": 1, "west": 1,
        "cet": 1, "met": 1, "mez": 1, "cest": 2, "mest": 2, "mesz": 2, "eet": 2, "eest": 3,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "akst": -9, "akdt": -8, "hst": -10, "ist": 5,
    ]

    /// The offset from UTC, in seconds, of "+0200", "-05:00", "CEST", "GMT+1" or a military letter.
    static func zoneOffset(_ raw: String) -> Int? {
        let token = raw.lowercased()
        if let hours = namedZones[token] { return hours * 3600 }
        if token.count == 1, let letter = token.unicodeScalars.first, letter.value >= 0x61, letter.value <= 0x7A, token != "j" {
            // Military zones: A–I = +1…+9, K–M = +10…+12, N–Y = -1…-12, Z = 0.
            let value = Int(letter.value) - 0x61
            switch token {
            case "z": return 0
            case "a"..."i": return (value + 1) * 3600
            case "k"..."m": return value * 3600
            default: return -(value - 12) * 3600
            }
        }
        var text = Substring(token)
        for prefix in ["gmt", "utc", "ut"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count); break }
        guard let signChar = text.first, signChar == "+" || signChar == "-" else { return nil }
        let sign = signChar == "-" ? -1 : 1
        let digits = text.dropFirst().replacingOccurrences(of: ":", with: "")
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let number = Int(digits) else { return nil }
        switch digits.count {
        case 1, 2: return sign * number * 3600
        case 3, 4: return sign * ((number / 100) * 3600 + (number % 100) * 60)
        default: return nil
        }
    }

    /// The text without RFC 822 comments: "+0000 (UTC)", "GMT+0100 (Midden-Europese standaardtijd)".
    private static func withoutComments(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; out.append(" ") }
            else if character == ")" { depth = max(0, depth - 1) }
            else if depth == 0 { out.append(character) }
        }
        return out
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
