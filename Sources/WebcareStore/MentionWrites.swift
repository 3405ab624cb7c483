import Foundation
import GRDB
import WebcareCore

// The poll's writes: new mentions with their sources' fetch states, in one transaction per group commit.

extension WebcareDatabase {
    /// Stores a source's new mentions and its new fetch state in one transaction, so a crash can neither
    /// lose items nor skip them on the next poll. Mentions already stored (same source and item key) are left
    /// as they are. Returns how many were new.
    @discardableResult
    func saveNewMentions(_ mentions: [NewMention], source: String, state: SourceFetchState, at now: Date,
                                replies: [BrandReply] = []) throws(StoreError) -> Int {
        try saveNewMentions([SourceMentions(source: source, mentions: mentions, state: state, replies: replies)], at: now)[0]
    }

    /// Stores several sources' new mentions and new fetch states in one transaction (a poll's group commit),
    /// each source's mentions with its own state. Returns how many were new, per source, in order.
    /// With `alerts`, each new mention the rule picks that is still open once the batch's replies are applied gets
    /// its alert queued in the same transaction: a poll killed or failing at any moment after the commit has
    /// queued every alert it owes, and one killed before it has stored nothing to alert about.
    public func saveNewMentions(_ batches: [SourceMentions], at now: Date, alerts: MentionAlertRule? = nil) throws(StoreError) -> [Int] {
        let what = batches.count == 1 ? "the mentions of \(batches[0].source)" : "the mentions of \(batches.count) sources"
        return try write("store \(what)") { db in
            let insert = try BoundInsert(db.cachedStatement(sql: """
                INSERT INTO mention (source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand,
                                     language, score, label, reach, reachBasis, negativeTerms, needsReply, scorerLabel,
                                     rating, bestRating)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source, itemKey) DO NOTHING
                """), in: db)
            // Replies rarely wait for their post: look for them only when some are waiting.
            var hasWaitingReplies = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM waitingReply)") ?? false
            let firstSeen = BoundInsert.Value.date(now)
            var counts: [Int] = []
            for batch in batches {
                var inserted = 0
                var alertWorthy: [(id: Int64, mention: NewMention)] = []
                for mention in batch.mentions {
                    let isNew = try insert.run(
                        .text(mention.source), .text(mention.itemKey), .text(mention.url), .text(mention.title), .text(mention.text),
                        .text(mention.author), .date(mention.published), firstSeen, .text(mention.brand),
                        .text(mention.sentiment.language.rawValue), .real(max(-1, min(1, mention.sentiment.score))),
                        .text(mention.sentiment.label.rawValue), .integer(mention.reach), .text(mention.reachBasis),
                        .text(mention.negativeTerms.isEmpty ? nil : mention.negativeTerms.joined(separator: "\n")),
                        .integer(mention.needsReply ? 1 : 0), .text(mention.sentiment.label.rawValue),
                        mention.rating.map { .real($0) } ?? .null, mention.bestRating.map { .real($0) } ?? .null)
                    if isNew {
                        inserted += 1
                        if let alerts, alerts.isDue(mention, isFirstRead: batch.isFirstRead) { alertWorthy.append((db.lastInsertedRowID, mention)) }
                        if hasWaitingReplies {
                            try Self.answerFromWaitingReplies(db, mentionID: db.lastInsertedRowID, itemKey: mention.itemKey, url: mention.url)
                        }
                    }
                }
                for reply in batch.replies where try Self.markAnswered(db, by: reply, source: batch.source) { hasWaitingReplies = true }
                if let alerts, !alertWorthy.isEmpty { try Self.queueMentionAlerts(db, alertWorthy, rule: alerts, at: now) }
                try Self.updateState(db, source: batch.source, state: batch.state)
                counts.append(inserted)
            }
            return counts
        }
    }
}


/// One source's new mentions, brand replies and fetch state, stored together.
public struct SourceMentions: Sendable {
    /// The source's name.
    public var source: String
    /// Its mentions (those already stored are skipped).
    public var mentions: [NewMention]
    /// Its new fetch state (validators, body hash, health).
    public var state: SourceFetchState
    /// Brand replies in it that answer stored mentions.
    public var replies: [BrandReply]
    /// Whether this is the source's first read (its backlog): its mentions raise no alerts.
    public var isFirstRead = false

    /// Makes a batch.
    public init(source: String, mentions: [NewMention], state: SourceFetchState, replies: [BrandReply] = []) {
        self.source = source
        self.mentions = mentions
        self.state = state
        self.replies = replies
    }
}
