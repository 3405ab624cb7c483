import Foundation
import WebcareCore
import WebcareXML

/// Atom 1.0 (and 0.3) to items, honouring xml:base and the threading extension.
enum AtomReader {
    static func read(_ root: XMLElement, baseURL: String?) -> ParsedFeed {
        let base = absoluteLink(root.attribute("base", namespace: Namespace.xml), base: baseURL) ?? baseURL
        let feedAuthor = root.first("author").flatMap { nonEmpty($0.first("name")?.text) }
        let items = root.all("entry").map { item(from: $0, base: base, feedAuthor: feedAuthor) }
        return ParsedFeed(kind: .atom, title: root.first("title").map(textConstruct).flatMap(nonEmpty), items: items, warnings: [])
    }

    private static func item(from entry: XMLElement, base feedBase: String?, feedAuthor: String?) -> FeedItem {
        let base = absoluteLink(entry.attribute("base", namespace: Namespace.xml), base: feedBase) ?? feedBase
        let links = entry.all("link")
        // The page is the alternate link; else a link of a kind nobody registered, never the entry's own API
        // (self, edit), its comment feed (replies) or an attachment.
        let alternate = links.first { isAlternate($0.attribute("rel")) }
            ?? links.first { !notThePage.contains($0.attribute("rel")?.lowercased() ?? "") }
        let content = entry.first("content").map(textConstruct).flatMap(nonEmpty)
        let summary = entry.first("summary").map(textConstruct).flatMap(nonEmpty)
        // Video feeds carry the text only in media:group/media:description.
        let media = RSSReader.mediaDescription(of: entry).map(HTMLText.plainText).flatMap(nonEmpty)
        let dateText = entry.first("published")?.text ?? entry.first("issued")?.text ?? entry.first("updated")?.text
            ?? entry.first("modified")?.text
        let reply = entry.first("in-reply-to", namespace: Namespace.thread)
        let comments = nonEmpty(entry.first("total", namespace: Namespace.thread)?.text).flatMap { Int($0) }
            ?? links.first { $0.attribute("rel") == "replies" }.flatMap { nonEmpty($0.attribute("count", namespace: Namespace.thread)) }.flatMap { Int($0) }
            ?? nonEmpty(entry.first("comments", namespace: Namespace.slash)?.text).flatMap { Int($0) }
        let author = entry.first("author").flatMap { nonEmpty($0.first("name")?.text) } ?? feedAuthor
        return FeedItem(
            id: nonEmpty(entry.first("id")?.text),
            url: absoluteLink(alternate?.attribute("href"),
                              base: absoluteLink(alternate?.attribute("base", namespace: Namespace.xml), base: base) ?? base),
            title: entry.first("title").map(textConstruct).flatMap(nonEmpty).map(HTMLText.joinedLines),
            author: author,
            published: dateText.flatMap(FeedDate.parse),
            text: content ?? summary ?? media ?? "",
            inReplyTo: reply.flatMap { nonEmpty($0.attribute("ref")) ?? nonEmpty($0.attribute("href")) },
            comments: comments
        )
    }

    private static func isAlternate(_ rel: String?) -> Bool {
        guard let rel = rel?.lowercased() else { return true }
        return rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate"
    }

    private static let notThePage: Set<String> = ["self", "edit", "edit-media", "replies", "enclosure", "related", "via", "license", "hub"]

    /// The plain text of an Atom text construct: type="text", "html" (escaped HTML) or "xhtml" (inline markup);
    /// Atom 0.3's mode="base64" is decoded first.
    private static func textConstruct(_ element: XMLElement) -> String {
        if element.attribute("mode")?.lowercased() == "base64" {
            let decoded = Data(base64Encoded: element.text, options: .ignoreUnknownCharacters).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return HTMLText.plainText(decoded)
        }
        switch element.attribute("type")?.lowercased() {
        case "xhtml", "application/xhtml+xml":
            return HTMLText.plainText(of: element)
        default:
            // "html", "text/html", or plain text by the spec, but publishers put HTML and double-escaped entities in
            // plain text all the same. Read from the tree's bytes, without a String of the HTML.
            return element.withTextBytes(HTMLText.plainText)
        }
    }
}
