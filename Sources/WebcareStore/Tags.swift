import Foundation
import GRDB
import WebcareCore

// Tags: the team's own words on mentions ("storing", "factuur"), for filtering, exporting and counting.

/// How tags are written: lowercased, trimmed, no commas.
public enum Tags {
    /// The tag as stored ("Storing " → "storing").
    public static func normalized(_ tag: String) -> String {
        tag.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether a tag can be stored: not empty once trimmed, and without a comma.
    public static func isValid(_ tag: String) -> Bool {
        let normal = normalized(tag)
        return !normal.isEmpty && !normal.contains(",")
    }
}

extension WebcareDatabase {
    /// Adds the tags to the mentions, all or none: an unknown id changes nothing; a tag already there stays once.
    public func tag(_ ids: [Int64], with tags: [String]) throws(StoreError) {
        try write("tag mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                for tag in tags {
                    try db.execute(sql: "INSERT INTO mentionTag (mentionId, tag) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                   arguments: [id, Tags.normalized(tag)])
                }
            }
        }
    }

    /// Takes the tags off the mentions, all or none.
    public func untag(_ ids: [Int64], tags: [String]) throws(StoreError) {
        try write("untag mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                for tag in tags {
                    try db.execute(sql: "DELETE FROM mentionTag WHERE mentionId = ? AND tag = ?", arguments: [id, Tags.normalized(tag)])
                }
            }
        }
    }

    /// How many mentions first seen in [start, end) carry each tag (of one brand, or all), most used first.
    public func tagCounts(from start: Date, to end: Date, brand: String?) throws(StoreError) -> [(tag: String, mentions: Int)] {
        var sql = """
            SELECT tag, COUNT(*) AS n FROM mentionTag JOIN mention ON mention.id = mentionTag.mentionId
            WHERE COALESCE(publishedAt, firstSeenAt) >= ? AND COALESCE(publishedAt, firstSeenAt) < ?
            """
        var arguments: StatementArguments = [start, end]
        if let brand { sql += " AND brand = ? COLLATE NOCASE"; arguments += [brand] }
        return try readRows("count the tags", sql: sql + " GROUP BY tag ORDER BY n DESC, tag", arguments: arguments).map { ($0["tag"], $0["n"]) }
    }
}
