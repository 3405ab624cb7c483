/// The questions a mention asks and whether a draft takes each up: it shares a word of the question's subject
/// (by its first five letters, so "bezorgd" meets "bezorging"), explains when asked why, or names a time when
/// asked when.
enum ReplyQuestions {
    /// Function words and question words that say nothing of a question's subject.
    static let empty: Set<String> = [
        "waarom", "wanneer", "hoelang", "hoezo", "jullie", "jouw", "mijn", "onze", "deze", "niet", "geen", "heeft", "hebben",
        "wordt", "worden", "kunnen", "kunt", "moet", "moeten", "zijn", "waar", "weer", "nog", "steeds", "echt", "iemand", "helpen",
        "eigenlijk", "gewoon", "even", "toch", "alweer", "what", "when", "where", "which", "your", "have", "does", "will",
        "would", "could", "should", "this", "that", "with", "there", "them", "they", "from", "really", "still", "again",
        "anyone", "someone", "help", "just", "already", "meer", "more", "lang", "long", "zo", "gaat", "gaan", "going",
        "doen", "kan", "can", "ik", "het", "een", "de", "dat", "die", "wat", "hoe", "why", "how", "the", "you",
    ]
    /// Openings of a question that asks why.
    static let why: Set<String> = ["waarom", "hoezo", "why"]
    /// Openings of a question that asks when or how long.
    static let when: Set<String> = ["wanneer", "hoelang", "when"]

    /// Whether a word is written as an @handle.
    static func isHandle(_ token: ReplyText.Token, in text: ReplyText) -> Bool {
        token.start > 0 && text.text.utf8[text.text.utf8.index(text.text.utf8.startIndex, offsetBy: token.start - 1)] == UInt8(ascii: "@")
    }

    /// The mention's questions (sentences that end in "?"), each with whether `draft` answers it.
    static func questions(in mention: String, answeredBy draft: ReplyText, findings: [ReplyCheck.Finding]) -> [ReplyCheck.Question] {
        let text = ReplyText(mention)
        let draftWords = Set(draft.tokens.filter(\.isWord).map(\.folded))
        let draftStems = Set(draftWords.filter { $0.count >= 5 }.map { String($0.prefix(5)) })
        let explains = findings.contains { $0.kind == .explanation }
        let namesTime = PromiseFinder.namesTime(draft)
        return text.sentences.compactMap { sentence -> ReplyCheck.Question? in
            guard text.tokens[sentence.upperBound - 1].folded == "?" else { return nil }
            // An @handle names the brand, not the subject: "@Telvio hoe zeg ik op?" is about cancelling.
            let words = sentence.map { text.tokens[$0] }.filter { $0.isWord && !isHandle($0, in: text) }.map(\.folded)
            guard !words.isEmpty else { return nil }
            let subject = words.filter { $0.count >= 4 && !empty.contains($0) && Int($0) == nil }
            var answered = subject.contains { draftWords.contains($0) || ($0.count >= 5 && draftStems.contains(String($0.prefix(5)))) }
            let asksHowLong = zip(words, words.dropFirst()).contains { ($0 == "hoe" && $1 == "lang") || ($0 == "how" && $1 == "long") }
            if words.contains(where: why.contains) && explains { answered = true }
            if (words.contains(where: when.contains) || asksHowLong) && namesTime { answered = true }
            return ReplyCheck.Question(text: text.written(sentence), isAnswered: answered)
        }
    }
}
