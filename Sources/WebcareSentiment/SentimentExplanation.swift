import WebcareCore

/// One word, phrase or rule that moved the score, for `webcare score --explain`.
public struct SentimentContribution: Sendable, Equatable {
    /// The word, phrase, emoji or rule, as written in the text.
    public var term: String
    /// What it added to the raw total (before squashing into [-1, 1]).
    public var weight: Double
    /// Why it weighs what it does ("lexicon nl", "negated by niet", "after maar ×1.5").
    public var reason: String
}

/// The full verdict on one text: the sentiment and every contribution behind it.
public struct SentimentExplanation: Sendable, Equatable {
    /// The verdict.
    public var sentiment: Sentiment
    /// The raw total of the contributions, before squashing.
    public var total: Double
    /// What moved the score, in text order (rules that act on the whole text last).
    public var contributions: [SentimentContribution]

    /// The words and complaint signals that pulled the text down, each once, in text order: the word in lower
    /// case, a complaint signal by its kind ("waiting time"); punctuation rules and what pulled nothing down are
    /// left out. The weekly report counts these to show what people complain about.
    public var negativeTerms: [String] {
        var seen = Set<String>()
        return contributions.compactMap { contribution -> String? in
            guard contribution.weight < 0 else { return nil }
            let signal = "complaint signal: "
            let term: String
            if contribution.reason.hasPrefix(signal) {
                // "complaint signal: waiting time, after maar ×1.5": the kind without what boosted it.
                term = String(contribution.reason.dropFirst(signal.count).prefix { $0 != "," })
            } else if contribution.term.unicodeScalars.contains(where: { !$0.isASCII || $0.properties.isAlphabetic }) {
                term = contribution.term.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            } else {
                return nil
            }
            return seen.insert(term).inserted ? term : nil
        }
    }
}

/// The sink of `explain`: records every rule the walk applies, then writes the contributions out as text.
struct ExplanationRecorder: ScoringSink {
    private var steps: [(contribution: Int, step: ScoringStep)] = []
    private var wholeText: [(step: WholeTextStep, weight: Double)] = []
    /// The contributions, once the walk is done.
    private(set) var contributions: [SentimentContribution] = []
    /// The raw total, once the walk is done.
    private(set) var total = 0.0

    mutating func note(_ step: ScoringStep, contribution: Int) {
        steps.append((contribution, step))
    }

    mutating func noteWholeText(_ step: WholeTextStep, weight: Double) {
        wholeText.append((step, weight))
    }

    mutating func finish(_ walk: ScoringWalk, contributions found: UnsafeMutableBufferPointer<Contribution>, total: Double) {
        self.total = total
        var reasons = [[String]](repeating: [], count: found.count)
        for (contribution, step) in steps { reasons[contribution].append(Self.reason(step, walk)) }
        contributions = found.indices.map { position in
            let contribution = found[position]
            return SentimentContribution(term: walk.original(contribution.token..<(contribution.token + contribution.length)),
                                         weight: contribution.weight, reason: reasons[position].joined(separator: ", "))
        }
        for (step, weight) in wholeText {
            switch step {
            case .plainQuestion:
                contributions.append(SentimentContribution(term: "?", weight: weight, reason: "plain question ×0.2"))
            case .whyQuestion(let token):
                contributions.append(SentimentContribution(term: walk.original(token) + " …?", weight: weight, reason: "complaint signal: why-question"))
            case .exasperation:
                contributions.append(SentimentContribution(term: "?!", weight: weight, reason: "complaint signal: exasperated question"))
            case .exclamations(let count):
                contributions.append(SentimentContribution(term: String(repeating: "!", count: count), weight: weight, reason: "exclamation marks"))
            }
        }
    }

    private static func reason(_ step: ScoringStep, _ walk: ScoringWalk) -> String {
        switch step {
        case .emoji: return "emoji"
        case .waitingTime: return "complaint signal: waiting time"
        case .repetition: return "complaint signal: again / still not"
        case .phrase: return "phrase"
        case .separableVerb: return "separable verb"
        case .found(let how, let token):
            let prefix = how.prefix >= 0 ? SentimentRules.prefixes[how.prefix].prefix : ""
            switch how.source {
            case .lexicon, .otherLanguage:
                let lexicon = how.source == .lexicon ? "lexicon" : "lexicon (other language)"
                if how.isElongated { return lexicon + ", elongated" }
                if how.prefix >= 0 { return "\(lexicon), prefix \(prefix)-" }
                return lexicon
            case .prefixOnly: return "prefix \(prefix)-"
            case .compound: return "compound ending in \(walk.folded(token, from: how.tailStart))"
            case .suffixLoos: return "suffix -loos"
            }
        case .capitals: return "capitals"
        case .boosted(let token, let boost): return "\(boost > 0 ? "boosted" : "softened") by \(walk.original(token))"
        case .boostedByPair(let first): return "softened by \(walk.original(first)) \(walk.original(first + 1))"
        case .negated(let token, let factor): return "negated by \(walk.original(token)) ×\(format(factor))"
        case .qualified(let token): return "qualified by \(walk.original(token)) ×0"
        case .excessive(let token): return "too much: \(walk.original(token)) ×\(format(SentimentRules.excessFactor))"
        case .contrast(let turn, let isBefore, let factor): return "\(isBefore ? "before" : "after") \(walk.folded(turn)) ×\(format(factor))"
        case .concession(let token, let isConceded, let factor):
            return "\(isConceded ? "conceded by" : "against") \(walk.folded(token)) ×\(format(factor))"
        case .ironic: return "ironic (eye-roll emoji) ×-0.5"
        }
    }
}

/// The sink of `negativeTerms`: keeps only what `SentimentExplanation.negativeTerms` would pick out of the full
/// explanation (words that pulled the text down, complaint signals by their kind), without writing the reasons.
struct NegativeTermsSink: ScoringSink {
    /// For each contribution a rule acted on, what the first such rule was: a complaint signal's kind, or ""
    /// for any other rule (the explanation's reason starts with the first rule noted).
    private var firstRule: [Int: String] = [:]
    private var wholeText: [(step: WholeTextStep, weight: Double)] = []
    /// The terms, once the walk is done.
    private(set) var terms: [String] = []

    mutating func note(_ step: ScoringStep, contribution: Int) {
        guard firstRule[contribution] == nil else { return }
        switch step {
        case .waitingTime: firstRule[contribution] = "waiting time"
        case .repetition: firstRule[contribution] = "again / still not"
        default: firstRule[contribution] = ""
        }
    }

    mutating func noteWholeText(_ step: WholeTextStep, weight: Double) {
        wholeText.append((step, weight))
    }

    mutating func finish(_ walk: ScoringWalk, contributions found: UnsafeMutableBufferPointer<Contribution>, total: Double) {
        var seen = Set<String>()
        func add(_ term: String) { if seen.insert(term).inserted { terms.append(term) } }
        for position in found.indices where found[position].weight < 0 {
            // The first rule noted decides, as the first reason does in the explanation.
            if let signal = firstRule[position], !signal.isEmpty {
                add(signal)
                continue
            }
            let contribution = found[position]
            let term = walk.original(contribution.token..<(contribution.token + contribution.length))
            guard term.unicodeScalars.contains(where: { !$0.isASCII || $0.properties.isAlphabetic }) else { continue }
            let lowered = term.lowercased()
            // Most terms are ASCII words one space apart already; others have their white space made single spaces.
            let utf8 = lowered.utf8
            let isSpacedPlainly = utf8.first != 0x20 && utf8.last != 0x20 && utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
                && !zip(utf8, utf8.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
            add(isSpacedPlainly ? lowered : lowered.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        for (step, weight) in wholeText where weight < 0 {
            switch step {
            case .whyQuestion: add("why-question")
            case .exasperation: add("exasperated question")
            case .plainQuestion, .exclamations: break
            }
        }
    }
}
