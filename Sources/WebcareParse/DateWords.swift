import Foundation

/// The month names, weekday names and 12-hour markers dates are written with: English, Dutch, French "janvier",
/// Greek (nominative and genitive, with or without accents) and Hungarian (with or without accents, abbreviated
/// with a dot). Words come lowercased.
extension FeedDate {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "januari": 1, "janvier": 1, "januar": 1,
        "feb": 2, "february": 2, "februari": 2, "febr": 2, "februar": 2,
        "mar": 3, "march": 3, "mrt": 3, "maart": 3, "maa": 3, "marc": 3, "marcius": 3,
        "apr": 4, "april": 4, "aprilis": 4,
        "may": 5, "mei": 5, "maj": 5, "majus": 5,
        "jun": 6, "june": 6, "juni": 6, "junius": 6,
        "jul": 7, "july": 7, "juli": 7, "julius": 7,
        "aug": 8, "august": 8, "augustus": 8, "augusztus": 8,
        "sep": 9, "sept": 9, "september": 9, "szept": 9, "szeptember": 9,
        "oct": 10, "october": 10, "okt": 10, "oktober": 10,
        "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]

    /// Greek months by the letters they start with once accents are gone (Ιαν, Ιανουαρίου, Μαΐου, Ιουνίου).
    private static let greekMonthStems: [(String, Int)] = [
        ("ιουν", 6), ("ιουλ", 7), ("ιαν", 1), ("φεβ", 2), ("μαρ", 3), ("απρ", 4), ("μαι", 5), ("αυγ", 8),
        ("σεπ", 9), ("οκτ", 10), ("νοε", 11), ("δεκ", 12),
    ]

    private static let weekdays: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "ma", "di", "wo", "do", "vr", "za", "zo",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "hetfo", "kedd", "szerda", "csutortok", "pentek", "szombat", "vasarnap", "sze", "cs", "szo",
        "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
    ]

    private static let greekWeekdayStems = ["δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ", "κυρ"]

    /// The month a word names (1…12), or nil.
    static func monthNumber(_ token: String) -> Int? {
        if let month = months[token] { return month }
        guard !token.allSatisfy(\.isASCII) else { return nil }
        let folded = token.folding(options: .diacriticInsensitive, locale: nil)
        if let month = months[folded] { return month }
        return greekMonthStems.first { folded.hasPrefix($0.0) && folded.count <= 12 }?.1
    }

    /// Whether a word is a weekday's name.
    static func isWeekday(_ token: String) -> Bool {
        if weekdays.contains(token) { return true }
        guard !token.allSatisfy(\.isASCII) else { return false }
        let folded = token.folding(options: .diacriticInsensitive, locale: nil)
        return weekdays.contains(folded) || greekWeekdayStems.contains { folded.hasPrefix($0) && folded.count <= 10 }
    }

    /// "am" or "pm" for a word that marks the half of a 12-hour clock ("pm", "p.m", Korean 오후, Greek μ.μ), else nil.
    static func meridiemMarker(_ token: String) -> String? {
        switch token {
        case "am", "a.m", "오전", "π.μ", "πμ": return "am"
        case "pm", "p.m", "오후", "μ.μ", "μμ": return "pm"
        default: return nil
        }
    }
}
