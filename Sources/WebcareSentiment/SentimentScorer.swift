import WebcareCore

/// A lexicon-and-rules sentiment scorer for Dutch and English: lexicons compiled in, negation with a scope,
/// boosters, contrast, capitals, elongation, Dutch compounds, emoji, complaint signals, questions.
///
/// Scoring walks the text's UTF-8 bytes once (`Tokenizer`), looks every word up with one probe of a byte-keyed
/// table (`Vocabulary`) and applies the rules in `ScoringWalk`. `score` and `explain` run the same walk; only
/// `explain` keeps a record of the rules that fired and turns it into text.
public struct SentimentScorer: Sendable {
    /// Scores above +neutralBand are positive; scores below −neutralBand × `SentimentRules.negativeBandShare` (half of
    /// it) are negative: a missed complaint costs more than a falsely flagged one.
    public var neutralBand: Double
    let vocabulary: Vocabulary

    /// Makes a scorer. `overrides` maps a language to word or phrase valences (−4…4) that replace the built-in
    /// ones; `everyLanguage` applies to both (a brand whose name or products carry sentiment: "Top", "Dikke Duim").
    public init(neutralBand: Double = 0.1, overrides: [Language: [String: Double]] = [:], everyLanguage: [String: Double] = [:]) {
        self.neutralBand = neutralBand
        if overrides.isEmpty && everyLanguage.isEmpty {
            vocabulary = Vocabulary.builtIn
        } else {
            vocabulary = Vocabulary.builtIn(overriding: overrides[.nl], english: overrides[.en], both: everyLanguage)
        }
    }

    /// The sentiment of a text; a review's rating (on a scale up to `bestRating`) dominates when given.
    public func score(_ text: String, rating: Double? = nil, bestRating: Double? = nil) -> Sentiment {
        var text = text
        let sentiment = text.withUTF8 { score(utf8: $0) }
        return combined(sentiment, rating: rating, bestRating: bestRating)?.sentiment ?? sentiment
    }

    /// The sentiment of a text given as UTF-8 bytes (a line read from a file, without its newline). Bytes that
    /// are not valid UTF-8 separate words, as the U+FFFD that a `String` would put in their place does; a text of
    /// 2 GiB or more is scored on its first 2 GiB.
    public func score(utf8 text: UnsafeBufferPointer<UInt8>) -> Sentiment {
        var sink = IgnoringSink()
        return ScoringWalk.run(text, vocabulary: vocabulary, neutralBand: neutralBand, sink: &sink)
    }

    /// The sentiment of a text with every contribution behind it. With a rating, the score is 70% the rating
    /// (1 star = −1, the middle of the scale = 0, the top = +1) and 30% the text.
    public func explain(_ text: String, rating: Double?, bestRating: Double?) -> SentimentExplanation {
        var explanation = explain(text)
        guard let (sentiment, contribution) = combined(explanation.sentiment, rating: rating, bestRating: bestRating) else { return explanation }
        explanation.contributions.append(contribution)
        explanation.sentiment = sentiment
        return explanation
    }

    /// The words and complaint signals that pulled the text down, as `explain(text).negativeTerms` gives them,
    /// without writing out the whole explanation.
    public func negativeTerms(_ text: String) -> [String] {
        scoreWithNegativeTerms(text).negativeTerms
    }

    /// `score` and `negativeTerms` from one walk over the text: what a poll keeps of every item (the terms are
    /// the text's own; with a rating they may belong to a text the rating lifts out of negative).
    public func scoreWithNegativeTerms(_ text: String, rating: Double? = nil, bestRating: Double? = nil)
        -> (sentiment: Sentiment, negativeTerms: [String]) {
        var text = text
        var sink = NegativeTermsSink()
        let sentiment = text.withUTF8 { ScoringWalk.run($0, vocabulary: vocabulary, neutralBand: neutralBand, sink: &sink) }
        return (combined(sentiment, rating: rating, bestRating: bestRating)?.sentiment ?? sentiment, sink.terms)
    }

    /// The sentiment of a text with every contribution behind it.
    public func explain(_ text: String) -> SentimentExplanation {
        var text = text
        return text.withUTF8 { bytes in
            var sink = ExplanationRecorder()
            let sentiment = ScoringWalk.run(bytes, vocabulary: vocabulary, neutralBand: neutralBand, sink: &sink)
            return SentimentExplanation(sentiment: sentiment, total: sink.total, contributions: sink.contributions)
        }
    }

    /// The text's sentiment combined with a review rating, and the contribution that says so; nil without a
    /// usable rating.
    private func combined(_ sentiment: Sentiment, rating: Double?, bestRating: Double?) -> (sentiment: Sentiment, contribution: SentimentContribution)? {
        guard let rating else { return nil }
        let best = bestRating ?? (rating <= 5 ? 5 : 10)
        guard best > 1 else { return nil }
        let clamped = max(1, min(best, rating))
        let ratingScore = (clamped - (1 + best) / 2) / ((best - 1) / 2)
        let combined = 0.7 * ratingScore + 0.3 * sentiment.score
        let contribution = SentimentContribution(
            term: "rating \(format(rating))/\(format(best))", weight: 0,
            reason: "review rating \(format(ratingScore)) weighs 70%, text \(format(sentiment.score)) weighs 30%")
        var result = sentiment
        result.score = max(-1, min(1, combined))
        result.label = label(for: result.score)
        return (result, contribution)
    }

    /// The label a score falls in, given the neutral band (narrower on the negative side, see `neutralBand`).
    public func label(for score: Double) -> SentimentLabel {
        Self.label(for: score, neutralBand: neutralBand)
    }

    static func label(for score: Double, neutralBand: Double) -> SentimentLabel {
        if score > neutralBand { return .positive }
        if score < -neutralBand * SentimentRules.negativeBandShare { return .negative }
        return .neutral
    }

    /// Maps a raw total into (-1, 1): total / √(total² + 15).
    static func squash(_ total: Double) -> Double {
        guard total != 0 else { return 0 }
        let value = total / (total * total + 15).squareRoot()
        return max(-1, min(1, value))
    }
}

/// Guesses whether a text is Dutch or English from its function words.
public enum LanguageGuess {
    /// The language of a text, or unknown when neither shows.
    public static func guess(_ text: String) -> Language {
        var text = text
        return text.withUTF8 { bytes in
            ScoringWalk.withTokens(bytes, vocabulary: Vocabulary.builtIn) { $0.language() }
        }
    }
}

/// "0.5", "-0.4", "2": a weight or factor as the explanation prints it (two decimals at most).
func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
