import Foundation

extension FeedDate {
    // MARK: RFC 822 and friends, read as words

    /// Dates as people write them, word by word: RFC 822's variants, month and day names in Dutch, English, Greek
    /// and Hungarian, Korean "2026년 11월 17일", numbers day-first (`17-11-2026`), year-first (`2026/11/17`,
    /// `2026. 11. 17.`) or, with slashes, in `slashOrder`; 12-hour clocks; named, military, US and `Etc/GMT±N` zones.
    /// A word it does not know, a zone it cannot place or an offset out of range makes the date unknown.
    static func rfc822(_ text: String, slashOrder: SlashDateOrder) -> Date? {
        let tokens = withoutComments(text).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            .map(String.init)
        var day: Int?, month: Int?, year: Int?
        // Set when the year came before day and month ("2026. 11. 17.", "2026년 11월 17일").
        var isYearFirst = false
        var hour = 0, minute = 0, second = 0.0
        var zone: TimeZoneName?
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
            // After the time, a sign starts an offset ("+0100", "-05:00"): one out of range makes the date unknown.
            if sawTime, token.hasPrefix("+") || token.hasPrefix("-"), token.count > 1 {
                guard let named = TimeZoneName(token) else { return nil }
                zone = named
                continue
            }
            if let value = Int(token), token.allSatisfy(\.isNumber) {
                if token.count > 2 {
                    guard year == nil else { return nil }
                    year = value
                    isYearFirst = day == nil && month == nil
                } else if isYearFirst, month == nil {
                    month = value
                } else if day == nil {
                    day = value
                } else if year == nil {
                    year = value < 50 ? 2000 + value : 1900 + value
                }
                continue
            }
            if let (field, value) = koreanField(token) {
                switch field {
                case "년": year = value; isYearFirst = day == nil && month == nil
                case "월": month = value
                default: day = value
                }
                continue
            }
            // "10-jun-2003", day-first numbers as Dutch sites write them ("17-11-2026", "17.11.2026"), year-first
            // ones ("2026/11/17"), and slashed ones in the page's order ("11/17/2026" is month-first whatever it is).
            if token.contains(where: { $0 == "-" || $0 == "." || $0 == "/" }), let first = token.first, first.isNumber {
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).map(String.init)
                guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
                if parts[0].count == 4, let y = Int(parts[0]), let m = monthNumber(parts[1]) ?? Int(parts[1]), let d = Int(parts[2]),
                   parts[2].count <= 2 {
                    (day, month, year) = (d, m, y)
                    continue
                }
                guard var d = Int(parts[0]), parts[0].count <= 2,
                      var m = monthNumber(parts[1]) ?? (parts[1].count <= 2 ? Int(parts[1]) : nil),
                      let y = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else { return nil }
                let isNumeric = Int(parts[1]) != nil
                if isNumeric, m > 12, d <= 12 { swap(&d, &m) }
                else if isNumeric, slashOrder == .monthFirst, token.contains("/"), d <= 12 { swap(&d, &m) }
                day = d; month = m; year = parts[2].count <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y
                continue
            }
            if month == nil, let m = monthNumber(token) { month = m; continue }
            if isWeekday(token) { continue }
            if token == "om" || token == "uur" || token == "-" || (token == "at" && !sawTime) { continue }
            if let marker = meridiemMarker(token) { meridiem = marker; continue }
            if sawTime, let named = TimeZoneName.spelledOut(tokens, from: index - 1) {
                zone = named.zone
                index = named.next
                continue
            }
            if sawTime, let named = TimeZoneName(token) { zone = named; continue }
            return nil
        }
        guard let day, let month, let year else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = meridiem == "pm" ? (hour % 12) + 12 : hour % 12
        }
        var offset = 0
        if let zone {
            guard let seconds = zone.offset(year: year, month: month, day: day, hour: hour, minute: minute) else { return nil }
            offset = seconds
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    /// "2026년", "11월", "17일": the field a Korean date word names and its number.
    private static func koreanField(_ token: String) -> (String, Int)? {
        guard let last = token.last, last == "년" || last == "월" || last == "일", let value = Int(token.dropLast()) else { return nil }
        return (String(last), value)
    }

    /// An offset of this many hours and minutes in seconds, or nil when no place on earth has it (`+99:99`):
    /// at most 14 hours, minutes below 60.
    static func offsetSeconds(hours: Int, minutes: Int) -> Int? {
        guard (0...14).contains(hours), (0...59).contains(minutes) else { return nil }
        return hours * 3600 + minutes * 60
    }

    /// The month and day of the `dayOfYear`th day (1-based) of `year`, or nil when the year has no such day.
    static func monthAndDay(ofDay dayOfYear: Int, in year: Int) -> (Int, Int)? {
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        var remaining = dayOfYear
        guard remaining >= 1 else { return nil }
        for month in 1...12 {
            let length = month == 2 ? (isLeapYear ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
            if remaining <= length { return (month, remaining) }
            remaining -= length
        }
        return nil
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
}
