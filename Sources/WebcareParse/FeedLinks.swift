import Foundation
import WebcareCore
import WebcareXML

/// A feed an HTML page announces with `<link rel="alternate" type="…" href="…">`.
public struct FeedLink: Sendable, Equatable {
    /// The feed's URL, made absolute against the page (or its `<base href>`).
    public var url: String
    /// The format the link's type names: rss, atom or jsonfeed.
    public var kind: FeedKind
    /// The link's own title attribute, or nil.
    public var title: String?
}

/// Finds the feeds a page announces, and the places sites usually put one. Pure: bytes in, links out.
public enum FeedLinks {
    /// Where a feed usually lives when a page announces none, in the order they are tried (relative to the site's root,
    /// except `?feed=rss2`, WordPress's, which is relative to the page).
    public static let usualPaths = ["/feed", "/rss", "/atom.xml", "/feed.xml", "/index.xml", "?feed=rss2"]

    /// Whether the bytes look like an HTML page (not XML, not JSON).
    public static func isHTML(_ bytes: [UInt8]) -> Bool { ReviewPageReader.looksLikeHTML(bytes) }

    /// The `<link rel="alternate">` feeds of the page in document order, each URL once; empty when the page is not
    /// readable or announces none. Comment feeds are kept: they are feeds too, and the team may want them.
    public static func announced(in bytes: [UInt8], baseURL: String?) -> [FeedLink] {
        let charset = DocumentCharset.chooseHTML(bytes, httpCharset: nil, override: nil)
        guard let root = try? HTMLDocumentParser.parse(charset.bytes, encoding: charset.encoding) else { return [] }
        var links: [FeedLink] = []
        var base = baseURL
        var stack = [root]
        var ordered: [XMLElement] = []
        // Depth first, in document order.
        while let element = stack.popLast() {
            ordered.append(element)
            stack.append(contentsOf: element.elements.reversed())
        }
        if let href = ordered.first(where: { $0.name.lowercased() == "base" })?.attribute("href") {
            base = absoluteLink(href, base: baseURL) ?? baseURL
        }
        for element in ordered where element.name.lowercased() == "link" {
            let rel = (element.attribute("rel") ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard rel.contains("alternate"), let kind = kind(ofType: element.attribute("type")),
                  let url = absoluteLink(element.attribute("href"), base: base) else { continue }
            guard !links.contains(where: { $0.url == url }) else { continue }
            links.append(FeedLink(url: url, kind: kind, title: nonEmpty(element.attribute("title"))))
        }
        return links
    }

    /// The usual places for a page at `pageURL`, made absolute; empty for a URL that is not http(s).
    public static func usualPlaces(for pageURL: String) -> [String] {
        guard URLScheme.isWeb(pageURL), let page = URL(string: pageURL) else { return [] }
        return usualPaths.compactMap { path in
            if path.hasPrefix("?") {
                var components = URLComponents(url: page, resolvingAgainstBaseURL: false)
                components?.query = String(path.dropFirst())
                components?.fragment = nil
                return components?.url?.absoluteString
            }
            return URL(string: path, relativeTo: page)?.absoluteString
        }
    }

    /// The feed format a link's `type` names, or nil for anything else.
    static func kind(ofType type: String?) -> FeedKind? {
        let type = (type ?? "").lowercased().split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        switch type {
        case "application/rss+xml", "application/rdf+xml": return .rss
        case "application/atom+xml": return .atom
        // Not "application/json": WordPress announces its REST API with it on every page.
        case "application/feed+json": return .jsonfeed
        default: return nil
        }
    }
}
