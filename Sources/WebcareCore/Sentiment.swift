/// A language the scorer knows, or unknown.
public enum Language: String, Sendable, Codable, CaseIterable {
    case nl, en, unknown
}

/// Whether a text is negative, neutral or positive.
public enum SentimentLabel: String, Sendable, Codable, CaseIterable {
    case negative, neutral, positive
}

/// The scorer's verdict on one text.
public struct Sentiment: Sendable, Equatable {
    /// From -1 (very negative) to 1 (very positive).
    public var score: Double
    /// The label the score falls in, given the neutral band.
    public var label: SentimentLabel
    /// The language the text was read as.
    public var language: Language

    /// Makes a verdict.
    public init(score: Double, label: SentimentLabel, language: Language) {
        self.score = score
        self.label = label
        self.language = language
    }
}
