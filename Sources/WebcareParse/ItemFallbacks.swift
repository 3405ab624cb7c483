import Foundation
import WebcareXML

/// The fields RSS and Atom items give in more than one way, beyond each format's own elements: full content in
/// `xhtml:body`, `body` or `fullitem`; a summary in `itunes:summary` or Media RSS; dates in Dublin Core terms; an
/// author written with an e-mail address. Each is read only when the item's own element is missing or empty.
enum ItemFallbacks {
    /// The plain text of an item's full content in `xhtml:body` (inline XHTML), `body` or `fullitem` (XHTML or
    /// escaped HTML), or nil when it has none with text.
    static func fullContent(of item: XMLElement) -> String? {
        for name in ["body", "fullitem"] {
            if let element = item.first(name), let text = plainText(of: element) { return text }
        }
        return nil
    }

    /// The plain text of `itunes:summary` (in any case of the iTunes namespace's URI, or with its prefix unbound),
    /// else of the Media RSS description; nil when neither has text.
    static func summary(of item: XMLElement) -> String? {
        let itunes = item.all("summary").first { $0.namespace?.lowercased().contains("itunes.com/dtds") == true }
            ?? item.first("itunes:summary")
        return itunes.flatMap(HTMLText.plainText(ofHTMLIn:)) ?? HTMLText.plainText(ofHTMLIn: RSSReader.mediaDescriptionElement(of: item))
    }

    /// The text of the first Dublin Core terms date: `dcterms:issued`, `dcterms:created`, `dcterms:modified`.
    static func dctermsDate(of item: XMLElement) -> String? {
        for name in ["issued", "created", "modified"] {
            if let text = nonEmpty(item.first(name, namespace: Namespace.dcterms)?.text) { return text }
        }
        return nil
    }

    /// The name in an author written with an e-mail address: "jan@example.nl (Jan)" and "Jan (jan@example.nl)"
    /// are both "Jan". Anything else is returned as it is.
    static func authorName(_ raw: String) -> String {
        // Most authors are a bare name: no "(" to look for brackets around.
        guard raw.utf8.contains(UInt8(ascii: "(")), let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close else { return raw }
        let before = raw[..<open].trimmingCharacters(in: .whitespaces)
        let inside = raw[raw.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        if before.contains("@"), !inside.isEmpty, !inside.contains("@") { return inside }
        if inside.contains("@"), !before.isEmpty, !before.contains("@") { return before }
        return raw
    }

    /// Inline markup walked as a tree; text read as (escaped) HTML.
    private static func plainText(of element: XMLElement) -> String? {
        element.hasChildElements ? nonEmpty(HTMLText.plainText(of: element)) : HTMLText.plainText(ofHTMLIn: element).flatMap(nonEmpty)
    }
}
