import Foundation
import GRDB
import WebcareCore

// The promises stored replies make: follow-ups, open until marked kept, and the replies the report reads.

extension WebcareDatabase {
    /// Records a follow-up for each promise of the reply just recorded as the mention's last event.
    static func addFollowUps(_ db: Database, mention id: Int64, promises: [PromiseDue], at: Date, by actor: String) throws {
        guard !promises.isEmpty else { return }
        let event = db.lastInsertedRowID
        for promise in promises {
            try db.execute(sql: """
                INSERT INTO followUp (mentionId, eventId, promisedAt, promisedBy, dueAt, promise) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(eventId, promise) DO NOTHING
                """, arguments: [id, event, at, actor, promise.due, promise.words])
        }
    }

    private static let followUpColumns = """
        SELECT followUp.*, mention.brand FROM followUp JOIN mention ON mention.id = followUp.mentionId
        """

    private static func followUp(_ row: Row) -> FollowUp {
        FollowUp(id: row["id"], mentionID: row["mentionId"], brand: row["brand"], promisedBy: row["promisedBy"], promisedAt: row["promisedAt"],
                 due: row["dueAt"], promise: row["promise"], keptAt: row["keptAt"], keptBy: row["keptBy"])
    }

    /// The follow-ups nobody has marked kept, soonest due first; with `mention`, only that mention's.
    public func openFollowUps(mention: Int64? = nil) throws(StoreError) -> [FollowUp] {
        try read("read the open follow-ups") { db in
            try Row.fetchAll(db, sql: Self.followUpColumns + " WHERE keptAt IS NULL AND (? IS NULL OR mentionId = ?) ORDER BY dueAt, followUp.id",
                             arguments: [mention, mention]).map(Self.followUp)
        }
    }

    /// Every follow-up of a mention, oldest first.
    public func followUps(mention: Int64) throws(StoreError) -> [FollowUp] {
        try read("read the follow-ups of mention \(mention)") { db in
            try Row.fetchAll(db, sql: Self.followUpColumns + " WHERE mentionId = ? ORDER BY promisedAt, followUp.id", arguments: [mention])
                .map(Self.followUp)
        }
    }

    /// Marks a follow-up kept and notes it in its mention's history. Returns false (and changes nothing) when it
    /// was kept already; throws `unknownFollowUp` for an id that isn't stored.
    public func markFollowUpKept(_ id: Int64, by actor: String, at now: Date) throws(StoreError) -> Bool {
        try write("mark follow-up \(id) kept") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT mentionId, promise, keptAt FROM followUp WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownFollowUp(id: id)
            }
            guard (row["keptAt"] as Date?) == nil else { return false }
            try db.execute(sql: "UPDATE followUp SET keptAt = ?, keptBy = ? WHERE id = ?", arguments: [now, actor, id])
            try Self.appendEvent(db, mention: row["mentionId"], at: now, actor: actor, action: "noted",
                                 note: "promise kept (follow-up \(id)): " + (row["promise"] as String))
            return true
        }
    }

    /// The replies kept with answers in [start, end), oldest first; with `brand`, only replies to its mentions.
    public func replies(from start: Date, to end: Date, brand: String? = nil) throws(StoreError) -> [(at: Date, text: String)] {
        try read("read the replies") { db in
            try Row.fetchAll(db, sql: """
                SELECT mentionEvent.at, mentionEvent.reply FROM mentionEvent JOIN mention ON mention.id = mentionEvent.mentionId
                WHERE mentionEvent.reply IS NOT NULL AND mentionEvent.at >= ? AND mentionEvent.at < ? AND (? IS NULL OR mention.brand = ? COLLATE NOCASE)
                ORDER BY mentionEvent.at, mentionEvent.id
                """, arguments: [start, end, brand, brand]).map { ($0["at"], $0["reply"]) }
        }
    }

    /// The promises made in [start, end): how many, how many were kept by their due time, and how many were broken
    /// (due by `now` and not kept in time). A promise kept late counts as broken.
    public func promiseCounts(from start: Date, to end: Date, now: Date, brand: String? = nil) throws(StoreError) -> (made: Int, kept: Int, broken: Int) {
        try read("count the promises") { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS made,
                       COALESCE(SUM(keptAt IS NOT NULL AND keptAt <= dueAt), 0) AS kept,
                       COALESCE(SUM(dueAt <= ? AND (keptAt IS NULL OR keptAt > dueAt)), 0) AS broken
                FROM followUp JOIN mention ON mention.id = followUp.mentionId
                WHERE promisedAt >= ? AND promisedAt < ? AND (? IS NULL OR mention.brand = ? COLLATE NOCASE)
                """, arguments: [now, start, end, brand, brand])!
            return (row["made"], row["kept"], row["broken"])
        }
    }
}

extension PromiseDue {
    /// The promises as JSON for a waiting reply ([{"words", "due"}], due in seconds since 1970); nil for none.
    static func json(_ promises: [PromiseDue]) -> String? {
        guard !promises.isEmpty else { return nil }
        let objects = promises.map { ["words": $0.words, "due": $0.due.timeIntervalSince1970] as [String: Any] }
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The promises a waiting reply kept as JSON; none for nil or anything unreadable.
    static func fromJSON(_ text: String?) -> [PromiseDue] {
        guard let text, let objects = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else { return [] }
        return objects.compactMap { object in
            guard let words = object["words"] as? String, let due = object["due"] as? Double else { return nil }
            return PromiseDue(words: words, due: Date(timeIntervalSince1970: due))
        }
    }
}
