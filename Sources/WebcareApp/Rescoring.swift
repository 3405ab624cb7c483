import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment
import WebcareStore

/// `webcare rescore`: stored mentions scored again with today's lexicons and the config's word corrections, as the
/// poll would score them now. A label the team set is never changed; the scorer's view of it is kept beside it.
public struct Rescoring: Sendable {
    /// A label the rescore changes (or would change, in a dry run).
    public struct Change: Sendable, Equatable {
        /// The mention.
        public var id: Int64
        /// Its brand.
        public var brand: String
        /// Its title, or the start of its text.
        public var headline: String
        /// The label before and after.
        public var from: SentimentLabel
        public var to: SentimentLabel
    }

    /// What a rescore did or would do.
    public struct Summary: Sendable {
        /// Mentions scored again.
        public var scored = 0
        /// Labels that changed (the team's labels never do).
        public var changes: [Change] = []
        /// Mentions whose label the team set: scored, their label kept.
        public var keptTeamLabels = 0
        /// Mentions that now ask for a reply and did not before, and the other way round.
        public var nowNeedReply = 0
        public var noLongerNeedReply = 0
    }

    private let database: WebcareDatabase
    private let scoring: MentionScoring
    private let clock: Clock

    /// A rescore of the config's database with the config's scoring.
    public init(config: Config, database: WebcareDatabase, clock: Clock = .system) {
        self.database = database
        self.scoring = MentionScoring(config: config)
        self.clock = clock
    }

    /// Scores again every mention first seen since `since` (all for nil), of `brand` or all; with `isDryRun` nothing
    /// is written. Changes are recorded in the history by `actor`.
    public func run(since: Date?, brand: String?, isDryRun: Bool, by actor: String) throws(StoreError) -> Summary {
        var summary = Summary()
        var after: Int64 = 0
        let now = clock.now
        while true {
            let batch = try database.mentionsToRescore(since: since, brand: brand, after: after, limit: 1000)
            guard let last = batch.last else { break }
            after = last.id
            var rescores: [Rescore] = []
            for mention in batch {
                let text = MentionScoring.scoredText(title: mention.title, text: mention.text)
                let (sentiment, terms) = scoring.scorer(for: mention.brand)
                    .scoreWithNegativeTerms(text, rating: mention.rating, bestRating: mention.bestRating)
                let needsReply = ReplyNeed.isNeeded(in: text)
                rescores.append(Rescore(id: mention.id, sentiment: sentiment, negativeTerms: sentiment.label == .negative ? terms : [],
                                        needsReply: needsReply))
                summary.scored += 1
                if needsReply, !mention.needsReply { summary.nowNeedReply += 1 }
                if !needsReply, mention.needsReply { summary.noLongerNeedReply += 1 }
                if mention.isLabelledByTeam {
                    summary.keptTeamLabels += 1
                } else if sentiment.label != mention.sentiment.label {
                    summary.changes.append(Change(id: mention.id, brand: mention.brand, headline: mention.title ?? String(mention.text.prefix(80)),
                                                  from: mention.sentiment.label, to: sentiment.label))
                }
            }
            if !isDryRun { try database.saveRescores(rescores, by: actor, at: now) }
        }
        return summary
    }
}
