import Foundation
import WebcareCore

/// One mention in full, for `webcare show`: fields, the text, the scorer's reasons and the history.
public enum MentionRenderer {
    /// The mention as text; everything from the web made terminal-safe.
    public static func text(_ mention: Mention, contributions: [(term: String, weight: Double, reason: String)], total: Double,
                            history: [MentionEvent], now: Date,
                            deadline: Date? = nil) -> String {
        var out = "Mention \(mention.id)  [\(mention.status.rawValue)]\n"
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out += name.padding(toLength: 11, withPad: " ", startingAt: 0) + TerminalText.safeLine(value) + "\n"
        }
        field("brand", mention.brand)
        field("assigned", mention.assignedTo)
        field("source", mention.source)
        field("title", mention.title)
        field("author", mention.author)
        field("url", mention.url)
        field("published", mention.published.map(timestamp) ?? "unknown (clock starts at first seen)")
        field("first seen", timestamp(mention.firstSeen))
        field("age", InboxRenderer.age(from: mention.clockStart, to: now))
        if let deadline, mention.status == .open {
            field("deadline", timestamp(deadline) + " (" + InboxRenderer.timeLeft(until: deadline, now: now) + (deadline > now ? " left)" : ")"))
        }
        field("reach", mention.reachBasis.isEmpty ? String(mention.reach) : mention.reachBasis)
        field("sentiment", String(format: "%@ %+.3f (%@)", mention.sentiment.label.rawValue, mention.sentiment.score, mention.sentiment.language.rawValue))
        out += "\n" + TerminalText.safeBlock(mention.text) + "\n"
        out += "\nWhy \(mention.sentiment.label.rawValue):\n"
        if contributions.isEmpty { out += "  no sentiment words or signals\n" }
        for contribution in contributions {
            out += String(format: "  %+6.2f  ", contribution.weight) + TerminalText.safeLine(contribution.term) + "  (\(contribution.reason))\n"
        }
        out += String(format: "  total %+.2f\n", total)
        if !history.isEmpty {
            out += "\nHistory:\n"
            for event in history {
                out += "  \(timestamp(event.at))  \(event.action) by \(TerminalText.safeLine(event.actor))"
                    + (event.note.map { ": " + TerminalText.safeLine($0) } ?? "") + "\n"
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
