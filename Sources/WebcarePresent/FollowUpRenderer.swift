import Foundation
import WebcareCore

/// `webcare followups` and the inbox's promises: one line per open follow-up, with its due time, how long is left
/// (or how late it is) and the promise quoted.
public enum FollowUpRenderer {
    /// The open follow-ups as text; says so when there are none.
    public static func text(_ followUps: [FollowUp], now: Date) -> String {
        guard !followUps.isEmpty else { return "No open promises: every promise made in a reply has been kept.\n" }
        return lines(followUps, now: now) + "\n\(followUps.count) open promise\(followUps.count == 1 ? "" : "s")"
            + " (`webcare followup done ID` once kept)\n"
    }

    /// The inbox's section: "Promises to keep:" and a line each; empty without open follow-ups.
    public static func inboxSection(_ followUps: [FollowUp], now: Date) -> String {
        guard !followUps.isEmpty else { return "" }
        return "\nPromises to keep:\n" + lines(followUps, now: now)
    }

    /// "  3  mention 12  Telvio  due 2026-11-21T16:00:00Z (OVERDUE 2h)  by sanne: "Ik bel u morgen."".
    static func lines(_ followUps: [FollowUp], now: Date) -> String {
        let rows = followUps.map { followUp -> [String] in
            let when = MentionRenderer.timestamp(followUp.due)
                + (followUp.due <= now ? " (OVERDUE " + InboxRenderer.age(from: followUp.due, to: now) + ")"
                                       : " (" + InboxRenderer.timeLeft(until: followUp.due, now: now) + " left)")
            return [String(followUp.id), "mention \(followUp.mentionID)", TerminalText.safeLine(followUp.brand), "due " + when,
                    "by " + TerminalText.safeLine(followUp.promisedBy) + ": \"" + TerminalText.safeLine(followUp.promise) + "\""]
        }
        return TerminalText.alignedColumns(rows, rightAligned: [0]).map { line in
            // The last column is the promise: no padding after it.
            "  " + String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
        }.joined()
    }

    /// The follow-ups as a JSON array.
    public static func json(_ followUps: [FollowUp], now: Date) -> String {
        let objects = followUps.map { followUp -> [String: Any] in
            ["id": followUp.id, "mention": followUp.mentionID, "brand": followUp.brand, "promisedBy": followUp.promisedBy,
             "promisedAt": MentionRenderer.timestamp(followUp.promisedAt), "due": MentionRenderer.timestamp(followUp.due),
             "promise": followUp.promise, "overdue": followUp.isOverdue(at: now)]
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return TerminalText.jsonSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
