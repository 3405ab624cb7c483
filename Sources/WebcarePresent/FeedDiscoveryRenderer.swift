import Foundation

/// A feed found from an HTML page (`check-source`, `sources add`): plain values, so this module needs no parser.
public struct DiscoveredFeed: Sendable, Equatable {
    /// The feed's URL (after redirects, when it was read).
    public var url: String
    /// Whether the page announced it with `<link rel="alternate">`; false for one found at a usual place (`/feed`).
    public var isAnnounced: Bool
    /// The format it was read as (rss, atom, rdf, jsonfeed); nil when it could not be read.
    public var kind: String?
    /// Its own title, else the link's title.
    public var title: String?
    /// How many items it holds now; nil when it could not be read.
    public var itemCount: Int?
    /// Why it could not be read (a broken announced feed is still listed); nil when it was read.
    public var failure: String?

    /// Makes one.
    public init(url: String, isAnnounced: Bool, kind: String? = nil, title: String? = nil, itemCount: Int? = nil, failure: String? = nil) {
        self.url = url
        self.isAnnounced = isAnnounced
        self.kind = kind
        self.title = title
        self.itemCount = itemCount
        self.failure = failure
    }

    /// Whether webcare can read it.
    public var isReadable: Bool { failure == nil }
}

/// Renders the feeds an HTML page leads to.
public enum FeedDiscoveryRenderer {
    /// The page, then one numbered line per feed: URL, kind, item count, title, and where it was found (or why it
    /// cannot be read). Web text made terminal-safe.
    public static func text(pageURL: String, feeds: [DiscoveredFeed]) -> String {
        var out = "\(TerminalText.safeLine(pageURL))\nan HTML page, not a feed; it leads to \(feeds.count) feed\(feeds.count == 1 ? "" : "s"):\n"
        for (index, feed) in feeds.enumerated() {
            out += "\(index + 1). " + line(feed) + "\n"
        }
        out += "\nAdd one with: webcare sources add URL\n"
        return out
    }

    /// One feed on one line: `URL  rss, 12 items, "Title" (announced)` or `URL  cannot be read: reason`.
    public static func line(_ feed: DiscoveredFeed) -> String {
        var out = TerminalText.safeLine(feed.url)
        if let failure = feed.failure {
            out += "  cannot be read: \(TerminalText.safeLine(failure))"
        } else {
            let count = feed.itemCount ?? 0
            out += "  \(feed.kind ?? "feed"), \(count) item\(count == 1 ? "" : "s")"
        }
        if let title = feed.title { out += ", \"\(TerminalText.safeLine(title))\"" }
        out += feed.isAnnounced ? " (announced by the page)" : " (found at a usual place)"
        return out
    }

    /// One JSON object on one line: `{"url":…,"kind":"page","feeds":[{url, kind, title, items, announced, error}]}`.
    public static func json(pageURL: String, feeds: [DiscoveredFeed]) -> String {
        struct Feed: Encodable {
            var url: String, kind: String?, title: String?, items: Int?, announced: Bool, error: String?
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(url, forKey: .url)
                try container.encode(kind, forKey: .kind)
                try container.encode(title, forKey: .title)
                try container.encode(items, forKey: .items)
                try container.encode(announced, forKey: .announced)
                try container.encode(error, forKey: .error)
            }
            enum CodingKeys: String, CodingKey { case url, kind, title, items, announced, error }
        }
        struct Page: Encodable { var url: String; var kind = "page"; var feeds: [Feed] }
        let page = Page(url: pageURL, feeds: feeds.map {
            Feed(url: $0.url, kind: $0.kind, title: $0.title, items: $0.itemCount, announced: $0.isAnnounced, error: $0.failure)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(page)) ?? Data("{}".utf8)
        return TerminalText.jsonSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
