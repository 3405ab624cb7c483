import Foundation
import WebcareCore

/// Renders what `check-source` saw in a document: for a person, or as one JSON object.
public enum SourceCheckRenderer {
    /// Kind, title, every item on a few lines, then the warnings. All web text made terminal-safe.
    public static func text(url: String, kind: String, title: String?, items: [FeedItem], warnings: [String], width: Int) -> String {
        var out = "\(TerminalText.safeLine(url))\n"
        out += "kind: \(kind)\ntitle: \(title.map(TerminalText.safeLine) ?? "(none)")\nitems: \(items.count)\n"
        for (index, item) in items.enumerated() {
            out += "\n\(index + 1). \(TerminalText.truncate(TerminalText.safeLine(item.title ?? "(no title)"), to: max(20, width - 4)))\n"
            let date = item.published.map { rfc3339($0) } ?? "no date"
            let rating = item.rating.map { value in "  rating \(format(value))/\(format(item.bestRating ?? 5))" } ?? ""
            out += "   \(date)  \(TerminalText.safeLine(item.author ?? "no author"))\(rating)  id: \(TerminalText.truncate(TerminalText.safeLine(item.id ?? "(none)"), to: 60))\n"
            if let url = item.url { out += "   \(TerminalText.truncate(TerminalText.safeLine(url), to: max(20, width - 3)))\n" }
            if !item.text.isEmpty { out += "   \(TerminalText.truncate(TerminalText.safeLine(item.text), to: max(20, width - 3)))\n" }
            if let reply = item.companyReply {
                let who = TerminalText.safeLine(reply.author ?? "the company")
                let when = reply.published.map { ", " + rfc3339($0) } ?? ""
                out += "   \(TerminalText.truncate("reply by \(who)\(when): \(TerminalText.safeLine(reply.text))", to: max(20, width - 3)))\n"
            }
        }
        if !warnings.isEmpty {
            out += "\nwarnings:\n" + warnings.map { "- \($0)\n" }.joined()
        }
        return out
    }

    /// Exactly one JSON object on one line: url, kind, title and items in document order, keys in the order issue 4
    /// lists them (nulls written out), then each item's company `reply` (null, or author, published and text).
    public static func json(url: String, kind: String, title: String?, items: [FeedItem]) -> String {
        var out = "{\"url\":\(string(url)),\"kind\":\(string(kind)),\"title\":\(string(title)),\"items\":["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            out += "{\"id\":\(string(item.id ?? item.url ?? item.stableKey))"
            out += ",\"url\":\(string(item.url)),\"title\":\(string(item.title)),\"author\":\(string(item.author))"
            out += ",\"published\":\(string(item.published.map(rfc3339))),\"text\":\(string(item.text))"
            out += ",\"rating\":\(number(item.rating)),\"bestRating\":\(number(item.bestRating))"
            out += ",\"inReplyTo\":\(string(item.inReplyTo)),\"comments\":\(item.comments.map(String.init) ?? "null")"
            if let reply = item.companyReply {
                out += ",\"reply\":{\"author\":\(string(reply.author)),\"published\":\(string(reply.published.map(rfc3339)))"
                out += ",\"text\":\(string(reply.text))}}"
            } else {
                out += ",\"reply\":null}"
            }
        }
        return TerminalText.jsonSafe(out + "]}") + "\n"
    }

    private static func string(_ text: String?) -> String { JSONText.quoted(text) }

    /// A JSON number (integral values without a fraction), or null; never NaN or infinity.
    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// "2026-11-16T08:00:00Z".
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
