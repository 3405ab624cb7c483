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

/// A lexicon-and-rules sentiment scorer for Dutch and English: lexicons compiled in, negation with a scope,
/// boosters, contrast, capitals, elongation, Dutch compounds, emoji, complaint signals, questions.
public struct SentimentScorer: Sendable {
    /// Scores within ±neutralBand are neutral.
    public var neutralBand: Double
    private let dutch: Lexicon
    private let english: Lexicon

    /// Makes a scorer. `overrides` maps a language to word or phrase valences (−4…4) that replace the built-in
    /// ones; `everyLanguage` applies to both (a brand whose name or products carry sentiment: "Top", "Dikke Duim").
    public init(neutralBand: Double = 0.1, overrides: [Language: [String: Double]] = [:], everyLanguage: [String: Double] = [:]) {
        self.neutralBand = neutralBand
        var dutch = Lexicon.dutch
        var english = Lexicon.english
        if let extra = overrides[.nl] { dutch.override(extra) }
        if let extra = overrides[.en] { english.override(extra) }
        if !everyLanguage.isEmpty {
            dutch.override(everyLanguage)
            english.override(everyLanguage)
        }
        self.dutch = dutch
        self.english = english
    }

    /// The sentiment of a text; a review's rating (on a scale up to `bestRating`) dominates when given.
    public func score(_ text: String, rating: Double? = nil, bestRating: Double? = nil) -> Sentiment {
        explain(text, rating: rating, bestRating: bestRating).sentiment
    }

    /// The sentiment of a text with every contribution behind it. With a rating, the score is 70% the rating
    /// (1 star = −1, the middle of the scale = 0, the top = +1) and 30% the text.
    public func explain(_ text: String, rating: Double?, bestRating: Double?) -> SentimentExplanation {
        var explanation = explain(text)
        guard let rating else { return explanation }
        let best = bestRating ?? (rating <= 5 ? 5 : 10)
        guard best > 1 else { return explanation }
        let clamped = max(1, min(best, rating))
        let ratingScore = (clamped - (1 + best) / 2) / ((best - 1) / 2)
        let combined = 0.7 * ratingScore + 0.3 * explanation.sentiment.score
        explanation.contributions.append(SentimentContribution(
            term: "rating \(format(rating))/\(format(best))", weight: 0,
            reason: "review rating \(format(ratingScore)) weighs 70%, text \(format(explanation.sentiment.score)) weighs 30%"))
        explanation.sentiment.score = max(-1, min(1, combined))
        explanation.sentiment.label = label(for: explanation.sentiment.score)
        return explanation
    }

    /// The sentiment of a text with every contribution behind it.
    public func explain(_ text: String) -> SentimentExplanation {
        let tokens = Tokenizer.tokens(text)
        let language = LanguageGuess.guess(tokens)
        let (primary, secondary, primaryMarkers) = lexicons(for: language)
        var contributions: [(index: Int, contribution: SentimentContribution)] = []
        var consumedNegators = Set<Int>()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .emoji, .emoticon:
                if let valence = SentimentRules.emoji[token.folded] ?? SentimentRules.emoticons[token.folded] {
                    contributions.append((index, SentimentContribution(term: token.original, weight: valence, reason: "emoji")))
                }
                index += 1
                continue
            case .punctuation:
                index += 1
                continue
            case .number, .word:
                break
            }
            if let signal = waitingSignal(tokens, at: index) {
                contributions.append((index, SentimentContribution(term: signal.text, weight: -1.5, reason: "complaint signal: waiting time")))
                index += signal.length
                continue
            }
            if token.kind == .number {
                index += 1
                continue
            }
            if let signal = repetitionSignal(tokens, at: index) {
                contributions.append((index, SentimentContribution(term: signal, weight: -1.8, reason: "complaint signal: again / still not")))
                index += signal.split(separator: " ").count
                continue
            }
            // Phrases first, longest first.
            if let phrase = longestPhrase(tokens, at: index, primary: primary, secondary: secondary) {
                var weight = phrase.valence
                var reasons = ["phrase"]
                for offset in 0..<phrase.length where SentimentRules.negators.contains(tokens[index + offset].folded) {
                    consumedNegators.insert(index + offset)
                }
                applyModifiers(tokens, at: index, weight: &weight, reasons: &reasons, consumedNegators: consumedNegators)
                contributions.append((index, SentimentContribution(term: phrase.text, weight: weight, reason: reasons.joined(separator: ", "))))
                index += phrase.length
                continue
            }
            if let (valence, how) = lookUp(token.folded, primary: primary, secondary: secondary, primaryMarkers: primaryMarkers) {
                var weight = valence
                var reasons = [how]
                if token.isShouted {
                    weight += weight > 0 ? 0.7 : -0.7
                    reasons.append("capitals")
                }
                applyModifiers(tokens, at: index, weight: &weight, reasons: &reasons, consumedNegators: consumedNegators)
                contributions.append((index, SentimentContribution(term: token.original, weight: weight, reason: reasons.joined(separator: ", "))))
            }
            index += 1
        }

        // A negative word right before a positive one qualifies it: "slecht geregeld", "badly organised".
        for position in contributions.indices.dropFirst() {
            let previous = contributions[position - 1]
            if previous.index + 1 == contributions[position].index, previous.contribution.weight <= -1.5,
               contributions[position].contribution.weight > 0, tokens[previous.index].kind == .word {
                contributions[position].contribution.weight = 0
                contributions[position].contribution.reason += ", qualified by \(tokens[previous.index].original) ×0"
            }
        }

        // Contrast: the clause after the last "maar"/"but" weighs more, the one before less.
        if let turn = lastContrast(tokens), contributions.contains(where: { $0.index > turn }) {
            for position in contributions.indices {
                let factor = contributions[position].index < turn ? SentimentRules.beforeContrast : SentimentRules.afterContrast
                contributions[position].contribution.weight *= factor
                contributions[position].contribution.reason += contributions[position].index < turn
                    ? ", before \(tokens[turn].folded) ×\(format(factor))" : ", after \(tokens[turn].folded) ×\(format(factor))"
            }
        }

        var result = contributions.map(\.contribution)
        var total = result.reduce(0) { $0 + $1.weight }

        // Irony markers (🙄, 🙃) turn praise into its opposite: "Top service weer 🙄".
        if tokens.contains(where: { $0.kind == .emoji && SentimentRules.ironyMarkers.contains($0.folded) }) {
            for position in result.indices where result[position].weight > 0 && result[position].reason != "emoji" {
                let flipped = -0.5 * result[position].weight
                total += flipped - result[position].weight
                result[position].weight = flipped
                result[position].reason += ", ironic (eye-roll emoji) ×-0.5"
            }
        }

        // A plain question is neutral; one that asks why, or carries a complaint signal, keeps its weight.
        let questionMarks = tokens.filter { $0.kind == .punctuation && $0.folded == "?" }.count
        let isComplaintQuestion = tokens.contains { SentimentRules.complaintQuestionWords.contains($0.folded) }
            || result.contains { $0.reason.hasPrefix("complaint signal") }
        if questionMarks > 0, total != 0, total > 0 || !isComplaintQuestion {
            let damped = total * 0.2
            result.append(SentimentContribution(term: "?", weight: damped - total, reason: "plain question ×0.2"))
            total = damped
        }
        // "Waarom …?", "Why …?", "Hoe kan het dat …?": a question that asks for an account is a complaint.
        if questionMarks > 0, let asking = tokens.first(where: { SentimentRules.whyWords.contains($0.folded) }) {
            result.append(SentimentContribution(term: asking.original + " …?", weight: -1.2, reason: "complaint signal: why-question"))
            total -= 1.2
        }
        // "???", "?!": exasperation.
        if Self.hasExasperation(text) {
            result.append(SentimentContribution(term: "?!", weight: -1.2, reason: "complaint signal: exasperated question"))
            total -= 1.2
        }

        // Exclamation marks amplify whatever the text already says.
        let exclamations = min(tokens.filter { $0.kind == .punctuation && $0.folded == "!" }.count, 4)
        if exclamations > 0, total != 0 {
            let amplification = Double(exclamations) * 0.29 * (total > 0 ? 1 : -1)
            result.append(SentimentContribution(term: String(repeating: "!", count: exclamations), weight: amplification, reason: "exclamation marks"))
            total += amplification
        }

        let score = Self.squash(total)
        return SentimentExplanation(sentiment: Sentiment(score: score, label: label(for: score), language: language),
                                    total: total, contributions: result)
    }

    /// "??", "?!" or "!?" anywhere in the text.
    static func hasExasperation(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte == 0x3F || byte == 0x21) && (previous == 0x3F || previous == 0x21) && !(byte == 0x21 && previous == 0x21) { return true }
            previous = byte
        }
        return false
    }

    /// The label a score falls in, given the neutral band.
    public func label(for score: Double) -> SentimentLabel {
        if score > neutralBand { return .positive }
        if score < -neutralBand { return .negative }
        return .neutral
    }

    /// Maps a raw total into (-1, 1): total / √(total² + 15).
    static func squash(_ total: Double) -> Double {
        guard total != 0 else { return 0 }
        let value = total / (total * total + 15).squareRoot()
        return max(-1, min(1, value))
    }

    private func lexicons(for language: Language) -> (Lexicon, Lexicon, Set<String>) {
        switch language {
        case .en: (english, dutch, SentimentRules.englishMarkers)
        case .nl, .unknown: (dutch, english, SentimentRules.dutchMarkers)
        }
    }

    /// Looks a word up: as written, de-elongated ("slechttt"), without an intensifying prefix ("superslecht",
    /// "kutservice"), or by the sentiment word a Dutch compound ends in ("klantonvriendelijk").
    private func lookUp(_ word: String, primary: Lexicon, secondary: Lexicon, primaryMarkers: Set<String>) -> (Double, String)? {
        // A word of the text's own language first: "best" is a word in English and a booster in Dutch.
        if let value = primary.words[word] { return (value, "lexicon") }
        if SentimentRules.negators.contains(word) || SentimentRules.boosters[word] != nil || SentimentRules.contrast.contains(word) {
            return nil
        }
        func find(_ candidate: String) -> (Double, String)? {
            if let value = primary.words[candidate] { return (value, "lexicon") }
            if !primaryMarkers.contains(candidate), let value = secondary.words[candidate] { return (value, "lexicon (other language)") }
            return nil
        }
        if let found = find(word) { return found }
        let bytes = Array(word.utf8)
        if Self.hasLetterRun(bytes), let shortened = Self.deElongated(bytes), let found = find(shortened.0) ?? shortened.1.flatMap(find) {
            return (found.0 + (found.0 > 0 ? 0.4 : -0.4), found.1 + ", elongated")
        }
        for (prefix, boost, own) in SentimentRules.prefixes
        where bytes.count > prefix.utf8.count + 2 && SentimentRules.prefixFirstBytes.contains(bytes[0]) && word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if let found = find(rest) {
                return (found.0 * (1 + boost), "\(found.1), prefix \(prefix)-")
            }
            if own != 0 { return (own, "prefix \(prefix)-") }
        }
        // Dutch compounds: the last part carries the meaning ("internetstoring", "klantonvriendelijk").
        if bytes.count >= 8 {
            var start = 3
            while start <= bytes.count - 4 {
                let tail = String(decoding: bytes[start...], as: UTF8.self)
                if let value = dutch.words[tail], abs(value) >= 1, !SentimentRules.misleadingCompoundTails.contains(tail) {
                    return (value, "compound ending in \(tail)")
                }
                start += 1
            }
        }
        if word.hasSuffix("loos") || word.hasSuffix("loze"), word.count > 7 { return (-1.5, "suffix -loos") }
        return nil
    }

    /// Whether the word has the same letter three times in a row ("slechttt").
    static func hasLetterRun(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 2..<bytes.count where bytes[index] == bytes[index - 1] && bytes[index] == bytes[index - 2] { return true }
        return false
    }

    /// The word with letter runs of three or more cut to two, and to one ("slechttt" → "slechtt", "slecht").
    static func deElongated(_ bytes: [UInt8]) -> (String, String?)? {
        var two: [UInt8] = [], one: [UInt8] = []
        var changed = false
        var index = 0
        while index < bytes.count {
            var run = 1
            while index + run < bytes.count, bytes[index + run] == bytes[index] { run += 1 }
            if run >= 3 { changed = true }
            two.append(contentsOf: repeatElement(bytes[index], count: min(run, 2)))
            one.append(contentsOf: repeatElement(bytes[index], count: run >= 3 ? 1 : run))
            index += run
        }
        guard changed else { return nil }
        return (String(decoding: one, as: UTF8.self), String(decoding: two, as: UTF8.self))
    }

    private func longestPhrase(_ tokens: [Token], at start: Int, primary: Lexicon, secondary: Lexicon) -> (text: String, valence: Double, length: Int)? {
        var candidate = tokens[start].folded
        guard primary.phrasePrefixes.contains(candidate) || secondary.phrasePrefixes.contains(candidate) else { return nil }
        var best: (valence: Double, length: Int)?
        var index = start + 1
        while index < tokens.count, tokens[index].kind == .word || tokens[index].kind == .number {
            candidate += " " + tokens[index].folded
            index += 1
            if let value = primary.phrases[candidate] ?? secondary.phrases[candidate] { best = (value, index - start) }
            if !primary.phrasePrefixes.contains(candidate) && !secondary.phrasePrefixes.contains(candidate) { break }
        }
        guard let best else { return nil }
        return (tokens[start..<(start + best.length)].map(\.original).joined(separator: " "), best.valence, best.length)
    }

    /// Boosters just before the word, and a negator within the scope before it (not across punctuation).
    private func applyModifiers(_ tokens: [Token], at index: Int, weight: inout Double, reasons: inout [String], consumedNegators: Set<Int>) {
        var back = index - 1
        var steps = 0
        var boosted = false
        while back >= 0, steps < SentimentRules.negationScope, tokens[back].kind == .word || tokens[back].kind == .number {
            let word = tokens[back].folded
            if !boosted, steps < 2, let boost = SentimentRules.boosters[word] {
                weight *= 1 + boost
                reasons.append("\(boost > 0 ? "boosted" : "softened") by \(tokens[back].original)")
                boosted = true
            } else if steps == 0, back >= 1, let boost = SentimentRules.boosters[tokens[back - 1].folded + " " + word] {
                weight *= 1 + boost
                reasons.append("softened by \(tokens[back - 1].original) \(tokens[back].original)")
                boosted = true
            }
            if SentimentRules.negators.contains(word), !consumedNegators.contains(back) {
                // "niet slecht" is mildly positive; "niet goed" is clearly negative.
                let factor = weight < 0 ? -0.4 : -0.8
                weight *= factor
                reasons.append("negated by \(tokens[back].original) ×\(format(factor))")
                return
            }
            back -= 1
            steps += 1
        }
    }

    /// "al 3 weken", "sinds twee dagen", "for 2 hours": complaint signals with no sentiment word.
    private func waitingSignal(_ tokens: [Token], at index: Int) -> (text: String, length: Int)? {
        let isNumber = { (token: Token) in token.kind == .number || Self.numberWords.contains(token.folded) }
        // "2 weken geleden", "9 days ago": a wait counted back from now.
        if isNumber(tokens[index]), index + 2 < tokens.count, SentimentRules.timeUnits.contains(tokens[index + 1].folded),
           SentimentRules.waitingTails.contains(tokens[index + 2].folded) {
            return (tokens[index...(index + 2)].map(\.original).joined(separator: " "), 3)
        }
        // "dag 31", "day 4": counting the days of a problem.
        if tokens[index].folded == "dag" || tokens[index].folded == "day", index + 1 < tokens.count, tokens[index + 1].kind == .number {
            return (tokens[index].original + " " + tokens[index + 1].original, 2)
        }
        guard SentimentRules.waitingLeads.contains(tokens[index].folded) else { return nil }
        var next = index + 1
        if next < tokens.count, isNumber(tokens[next]) { next += 1 }
        guard next < tokens.count, SentimentRules.timeUnits.contains(tokens[next].folded) else { return nil }
        return (tokens[index...next].map(\.original).joined(separator: " "), next - index + 1)
    }

    /// "weer geen", "alweer", "nog steeds niet", "still no": the complaint that something keeps happening or
    /// never happens, unless the lexicon already has the phrase.
    private func repetitionSignal(_ tokens: [Token], at index: Int) -> String? {
        let word = tokens[index].folded
        if word == "alweer" { return tokens[index].original }
        guard SentimentRules.repetitionFirstWords.contains(word), index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
        let pair = word + " " + tokens[index + 1].folded
        guard SentimentRules.repetitionPairs.contains(pair), dutch.phrases[pair] == nil, english.phrases[pair] == nil else { return nil }
        return tokens[index].original + " " + tokens[index + 1].original
    }

    private static let numberWords: Set<String> = [
        "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "paar", "anderhalve", "anderhalf",
        "ruim", "bijna", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "couple",
        "several", "meerdere", "enkele",
    ]

    private func lastContrast(_ tokens: [Token]) -> Int? {
        for index in tokens.indices.reversed() where tokens[index].kind == .word {
            let word = tokens[index].folded
            if SentimentRules.contrast.contains(word) { return index }
            if word == "toch", index == 0 || tokens[index - 1].kind == .punctuation { return index }
        }
        return nil
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Guesses whether a text is Dutch or English from its function words.
public enum LanguageGuess {
    /// The language of a text, or unknown when neither shows.
    public static func guess(_ text: String) -> Language { guess(Tokenizer.tokens(text)) }

    static func guess(_ tokens: [Token]) -> Language {
        var dutch = 0, english = 0
        for token in tokens where token.kind == .word {
            if SentimentRules.dutchMarkers.contains(token.folded) { dutch += 1 }
            if SentimentRules.englishMarkers.contains(token.folded) { english += 1 }
        }
        if dutch == 0 && english == 0 {
            var dutchWords = 0, englishWords = 0
            for token in tokens where token.kind == .word {
                if Lexicon.dutch.words[token.folded] != nil { dutchWords += 1 }
                if Lexicon.english.words[token.folded] != nil { englishWords += 1 }
            }
            if dutchWords > englishWords { return .nl }
            if englishWords > dutchWords { return .en }
            return .unknown
        }
        return dutch >= english ? .nl : .en
    }
}
