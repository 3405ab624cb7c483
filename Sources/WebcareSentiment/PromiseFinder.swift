import WebcareCore

/// Finds the promises with a time in a reply ("ik bel u morgen", "binnen drie werkdagen hoort u van ons",
/// "we'll get back to you by Friday", "vanmiddag stuur ik …"): a sentence that says who acts (ik, we, u hoort, I,
/// we will, you'll) and when. A question ("Zal ik u morgen bellen?") promises nothing; one promise per sentence,
/// the first time it names.
public enum PromiseFinder {
    /// The promises of a reply, in order.
    public static func promises(in reply: String) -> [Promise] {
        let text = ReplyText(reply)
        return text.sentences.compactMap { sentence -> Promise? in
            guard text.tokens[sentence.upperBound - 1].folded != "?",
                  sentence.contains(where: { text.tokens[$0].isWord && promiseCues.contains(text.tokens[$0].folded) }),
                  let time = firstTime(in: text, sentence) else { return nil }
            return Promise(words: text.written(sentence), time: time)
        }
    }

    /// Whether the text names a time at all (promise or not): a reply that says when answers a "wanneer?".
    static func namesTime(_ text: ReplyText) -> Bool {
        text.sentences.contains { firstTime(in: text, $0) != nil }
    }

    /// Words that make a sentence with a time a promise: someone commits to act.
    static let promiseCues: Set<String> = [
        "ik", "we", "wij", "hoort", "ontvangt", "krijgt", "krijg", "hoor", "uiterlijk", "zorgen", "zorg", "i", "we'll", "i'll",
        "you'll", "will", "shall", "by",
    ]

    static let weekdays: [String: Int] = [
        "zondag": 1, "maandag": 2, "dinsdag": 3, "woensdag": 4, "donderdag": 5, "vrijdag": 6, "zaterdag": 7,
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]
    static let parts: [String: PartOfDay] = [
        "ochtend": .morning, "morgen": .morning, "middag": .afternoon, "avond": .evening,
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .evening,
    ]
    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9,
        "oktober": 10, "november": 11, "december": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
        "july": 7, "august": 8, "october": 10, "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let numbers: [String: Int] = [
        "een": 1, "een.": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "het": 1, "the": 1,
    ]

    /// The first time the sentence names.
    static func firstTime(in text: ReplyText, _ sentence: Range<Int>) -> PromisedTime? {
        let tokens = text.tokens
        func word(_ index: Int) -> String? {
            index < sentence.upperBound && tokens[index].isWord ? tokens[index].folded : nil
        }
        func part(after index: Int) -> PartOfDay? {
            guard let next = word(index + 1), next != "morgen" else { return word(index + 1) == "morgen" && word(index) != "morgen" ? .morning : nil }
            return parts[next]
        }
        /// A weekday or "morgen" with a part of the day written on ("vrijdagmiddag", "morgenavond").
        func compound(_ word: String, _ stems: [String: Int]) -> (Int, PartOfDay)? {
            for (suffix, part) in parts where word.hasSuffix(suffix) && word.count > suffix.count {
                if let value = stems[String(word.dropLast(suffix.count))] { return (value, part) }
            }
            return nil
        }
        for index in sentence {
            guard let current = word(index) else { continue }
            switch current {
            case "vandaag", "today": return .day(.inDays(0), nil)
            case "vanochtend", "vanmorgen": return .day(.inDays(0), .morning)
            case "vanmiddag": return .day(.inDays(0), .afternoon)
            case "vanavond", "tonight": return .day(.inDays(0), .evening)
            case "overmorgen": return .day(.inDays(2), nil)
            case "morgen", "tomorrow": return .day(.inDays(1), part(after: index))
            case "this":
                if let next = word(index + 1), let part = parts[next], next != "night" { return .day(.inDays(0), part) }
            case "day":
                if word(index + 1) == "after", word(index + 2) == "tomorrow" { return .day(.inDays(2), nil) }
            case "end":
                if word(index + 1) == "of", word(index + 2) == "day" || (word(index + 2) == "the" && word(index + 3) == "day") {
                    return .day(.inDays(0), nil)
                }
            case "eod": return .day(.inDays(0), nil)
            case "binnen", "within", "in":
                if let time = span(at: index + 1, word) { return time }
            default:
                if let weekday = weekdays[current] { return .day(.weekday(weekday), part(after: index)) }
                if let (weekday, part) = compound(current, weekdays) { return .day(.weekday(weekday), part) }
                if let (_, part) = compound(current, ["morgen": 1]) { return .day(.inDays(1), part) }
                if tokens[index].isNumber, let day = Int(current), (1...31).contains(day), let next = word(index + 1), let month = months[next] {
                    return .day(.date(month: month, day: day), nil)
                }
                if let month = months[current], current.count > 3 || current == "may",
                   let next = word(index + 1), tokens[index + 1].isNumber, let day = Int(next), (1...31).contains(day) {
                    return .day(.date(month: month, day: day), nil)
                }
            }
        }
        return nil
    }

    /// "drie werkdagen", "24 uur", "2 business days", "the hour", "een week": a span after "binnen"/"within"/"in".
    static func span(at index: Int, _ word: (Int) -> String?) -> PromisedTime? {
        guard let first = word(index) else { return nil }
        let count = Int(first) ?? numbers[first]
        guard let count, let unit = word(index + 1) else { return nil }
        switch unit {
        case "werkdag", "werkdagen": return .workingDays(count)
        case "working", "business": return word(index + 2).map { $0 == "day" || $0 == "days" } == true ? .workingDays(count) : nil
        case "dag", "dagen", "day", "days": return first == "het" || first == "the" ? nil : .days(count)
        case "week", "weken", "weeks": return .days(7 * count)
        case "uur", "uren", "hour", "hours": return .hours(count)
        default: return nil
        }
    }
}
