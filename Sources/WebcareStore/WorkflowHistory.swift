import Foundation
import GRDB
import WebcareCore

// The workflow: status changes, assignments and notes, each appended to the mention's history.

extension WebcareDatabase {
    /// Moves mentions to a new workflow status and appends the change to their history, all or nothing:
    /// an unknown id changes none of them.
    /// A mention already in that status is left as it is (no history event): its id is returned.
    /// An answer may carry the reply posted (kept with the event) and the promises it makes (each a follow-up).
    @discardableResult
    public func setStatus(_ status: MentionStatus, ids: [Int64], by actor: String, note: String?, at now: Date,
                          reply: String? = nil, promises: [PromiseDue] = []) throws(StoreError) -> [Int64] {
        try write("change the status of mention \(ids.map(String.init).joined(separator: ", "))") { db in
            var unchanged: [Int64] = []
            for id in ids {
                try Self.requireMention(db, id: id)
                if try String.fetchOne(db, sql: "SELECT status FROM mention WHERE id = ?", arguments: [id]) == status.rawValue {
                    unchanged.append(id)
                    continue
                }
                try db.execute(sql: """
                    UPDATE mention SET status = ?, statusChangedAt = ?, statusChangedBy = ?, statusNote = ? WHERE id = ?
                    """, arguments: [status.rawValue, now, actor, note, id])
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: status == .open ? "reopened" : status.rawValue, note: note,
                                     reply: status == .answered ? reply : nil)
                if status == .answered { try Self.addFollowUps(db, mention: id, promises: promises, at: now, by: actor) }
            }
            return unchanged
        }
    }

    /// Takes the mentions off whoever they were assigned to and records it; all or none. A mention assigned to
    /// nobody is left as it is (no history event): its id is returned.
    @discardableResult
    public func unassign(_ ids: [Int64], by actor: String, at now: Date) throws(StoreError) -> [Int64] {
        try write("unassign mention \(ids.map(String.init).joined(separator: ", "))") { db in
            var unchanged: [Int64] = []
            for id in ids {
                try Self.requireMention(db, id: id)
                guard let person = try String.fetchOne(db, sql: "SELECT assignedTo FROM mention WHERE id = ?", arguments: [id]) else {
                    unchanged.append(id)
                    continue
                }
                try db.execute(sql: "UPDATE mention SET assignedTo = NULL WHERE id = ?", arguments: [id])
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: "unassigned", note: "from " + person)
            }
            return unchanged
        }
    }

    /// Assigns the mentions to a person and records it; all or none.
    public func assign(_ ids: [Int64], to person: String, by actor: String, at now: Date) throws(StoreError) {
        try write("assign mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                try db.execute(sql: "UPDATE mention SET assignedTo = ? WHERE id = ?", arguments: [person, id])
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: "assigned", note: "to " + person)
            }
        }
    }

    /// Adds a note to the mentions' history; all or none.
    public func addNote(_ note: String, to ids: [Int64], by actor: String, at now: Date) throws(StoreError) {
        try write("add a note to mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: "noted", note: note)
            }
        }
    }

    /// Throws `unknownMention` inside a transaction, so a list with one bad id changes nothing.
    static func requireMention(_ db: Database, id: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM mention WHERE id = ?", arguments: [id]) != nil else {
            throw StoreError.unknownMention(id: id)
        }
    }

    /// Appends one step to a mention's history (the table refuses updates and deletes).
    static func appendEvent(_ db: Database, mention id: Int64, at: Date, actor: String, action: String, note: String?,
                            reply: String? = nil) throws {
        let reply = reply.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        try db.execute(sql: "INSERT INTO mentionEvent (mentionId, at, actor, action, note, reply) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [id, at, actor, action, note, reply])
    }

    /// The history of a mention, oldest first: (when, who, what, note).
    public func history(id: Int64) throws(StoreError) -> [MentionEvent] {
        try read("read the history of mention \(id)") { db in
            try Self.requireMention(db, id: id)
            return try Row.fetchAll(db, sql: "SELECT * FROM mentionEvent WHERE mentionId = ? ORDER BY at, id", arguments: [id]).map {
                MentionEvent(at: $0["at"], actor: $0["actor"], action: $0["action"], note: $0["note"], reply: $0["reply"])
            }
        }
    }
}
