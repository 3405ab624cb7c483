import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment

/// How webcare scores a mention, the same way wherever it does: the poll when it stores one, the weekly report
/// when it looks for the words behind the negatives, `show` when it explains one. One scorer per brand (the team's
/// word overrides plus that brand's own), made on first use: a poll where nothing changed never loads the lexicons.
/// @unchecked Sendable: `made` is only touched under `lock`.
public final class MentionScoring: @unchecked Sendable {
    private let config: Config
    private let lock = NSLock()
    private var made: [String: SentimentScorer] = [:]

    /// Scoring as the config sets it (neutral band, word overrides, each brand's own words).
    public init(config: Config) { self.config = config }

    /// The scorer for a brand's mentions; a brand the config doesn't name gets the team's scorer.
    public func scorer(for brand: String) -> SentimentScorer {
        lock.withLock {
            if let scorer = made[brand] { return scorer }
            let words = config.brands.first { $0.name == brand }?.sentimentWords ?? [:]
            let scorer = SentimentScorer(neutralBand: config.sentiment.neutralBand, overrides: config.sentiment.words, everyLanguage: words)
            made[brand] = scorer
            return scorer
        }
    }

    /// What the scorer reads of an item: its title and its text, as one passage.
    public static func scoredText(of item: FeedItem) -> String { scoredText(title: item.title, text: item.text) }

    /// What the scorer reads of a title and a text.
    public static func scoredText(title: String?, text: String) -> String {
        [title, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }
}
