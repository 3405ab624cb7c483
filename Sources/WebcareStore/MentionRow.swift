import Foundation
import GRDB
import WebcareCore

// A stored mention read back from its row, by column name: the one place that knows the mention table's columns.

extension WebcareDatabase {
    static func mention(_ row: Row) -> Mention {
        var mention = Mention(
            id: row["id"], source: row["source"], itemKey: row["itemKey"], url: row["url"], title: row["title"],
            text: row["text"], author: row["author"], published: StoredDate.date(row["publishedAt"]),
            firstSeen: StoredDate.date(row["firstSeenAt"]) ?? row["firstSeenAt"],
            brand: row["brand"],
            sentiment: Sentiment(score: row["score"],
                                 label: SentimentLabel(rawValue: row["label"]) ?? .neutral,
                                 language: Language(rawValue: row["language"]) ?? .unknown),
            reach: row["reach"], status: MentionStatus(rawValue: row["status"]) ?? .open,
            statusChangedAt: StoredDate.date(row["statusChangedAt"]), statusChangedBy: row["statusChangedBy"], note: row["statusNote"])
        mention.reachBasis = row["reachBasis"] ?? ""
        mention.assignedTo = row["assignedTo"]
        mention.needsReply = row["needsReply"] ?? false
        if let tags: String = row["tags"] { mention.tags = tags.split(separator: ",").map(String.init).sorted() }
        mention.rating = row["rating"]
        mention.bestRating = row["bestRating"]
        mention.labelledBy = row["labelledBy"]
        mention.scorerLabel = (row["scorerLabel"] as String?).flatMap(SentimentLabel.init(rawValue:))
        return mention
    }

    /// The columns a mention is read from: the mention table's, and its tags (comma-separated) from their own table.
    static let mentionColumns = "*, (SELECT group_concat(tag, ',') FROM mentionTag WHERE mentionTag.mentionId = mention.id) AS tags"
}
