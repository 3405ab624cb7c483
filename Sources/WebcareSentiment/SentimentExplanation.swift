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
        case .complaintCue: return "complaint told as a fact or question"
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
        case .boostedByPair(let first, let boost):
            return "\(boost > 0 ? "boosted" : "softened") by \(walk.original(first)) \(walk.original(first + 1))"
        case .negated(let token, let factor): return "negated by \(walk.original(token)) ×\(format(factor))"
        case .qualified(let token): return "qualified by \(walk.original(token)) ×0"
        case .excessive(let token): return "too much: \(walk.original(token)) ×\(format(SentimentRules.excessFactor))"
        case .contrast(let turn, let isBefore, let factor): return "\(isBefore ? "before" : "after") \(walk.folded(turn)) ×\(format(factor))"
        case .concession(let token, let isConceded, let factor):
            return "\(isConceded ? "conceded by" : "against") \(walk.folded(token)) ×\(format(factor))"
        case .ironic: return "ironic (eye-roll emoji) ×-0.5"
        case .sarcastic: return "sarcastic praise around a complaint ×\(format(SentimentRules.sarcasmFactor))"
        }
    }
}

/// The sink of `negativeTerms`: keeps only what `SentimentExplanation.negativeTerms` would pick out of the full
/// explanation (words that pulled the text down, complaint signals by their kind), without writing the reasons.
struct NegativeTermsSink: ScoringSink {
    /// For each contribution (by number), what the first rule noted for it was, as the explanation's reason starts
    /// with it: a complaint signal's kind, or another rule.
    private enum FirstRule: UInt8 { case none, waitingTime, repetition, other }
    private var firstRules: [FirstRule] = []
    private var wholeText: [(step: WholeTextStep, weight: Double)] = []
    /// The terms, once the walk is done.
    private(set) var terms: [String] = []
    /// The terms as a set, once there are too many to search one by one.
    private var seen: Set<String> = []

    mutating func note(_ step: ScoringStep, contribution: Int) {
        while firstRules.count <= contribution { firstRules.append(.none) }
        guard firstRules[contribution] == .none else { return }
        switch step {
        case .waitingTime: firstRules[contribution] = .waitingTime
        case .repetition: firstRules[contribution] = .repetition
        default: firstRules[contribution] = .other
        }
    }

    mutating func noteWholeText(_ step: WholeTextStep, weight: Double) {
        wholeText.append((step, weight))
    }

    mutating func finish(_ walk: ScoringWalk, contributions found: UnsafeMutableBufferPointer<Contribution>, total: Double) {
        // Room for every term at once: growing the array one term at a time cost more than finding them.
        terms.reserveCapacity(found.reduce(2) { $1.weight < 0 ? $0 + 1 : $0 })
        for position in found.indices where found[position].weight < 0 {
            // The first rule noted decides, as the first reason does in the explanation.
            switch position < firstRules.count ? firstRules[position] : .none {
            case .waitingTime:
                add("waiting time")
                continue
            case .repetition:
                add("again / still not")
                continue
            case .none, .other:
                break
            }
            let contribution = found[position]
            if let (term, hasLetter) = Self.plainTerm(walk, contribution.token, contribution.length) {
                if hasLetter { add(term) }
                continue
            }
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

    /// Adds a term not added before. A text has few: they are searched one by one until there are many.
    private mutating func add(_ term: String) {
        if terms.count < 16 {
            guard !terms.contains(term) else { return }
        } else {
            if seen.isEmpty { seen = Set(terms) }
            guard seen.insert(term).inserted else { return }
        }
        terms.append(term)
    }

    /// The term of `length` tokens from `first` when every byte of them is printable ASCII but the space, as most
    /// are: lowercased, one space apart, which is what the general way makes of them; and whether it has a letter
    /// (without one it counts for nothing). Nil for other tokens.
    private static func plainTerm(_ walk: ScoringWalk, _ first: Int, _ length: Int) -> (String, hasLetter: Bool)? {
        var byteCount = length - 1
        for index in first..<(first + length) {
            let token = walk.tokens[index]
            for byte in walk.text[token.start..<token.end] where byte &- 0x21 >= 0x7F - 0x21 { return nil }
            byteCount += token.end - token.start
        }
        var hasLetter = false
        let term = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var out = 0
            for index in first..<(first + length) {
                if index > first {
                    buffer[out] = 0x20
                    out += 1
                }
                let token = walk.tokens[index]
                for byte in walk.text[token.start..<token.end] {
                    let isCapital = byte &- 0x41 < 26
                    if isCapital || byte &- 0x61 < 26 { hasLetter = true }
                    buffer[out] = isCapital ? byte | 0x20 : byte
                    out += 1
                }
            }
            return out
        }
        return (term, hasLetter)
    }
}
