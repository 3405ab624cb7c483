import Foundation
import WebcareCore

/// One mention in full, for `webcare show`: fields, the text, the scorer's reasons and the history.
public enum MentionRenderer {
    /// The mention as text; everything from the web made terminal-safe. `explained` is what today's scorer says
    /// of it, with `contributions` and `total` as its reasons: the "Why" part names that label, and says so when it
    /// is not the stored one (the lexicon or the config changed since; `rescore` brings it up to date).
    public static func text(_ mention: Mention, explained: Sentiment, contributions: [(term: String, weight: Double, reason: String)],
                            total: Double, history: [MentionEvent], now: Date, deadline: Date? = nil,
                            timeZone: TimeZone = TeamTime.utc) -> String {
        func timestamp(_ date: Date) -> String { TeamTime.timestamp(date, in: timeZone) }
        var out = "Mention \(mention.id)  [\(mention.status.rawValue)]\n"
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out += name.padding(toLength: 11, withPad: " ", startingAt: 0) + TerminalText.safeLine(value) + "\n"
        }
        field("brand", mention.brand)
        field("assigned", mention.assignedTo)
        field("tags", mention.tags.isEmpty ? nil : mention.tags.joined(separator: ", "))
        field("source", mention.source)
        field("title", mention.title)
        field("author", mention.author)
        field("url", mention.url)
        field("published", mention.published.map(timestamp) ?? "unknown (clock starts at first seen)")
        field("first seen", timestamp(mention.firstSeen))
        field("age", InboxRenderer.age(from: mention.clockStart, to: now))
        if let deadline, InboxRenderer.isAwaitingAnswer(mention) {
            field("deadline", timestamp(deadline) + " (" + InboxRenderer.timeLeft(until: deadline, now: now) + (deadline > now ? " left)" : ")"))
        }
        field("reach", mention.reachBasis.isEmpty ? String(mention.reach) : mention.reachBasis)
        let scorerLabel = mention.scorerLabel ?? mention.sentiment.label
        if let person = mention.labelledBy {
            field("label", "\(mention.sentiment.label.rawValue), set by \(person) (the scorer says \(scorerLabel.rawValue))")
        }
        field("sentiment", String(format: "%@ %+.3f (%@)", scorerLabel.rawValue, mention.sentiment.score, mention.sentiment.language.rawValue))
        if mention.needsReply { field("asks", "yes: it asks the brand a question or asks for help") }
        out += "\n" + TerminalText.safeBlock(mention.text) + "\n"
        out += "\nWhy the scorer says \(explained.label.rawValue):\n"
        if explained.label != scorerLabel {
            out += "  (it was stored as \(scorerLabel.rawValue); the lexicon or the config changed since: `webcare rescore` updates it)\n"
        }
        if contributions.isEmpty { out += "  no sentiment words or signals\n" }
        for contribution in contributions {
            out += String(format: "  %+6.2f  ", contribution.weight) + TerminalText.safeLine(contribution.term) + "  (\(contribution.reason))\n"
        }
        out += String(format: "  total %+.2f\n", total)
        if !history.isEmpty {
            out += "\nHistory:\n"
            for event in history {
                out += "  \(timestamp(event.at))  \(event.action) by \(TerminalText.safeLine(event.actor))"
                    + (event.note.map { ": " + TerminalText.safeLine($0) } ?? "") + "\n" + HistoryRenderer.replyLines(event.reply, indent: "      ")
            }
        }
        return out
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
