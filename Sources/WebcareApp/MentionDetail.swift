import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment
import WebcareStore

/// Everything about one mention: the stored fields, why the scorer scored it so (recomputed with today's
/// lexicons and the config's overrides), and its workflow history.
public struct MentionDetail: Sendable {
    /// The stored mention.
    public var mention: Mention
    /// The scorer's explanation of its text.
    public var explanation: SentimentExplanation
    /// Who changed its status when, oldest first.
    public var history: [MentionEvent]

    /// Loads a mention's detail; throws `unknownMention` for an id that isn't stored.
    public static func load(id: Int64, database: WebcareDatabase, config: Config) throws(StoreError) -> MentionDetail {
        let mention = try database.mention(id: id)
        let scorer = MentionScoring(config: config).scorer(for: mention.brand)
        let text = MentionScoring.scoredText(title: mention.title, text: mention.text)
        return MentionDetail(mention: mention, explanation: scorer.explain(text, rating: mention.rating, bestRating: mention.bestRating),
                             history: try database.history(id: id))
    }
}
