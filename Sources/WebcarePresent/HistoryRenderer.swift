import Foundation
import WebcareCore

/// `webcare history`: a mention's steps, one line each, oldest first. Actors and notes may come from the web (a
/// brand reply detected on a review platform): they pass through `TerminalText`.
public enum HistoryRenderer {
    /// The history of mention `id` as text: "2026-11-20T09:12:00Z  answered by sanne: called back",
    /// with the reply posted indented below it.
    /// Times are shown in `timeZone` (the team's).
    public static func text(_ events: [MentionEvent], id: Int64, timeZone: TimeZone = TeamTime.utc) -> String {
        if events.isEmpty { return "Mention \(id) has no history yet: nobody has acted on it.\n" }
        return events.map { event in
            "\(TeamTime.timestamp(event.at, in: timeZone))  \(event.action) by \(TerminalText.safeLine(event.actor))"
                + (event.note.map { ": " + TerminalText.safeLine($0) } ?? "") + "\n" + replyLines(event.reply, indent: "    ")
        }.joined()
    }

    /// The reply kept with an answer, each line indented under the event ("    reply: Hoi Mark, …"); empty without one.
    static func replyLines(_ reply: String?, indent: String) -> String {
        guard let reply else { return "" }
        let lines = reply.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.safeLine(String($0)) }
        return indent + "reply: " + lines.joined(separator: "\n" + indent + "       ") + "\n"
    }
}
