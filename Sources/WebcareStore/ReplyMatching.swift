import Foundation
import GRDB
import WebcareCore

// Brand replies that mark stored mentions answered, and the replies that wait for a mention not stored yet.

extension WebcareDatabase {
    /// Marks the open mention a brand reply answers as answered at the reply's time, by the replying account, and
    /// records it in the history. A reply by id or link matches in any source; one by item key (a review's company
    /// reply) matches in `source` only. A reply to nothing stored, or to a mention already dealt with, changes nothing.
    /// Returns whether the reply was parked to wait for its mention.
    @discardableResult
    static func markAnswered(_ db: Database, by reply: BrandReply, source: String) throws -> Bool {
        let ids: [Int64]
        switch reply.target {
        case .itemKey(let key):
            ids = try Int64.fetchAll(db, sql: "SELECT id FROM mention WHERE status = 'open' AND source = ? AND itemKey = ?",
                                     arguments: [source, key])
        case .reference(let target):
            let found = try Row.fetchAll(db, sql: "SELECT id, status FROM mention WHERE itemKey = ? OR itemKey = ? OR url = ?",
                                         arguments: StatementArguments(ItemKey.candidates(forReference: target).map(\.rawValue) + [target]))
            if found.isEmpty {
                // Its mention may come from a source polled after this one: the reply waits for it.
                try db.execute(sql: """
                    INSERT INTO waitingReply (target, at, actor, note, replyText, promises) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(target, actor, at) DO NOTHING
                    """, arguments: [target, reply.at, reply.by, reply.note, reply.text, PromiseDue.json(reply.promises)])
                return true
            }
            ids = found.filter { $0["status"] as String == "open" }.map { $0["id"] }
        }
        for id in ids { try answer(db, id: id, at: reply.at, by: reply.by, note: reply.note, reply: reply.text, promises: reply.promises) }
        return false
    }

    /// Marks a mention answered by a detected reply, and records it in the history with the reply's text and the
    /// follow-ups of its promises.
    static func answer(_ db: Database, id: Int64, at: Date, by actor: String, note: String, reply: String?, promises: [PromiseDue]) throws {
        try db.execute(sql: "UPDATE mention SET status = 'answered', statusChangedAt = ?, statusChangedBy = ?, statusNote = ? WHERE id = ?",
                       arguments: [at, actor, note, id])
        try appendEvent(db, mention: id, at: at, actor: actor, action: "answered", note: note, reply: reply)
        try addFollowUps(db, mention: id, promises: promises, at: at, by: actor)
    }

    /// Answers a just-stored mention with the earliest brand reply that was waiting for it (stored from another
    /// source before the mention itself), and drops the replies that waited for it.
    static func answerFromWaitingReplies(_ db: Database, mentionID: Int64, itemKey: String, url: String?) throws {
        var targets = [url].compactMap { $0 }
        if let reference = ItemKey(rawValue: itemKey).reference { targets.append(reference) }
        guard !targets.isEmpty else { return }
        let marks = databaseQuestionMarks(count: targets.count)
        guard let reply = try Row.fetchOne(db, sql: "SELECT * FROM waitingReply WHERE target IN (\(marks)) ORDER BY at LIMIT 1",
                                           arguments: StatementArguments(targets)) else { return }
        let at: Date = reply["at"], actor: String = reply["actor"], note: String = reply["note"]
        try answer(db, id: mentionID, at: at, by: actor, note: note, reply: reply["replyText"],
                   promises: PromiseDue.fromJSON(reply["promises"]))
        try db.execute(sql: "DELETE FROM waitingReply WHERE target IN (\(marks))", arguments: StatementArguments(targets))
    }
}
