import Foundation
import GRDB
import WebcareCore

// Labels: the team's corrections (`relabel`), and stored mentions scored again (`rescore`). A label the team set
// always wins: the scorer's view of such a mention is kept beside it, never over it.

/// A stored mention scored again with today's scorer.
public struct Rescore: Sendable, Equatable {
    /// The mention's id.
    public var id: Int64
    /// The new score, label and language.
    public var sentiment: Sentiment
    /// What made it negative (empty unless it is).
    public var negativeTerms: [String]
    /// Whether it asks the brand a question or asks for help.
    public var needsReply: Bool

    /// Makes a rescore.
    public init(id: Int64, sentiment: Sentiment, negativeTerms: [String], needsReply: Bool) {
        self.id = id
        self.sentiment = sentiment
        self.negativeTerms = negativeTerms
        self.needsReply = needsReply
    }
}

/// A mention the team relabelled, with what the scorer said of it: the evidence `suggest-words` learns from.
public struct TeamLabel: Sendable, Equatable {
    /// The mention.
    public var mention: Mention
    /// The label the team gave it.
    public var label: SentimentLabel
}

extension WebcareDatabase {
    /// Sets the team's label on the mentions and records it in their history ("neutral → negative"), all or none:
    /// an unknown id changes nothing. The label wins over the scorer from now on.
    public func relabel(_ ids: [Int64], as label: SentimentLabel, by actor: String, note: String?, at now: Date) throws(StoreError) {
        try write("relabel mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                let old = try String.fetchOne(db, sql: "SELECT label FROM mention WHERE id = ?", arguments: [id]) ?? ""
                try db.execute(sql: "UPDATE mention SET label = ?, labelledBy = ?, labelledAt = ? WHERE id = ?",
                               arguments: [label.rawValue, actor, now, id])
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: "relabelled",
                                     note: "\(old) → \(label.rawValue)" + (note.map { ": " + $0 } ?? ""))
            }
        }
    }

    /// The next stored mentions to score again, after the one with id `after`, at most `limit`: first seen at or
    /// after `since` (every one for nil), of one brand (any case) or all, in id order.
    public func mentionsToRescore(since: Date?, brand: String?, after: Int64, limit: Int) throws(StoreError) -> [Mention] {
        var sql = "SELECT \(Self.mentionColumns) FROM mention WHERE id > ?"
        var arguments: StatementArguments = [after]
        if let since { sql += " AND firstSeenAt >= ?"; arguments += [since] }
        if let brand { sql += " AND brand = ? COLLATE NOCASE"; arguments += [brand] }
        return try readRows("read the mentions to score again", sql: sql + " ORDER BY id LIMIT ?", arguments: arguments + [limit])
            .map(Self.mention)
    }

    /// Keeps new scores, in one transaction. A mention the team labelled keeps the team's label and score; only
    /// what the scorer says of it (`scorerLabel`, reply need, negative terms) changes. A label the rescore changes
    /// is recorded in the mention's history by `actor`.
    public func saveRescores(_ rescores: [Rescore], by actor: String, at now: Date) throws(StoreError) {
        guard !rescores.isEmpty else { return }
        try write("store \(rescores.count) new scores") { db in
            for rescore in rescores {
                guard let row = try Row.fetchOne(db, sql: "SELECT label, labelledBy FROM mention WHERE id = ?", arguments: [rescore.id]) else {
                    continue
                }
                let terms: String? = rescore.negativeTerms.isEmpty ? nil : rescore.negativeTerms.joined(separator: "\n")
                let label = rescore.sentiment.label.rawValue
                if (row["labelledBy"] as String?) != nil {
                    try db.execute(sql: "UPDATE mention SET scorerLabel = ?, needsReply = ?, negativeTerms = ? WHERE id = ?",
                                   arguments: [label, rescore.needsReply, terms, rescore.id])
                    continue
                }
                try db.execute(sql: """
                    UPDATE mention SET label = ?, scorerLabel = ?, score = ?, language = ?, needsReply = ?, negativeTerms = ? WHERE id = ?
                    """, arguments: [label, label, max(-1, min(1, rescore.sentiment.score)), rescore.sentiment.language.rawValue,
                                     rescore.needsReply, terms, rescore.id])
                let old: String = row["label"]
                if old != label {
                    try Self.appendEvent(db, mention: rescore.id, at: now, actor: actor, action: "rescored", note: "\(old) → \(label)")
                }
            }
        }
    }

    /// Every mention whose label the team set to something other than what the scorer said, newest label first.
    public func teamLabels() throws(StoreError) -> [TeamLabel] {
        try readRows("read the team's labels", sql: """
            SELECT * FROM mention WHERE labelledBy IS NOT NULL AND scorerLabel IS NOT NULL AND label <> scorerLabel ORDER BY labelledAt DESC, id
            """, arguments: []).compactMap { row in
            let mention = Self.mention(row)
            return TeamLabel(mention: mention, label: mention.sentiment.label)
        }
    }
}
