import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment
import WebcareStore

/// `webcare suggest-words`: what the team's relabels teach the scorer. Words that keep turning up in mentions the
/// team relabelled one way, and never in those it relabelled another way, are proposed as word corrections for
/// `sentiment.words`, with the evidence. Nothing changes until the team puts them in the config.
public struct WordSuggestions: Sendable {
    /// One proposed correction.
    public struct Suggestion: Sendable, Equatable {
        /// The word, lowercased.
        public var word: String
        /// The language of the mentions it came from.
        public var language: Language
        /// The label the team gave the mentions it appears in.
        public var teamLabel: SentimentLabel
        /// In how many such mentions it appears.
        public var mentions: Int
        /// Its weight in those mentions today (the mean; 0 when the scorer does not know it).
        public var weightToday: Double
        /// The valence proposed for `sentiment.words`.
        public var proposed: Double
    }

    /// The valence proposed for a word the team's labels pull this way.
    static func proposedValence(for label: SentimentLabel) -> Double {
        switch label {
        case .negative: -1.5
        case .neutral: 0
        case .positive: 1.5
        }
    }

    private let database: WebcareDatabase
    private let scoring: MentionScoring
    /// Brand names and keywords, folded: never proposed.
    private let brandWords: Set<String>

    /// Suggestions from the config's database, against the config's scoring.
    public init(config: Config, database: WebcareDatabase) {
        self.database = database
        self.scoring = MentionScoring(config: config)
        brandWords = Set(config.brands.flatMap { [$0.name] + $0.keywords }.flatMap { Self.words(in: $0) })
    }

    /// The suggestions backed by at least `minimum` relabelled mentions, strongest evidence first.
    public func suggestions(minimum: Int) throws(StoreError) -> [Suggestion] {
        struct Evidence { var mentions = 0; var weights = 0.0 }
        var evidence: [String: [SentimentLabel: Evidence]] = [:]
        var languages: [String: [Language: Int]] = [:]
        for team in try database.teamLabels() {
            let mention = team.mention
            let text = MentionScoring.scoredText(title: mention.title, text: mention.text)
            let explanation = scoring.scorer(for: mention.brand).explain(text, rating: mention.rating, bestRating: mention.bestRating)
            var weights: [String: Double] = [:]
            for contribution in explanation.contributions {
                for word in Self.words(in: contribution.term) { weights[word, default: 0] += contribution.weight }
            }
            for word in Set(Self.words(in: text)) where !brandWords.contains(word) && !Self.stopWords.contains(word) {
                evidence[word, default: [:]][team.label, default: Evidence()].mentions += 1
                evidence[word, default: [:]][team.label, default: Evidence()].weights += weights[word] ?? 0
                languages[word, default: [:]][mention.sentiment.language, default: 0] += 1
            }
        }
        var found: [Suggestion] = []
        for (word, byLabel) in evidence {
            // One direction only: a word in mentions the team pulled both ways teaches nothing.
            guard byLabel.count == 1, let (label, seen) = byLabel.first, seen.mentions >= minimum else { continue }
            let today = seen.weights / Double(seen.mentions)
            let proposed = Self.proposedValence(for: label)
            // Only what would change the scorer: a word already pulling the team's way needs no correction.
            let isAlreadyRight = proposed == 0 ? today == 0 : (today * proposed > 0)
            guard !isAlreadyRight, !(proposed == 0 && today == 0) else { continue }
            let language = languages[word]?.filter { $0.key != .unknown }.max { $0.value < $1.value }?.key ?? .nl
            found.append(Suggestion(word: word, language: language, teamLabel: label, mentions: seen.mentions,
                                    weightToday: (today * 100).rounded() / 100, proposed: proposed))
        }
        return found.sorted { ($0.mentions, $1.word) > ($1.mentions, $0.word) }
    }

    /// The lowercased words of a text: runs of letters (accents kept), apostrophes and hyphens inside a word kept.
    static func words(in text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "-") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'-")) }
            .filter { $0.count >= 3 }
    }

    /// Words too common in either language to teach anything.
    static let stopWords: Set<String> = [
        "de", "het", "een", "en", "van", "dat", "die", "niet", "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "is", "was",
        "zijn", "ben", "heb", "heeft", "hebben", "met", "voor", "op", "aan", "bij", "naar", "om", "te", "maar", "als", "dan", "nog",
        "wel", "ook", "al", "er", "hier", "daar", "dit", "deze", "wat", "wie", "mijn", "mij", "me", "jullie", "uw", "ons", "onze",
        "the", "and", "for", "with", "that", "this", "you", "your", "are", "was", "were", "have", "has", "had", "not", "but", "they",
        "their", "them", "our", "from", "just", "all", "can", "will", "would", "there", "what", "when", "who", "been", "into",
        "geen", "wordt", "werd", "kan", "kon", "zou", "moet", "over", "uit", "door", "nu", "toen", "want", "omdat", "weer", "nog",
    ]
}
