import Foundation

/// A time zone as a date names it: an offset ("+0200", "-05:00", "GMT+1"), a zone name ("CEST", "EDT"), a military
/// letter, an IANA `Etc/GMT±N` (whose sign is POSIX's, the other way round: Etc/GMT+5 is five hours behind UTC), or
/// a US zone that says no more than its region ("ET", "Pacific Time"), standard or daylight time by the date.
/// A name it does not know is no zone, so the date stays unknown rather than read as UTC.
enum TimeZoneName {
    /// A fixed offset from UTC, in seconds.
    case fixed(Int)
    /// A US (or Canadian) region's time, `standardHours` from UTC, an hour later while daylight saving time runs.
    case usRegion(standardHours: Int)

    private static let named: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "bst": 1, "west": 1,
        "cet": 1, "met": 1, "mez": 1, "cest": 2, "mest": 2, "mesz": 2, "eet": 2, "eest": 3,
        "ast": -4, "adt": -3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "akst": -9, "akdt": -8, "hst": -10, "ist": 5,
    ]

    /// The regions' own names, "ET" for Eastern Time: standard or daylight by the date.
    private static let regions: [String: Int] = ["at": -4, "et": -5, "ct": -6, "mt": -7, "pt": -8, "akt": -9]

    private static let spelledRegions: [String: Int] = [
        "atlantic": -4, "eastern": -5, "central": -6, "mountain": -7, "pacific": -8, "alaska": -9,
    ]

    /// The zone a word names ("+0100", "-05:00", "cest", "gmt+1", "r", "etc/gmt-2", "et"), lowercased or not.
    init?(_ raw: String) {
        let token = raw.lowercased()
        if let hours = Self.named[token] { self = .fixed(hours * 3600); return }
        if let hours = Self.regions[token] { self = .usRegion(standardHours: hours); return }
        if token.count == 1, let letter = token.unicodeScalars.first, letter.value >= 0x61, letter.value <= 0x7A, token != "j" {
            // Military zones: A–I = +1…+9, K–M = +10…+12, N–Y = -1…-12, Z = 0.
            let value = Int(letter.value) - 0x61
            switch token {
            case "z": self = .fixed(0)
            case "a"..."i": self = .fixed((value + 1) * 3600)
            case "k"..."m": self = .fixed(value * 3600)
            default: self = .fixed(-(value - 12) * 3600)
            }
            return
        }
        var text = Substring(token)
        var sign = 1
        if text.hasPrefix("etc/") {
            text = text.dropFirst(4)
            if ["utc", "gmt", "uct", "gmt0", "universal", "zulu", "greenwich"].contains(String(text)) { self = .fixed(0); return }
            guard text.hasPrefix("gmt") else { return nil }
            // POSIX signs: Etc/GMT+5 is UTC-5.
            sign = -1
        }
        for prefix in ["gmt", "utc", "ut"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count); break }
        guard let signChar = text.first, signChar == "+" || signChar == "-" else { return nil }
        if signChar == "-" { sign = -sign }
        let digits = text.dropFirst().replacingOccurrences(of: ":", with: "")
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let number = Int(digits) else { return nil }
        let seconds: Int?
        switch digits.count {
        case 1, 2: seconds = FeedDate.offsetSeconds(hours: number, minutes: 0)
        case 3, 4: seconds = FeedDate.offsetSeconds(hours: number / 100, minutes: number % 100)
        default: seconds = nil
        }
        guard let seconds else { return nil }
        self = .fixed(sign * seconds)
    }

    /// A zone written out in words from `tokens[start]` on: "Eastern Time", "Pacific Standard Time", "Central
    /// Daylight Time"; the zone and the index after its last word.
    static func spelledOut(_ tokens: [String], from start: Int) -> (zone: TimeZoneName, next: Int)? {
        guard let hours = spelledRegions[tokens[start]] else { return nil }
        var index = start + 1
        var zone = TimeZoneName.usRegion(standardHours: hours)
        if index < tokens.count, tokens[index] == "standard" || tokens[index] == "daylight" {
            zone = .fixed((tokens[index] == "daylight" ? hours + 1 : hours) * 3600)
            index += 1
        }
        guard index < tokens.count, tokens[index] == "time" else { return nil }
        return (zone, index + 1)
    }

    /// The offset from UTC, in seconds, at this local date and time; nil when the date's weekdays can't be worked
    /// out (a year outside what dates may name).
    func offset(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Int? {
        switch self {
        case .fixed(let seconds):
            return seconds
        case .usRegion(let hours):
            guard let isDaylight = Self.isUSDaylightTime(year: year, month: month, day: day, hour: hour) else { return nil }
            return (isDaylight ? hours + 1 : hours) * 3600
        }
    }

    /// Whether US daylight saving time runs at this local time: from 2:00 on the second Sunday of March to 2:00 on
    /// the first Sunday of November since 2007; first Sunday of April to last Sunday of October 1987–2006; last
    /// Sunday of April to last Sunday of October before. The hour that repeats in autumn counts as daylight time.
    private static func isUSDaylightTime(year: Int, month: Int, day: Int, hour: Int) -> Bool? {
        let start: (month: Int, day: Int)?, end: (month: Int, day: Int)?
        if year >= 2007 {
            start = sunday(2, of: 3, in: year).map { (3, $0) }
            end = sunday(1, of: 11, in: year).map { (11, $0) }
        } else if year >= 1987 {
            start = sunday(1, of: 4, in: year).map { (4, $0) }
            end = lastSunday(of: 10, in: year).map { (10, $0) }
        } else {
            start = lastSunday(of: 4, in: year).map { (4, $0) }
            end = lastSunday(of: 10, in: year).map { (10, $0) }
        }
        guard let start, let end else { return nil }
        let now = (month, day, hour)
        return now >= (start.month, start.day, 2) && now < (end.month, end.day, 2)
    }

    /// The day of the month of its `n`th Sunday.
    private static func sunday(_ n: Int, of month: Int, in year: Int) -> Int? {
        guard let first = weekday(year: year, month: month, day: 1) else { return nil }
        return 1 + (7 - first) % 7 + 7 * (n - 1)
    }

    /// The day of the month of its last Sunday (April and October: 30 and 31 days).
    private static func lastSunday(of month: Int, in year: Int) -> Int? {
        let last = month == 4 ? 30 : 31
        return weekday(year: year, month: month, day: last).map { last - $0 }
    }

    /// 0 for Sunday … 6 for Saturday.
    private static func weekday(year: Int, month: Int, day: Int) -> Int? {
        guard let date = FeedDate.makeDate(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, offsetSeconds: 0) else { return nil }
        let days = Int((date.timeIntervalSince1970 / 86400).rounded(.down))
        return ((days + 4) % 7 + 7) % 7
    }
}
