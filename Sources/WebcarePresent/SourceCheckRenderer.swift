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
        }
        if !warnings.isEmpty {
            out += "\nwarnings:\n" + warnings.map { "- \($0)\n" }.joined()
        }
        return out
    }

    /// Exactly one JSON object: url, kind, title and items in document order (nulls written out).
    public static func json(url: String, kind: String, title: String?, items: [FeedItem]) -> String {
        func value(_ text: String?) -> Any { text ?? NSNull() }
        let objects: [[String: Any]] = items.map { item in
            [
                "id": item.id ?? item.url ?? item.stableKey,
                "url": value(item.url),
                "title": value(item.title),
                "author": value(item.author),
                "published": value(item.published.map(rfc3339)),
                "text": item.text,
                "rating": item.rating.map { $0 as Any } ?? NSNull(),
                "bestRating": item.bestRating.map { $0 as Any } ?? NSNull(),
                "inReplyTo": value(item.inReplyTo),
                "comments": item.comments.map { $0 as Any } ?? NSNull(),
            ]
        }
        let object: [String: Any] = ["url": url, "kind": kind, "title": value(title), "items": objects]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// "2026-11-16T08:00:00Z".
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
