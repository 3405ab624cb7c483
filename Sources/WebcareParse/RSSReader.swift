import Foundation
import WebcareCore
import WebcareXML

/// RSS 0.9x / 2.0 and RSS 1.0 (RDF) to items.
enum RSSReader {
    static func read(_ root: XMLElement, baseURL: String?) -> ParsedFeed {
        let channelElement = root.first("channel")
        let channel = channelElement ?? root
        // An xml:base the feed declares is the base; else the channel's link, else where the feed came from.
        let rootBase = xmlBase(of: root, under: baseURL)
        let declared = channelElement.map { xmlBase(of: $0, under: rootBase) } ?? rootBase
        let base = hasXMLBase(root) || hasXMLBase(channel) ? declared : absoluteLink(channel.firstOwn("link")?.text, base: baseURL) ?? baseURL
        // Some RSS puts items at the top level beside the channel (without a channel, they are the root's already).
        let items = (channel.all("item") + (channelElement != nil ? root.all("item") : []))
            .map { item(from: $0, base: base) }
        return ParsedFeed(kind: .rss, title: nonEmpty(channel.firstOwn("title")?.text).map(HTMLText.singleLine), items: items, warnings: [])
    }

    /// An RSS 1.0 or 0.90 document (`rdf:RDF`); one without items is an empty feed.
    static func readRDF(_ root: XMLElement, baseURL: String?) -> ParsedFeed {
        let channel = root.first("channel")
        let base = hasXMLBase(root) ? xmlBase(of: root, under: baseURL) : absoluteLink(channel?.firstOwn("link")?.text, base: baseURL) ?? baseURL
        let items = root.all("item").map { element -> FeedItem in
            var item = item(from: element, base: base)
            if item.id == nil { item.id = nonEmpty(element.attribute("about", namespace: Namespace.rdf)) }
            return item
        }
        return ParsedFeed(kind: .rdf, title: nonEmpty(channel?.firstOwn("title")?.text).map(HTMLText.singleLine), items: items, warnings: [])
    }

    /// The Media RSS description of an item or entry: in media:group, on the item, or in its (first) media:content.
    static func mediaDescription(of element: XMLElement) -> String? {
        mediaDescriptionElement(of: element)?.text
    }

    /// The element `mediaDescription` reads.
    static func mediaDescriptionElement(of element: XMLElement) -> XMLElement? {
        let group = element.first("group", namespace: Namespace.media)
        return group?.first("description", namespace: Namespace.media) ?? element.first("description", namespace: Namespace.media)
            ?? (group ?? element).first("content", namespace: Namespace.media)?.first("description", namespace: Namespace.media)
    }

    /// The base in scope inside `element`: its xml:base resolved against `outer`, else `outer`.
    private static func xmlBase(of element: XMLElement, under outer: String?) -> String? {
        absoluteLink(element.attribute("base", namespace: Namespace.xml), base: outer) ?? outer
    }

    private static func hasXMLBase(_ element: XMLElement) -> Bool { element.attribute("base", namespace: Namespace.xml) != nil }

    private static func item(from element: XMLElement, base channelBase: String?) -> FeedItem {
        let base = xmlBase(of: element, under: channelBase)
        // Title, description, link and guid in the item's own namespace (none for RSS 2.0, RSS 1.0's for RDF):
        // never a media:title, an itunes:summary or another vocabulary's description.
        let link = absoluteLink(element.firstOwn("link")?.text, base: base)
        let guid = element.firstOwn("guid")
        let id = nonEmpty(guid?.text)
        // A permalink guid is also the link when no <link> is given.
        var url = link
        if url == nil, let guidText = id, let isPermaLink = guid?.attribute("isPermaLink")?.lowercased() {
            if isPermaLink == "true" { url = absoluteLink(guidText, base: base) }
        } else if url == nil, let guidText = id, guidText.hasPrefix("http") {
            url = guidText
        }
        // The body is content:encoded, else xhtml:body, body or fullitem, else the description, else itunes:summary
        // or the Media RSS description: the first not blank. Each is read only when the one before is missing,
        // straight from the tree's bytes.
        let text = HTMLText.plainText(ofHTMLIn: element.first("encoded", namespace: Namespace.content))
            ?? ItemFallbacks.fullContent(of: element)
            ?? HTMLText.plainText(ofHTMLIn: element.firstOwn("description"))
            ?? ItemFallbacks.summary(of: element)
            ?? ""
        let author = nonEmpty(element.first("creator", namespace: Namespace.dc)?.text) ?? nonEmpty(element.firstOwn("author")?.text)
        let dateText = element.firstOwn("pubDate")?.text ?? element.first("date", namespace: Namespace.dc)?.text
            ?? ItemFallbacks.dctermsDate(of: element)
        let comments = nonEmpty(element.first("comments", namespace: Namespace.slash)?.text).flatMap { Int($0) }
            ?? nonEmpty(element.first("total", namespace: Namespace.thread)?.text).flatMap { Int($0) }
        return FeedItem(
            id: id,
            url: url,
            title: nonEmpty(element.firstOwn("title")?.text).map(HTMLText.singleLine).flatMap(nonEmpty),
            author: author.map(HTMLText.singleLine).map(ItemFallbacks.authorName),
            published: dateText.flatMap(FeedDate.parse),
            text: text,
            inReplyTo: nil,
            comments: comments
        )
    }
}
