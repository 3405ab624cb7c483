import Foundation
import WebcareCore
import WebcareXML

/// Atom 1.0 (and 0.3 and its drafts) to items, honouring xml:base and the threading extension. Atom's own elements
/// are read in the feed's namespace only, under whatever prefix the document binds it to: a `media:title` is never
/// the entry's title. A document whose root is an `entry` (an Atom Entry Document) is a feed of that one entry.
enum AtomReader {
    static func read(_ root: XMLElement, baseURL: String?) -> ParsedFeed {
        let base = absoluteLink(root.attribute("base", namespace: Namespace.xml), base: baseURL) ?? baseURL
        if root.name.lowercased() == "entry" {
            return ParsedFeed(kind: .atom, title: nil, items: [item(from: root, base: base, feedAuthor: nil)], warnings: [])
        }
        let feedAuthor = root.firstOwn("author").flatMap { nonEmpty($0.firstOwn("name")?.text) }
        let items = root.allOwn("entry").map { item(from: $0, base: base, feedAuthor: feedAuthor) }
        return ParsedFeed(kind: .atom, title: root.firstOwn("title").map(AtomText.plainText).flatMap(nonEmpty), items: items, warnings: [])
    }

    private static func item(from entry: XMLElement, base feedBase: String?, feedAuthor: String?) -> FeedItem {
        let base = absoluteLink(entry.attribute("base", namespace: Namespace.xml), base: feedBase) ?? feedBase
        let links = entry.allOwn("link")
        // The page is the alternate link; else a link of a kind nobody registered, never the entry's own API
        // (self, edit), its comment feed (replies) or an attachment.
        let alternate = links.first { isAlternate($0.attribute("rel")) }
            ?? links.first { !notThePage.contains($0.attribute("rel")?.lowercased() ?? "") }
        // Content, else full content in xhtml:body, body or fullitem, else the summary, else itunes:summary or the
        // Media RSS description (video feeds carry the text only in media:group/media:description).
        let text = entry.firstOwn("content").map(AtomText.plainText).flatMap(nonEmpty)
            ?? ItemFallbacks.fullContent(of: entry)
            ?? entry.firstOwn("summary").map(AtomText.plainText).flatMap(nonEmpty)
            ?? ItemFallbacks.summary(of: entry).flatMap(nonEmpty)
        // Atom 0.3 names the first publication `issued` and the entry's creation `created`.
        let dateText = entry.firstOwn("published")?.text ?? entry.firstOwn("issued")?.text ?? entry.firstOwn("created")?.text
            ?? entry.firstOwn("updated")?.text ?? entry.firstOwn("modified")?.text
            ?? entry.first("date", namespace: Namespace.dc)?.text ?? ItemFallbacks.dctermsDate(of: entry)
        let reply = entry.first("in-reply-to", namespace: Namespace.thread)
        let comments = nonEmpty(entry.first("total", namespace: Namespace.thread)?.text).flatMap { Int($0) }
            ?? links.first { $0.attribute("rel") == "replies" }.flatMap { nonEmpty($0.attribute("count", namespace: Namespace.thread)) }.flatMap { Int($0) }
            ?? nonEmpty(entry.first("comments", namespace: Namespace.slash)?.text).flatMap { Int($0) }
        let author = entry.firstOwn("author").flatMap { nonEmpty($0.firstOwn("name")?.text) } ?? feedAuthor
        // A link's URL is its href; some feeds write it as the link's text instead, as RSS does.
        let href = alternate.flatMap { nonEmpty($0.attribute("href")) ?? nonEmpty($0.text) }
        return FeedItem(
            id: nonEmpty(entry.firstOwn("id")?.text),
            url: absoluteLink(href, base: absoluteLink(alternate?.attribute("base", namespace: Namespace.xml), base: base) ?? base),
            title: entry.firstOwn("title").map(AtomText.plainText).flatMap(nonEmpty).map(HTMLText.joinedLines),
            author: author.map(ItemFallbacks.authorName),
            published: dateText.flatMap(FeedDate.parse),
            text: text ?? "",
            inReplyTo: reply.flatMap { nonEmpty($0.attribute("ref")) ?? nonEmpty($0.attribute("href")) },
            comments: comments
        )
    }

    private static func isAlternate(_ rel: String?) -> Bool {
        guard let rel = rel?.lowercased() else { return true }
        return rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate"
    }

    private static let notThePage: Set<String> = ["self", "edit", "edit-media", "replies", "enclosure", "related", "via", "license", "hub"]
}
