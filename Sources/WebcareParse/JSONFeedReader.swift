import Foundation
import WebcareCore

/// JSON Feed 1.0 and 1.1 to items.
enum JSONFeedReader {
    /// Whether the bytes look like a JSON document at all (first non-space byte is "{" or "[").
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
    }

    /// Whether a JSON object says it is a JSON Feed (its "version" names jsonfeed.org).
    static func isJSONFeed(_ object: [String: Any]) -> Bool {
        (object["version"] as? String)?.contains("jsonfeed.org") == true
    }

    static func read(_ feed: [String: Any], baseURL: String?) -> ParsedFeed {
        let base = absoluteLink(feed["home_page_url"] as? String, base: baseURL) ?? baseURL
        let feedAuthor = author(feed)
        let items = (feed["items"] as? [[String: Any]] ?? []).map { item -> FeedItem in
            let html = (item["content_html"] as? String).flatMap(nonEmpty)
            let text = (item["content_text"] as? String).flatMap(nonEmpty) ?? (item["summary"] as? String).flatMap(nonEmpty)
            let id: String? = (item["id"] as? String) ?? (item["id"] as? NSNumber).map { $0.stringValue }
            return FeedItem(
                id: id.flatMap(nonEmpty),
                url: absoluteLink((item["url"] as? String) ?? (item["external_url"] as? String), base: base),
                title: (item["title"] as? String).flatMap(nonEmpty).map(HTMLText.singleLine),
                author: author(item) ?? feedAuthor,
                published: ((item["date_published"] as? String) ?? (item["date_modified"] as? String)).flatMap(FeedDate.parse),
                text: html.map(HTMLText.plainText) ?? text.map(HTMLText.collapse) ?? "")
        }
        return ParsedFeed(kind: .jsonfeed, title: (feed["title"] as? String).flatMap(nonEmpty), items: items, warnings: [])
    }

    /// JSON Feed 1.1 "authors" (a list) or 1.0 "author" (an object): the first name.
    private static func author(_ object: [String: Any]) -> String? {
        if let authors = object["authors"] as? [[String: Any]], let name = authors.first?["name"] as? String { return nonEmpty(name) }
        if let author = object["author"] as? [String: Any], let name = author["name"] as? String { return nonEmpty(name) }
        return nil
    }
}
