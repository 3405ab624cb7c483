import Foundation
import WebcareXML

/// One feed an OPML file lists.
public struct OPMLFeed: Sendable, Equatable {
    /// Its `xmlUrl`.
    public var url: String
    /// Its `title`, else its `text`; nil when it has neither.
    public var title: String?
    /// The titles of the outlines it is nested in ("Nieuws/Tech"); empty at the top.
    public var folder: [String]
}

/// Reads the feeds of an OPML subscription list (newsboat, Miniflux, Feedly and Inoreader exports): every
/// `<outline>` with an `xmlUrl`, at any depth, in document order. Pure: bytes in, feeds out.
public enum OPMLReader {
    /// The feeds listed; throws when the bytes are not an OPML document.
    public static func feeds(in bytes: [UInt8]) throws(ParseError) -> [OPMLFeed] {
        let charset = DocumentCharset.choose(bytes, httpCharset: nil, override: nil)
        let root: XMLElement
        do {
            root = try XMLDocumentParser.read(EntityRepair.repair(charset.bytes), encoding: charset.encoding).root
        } catch {
            throw ParseError(reason: "not readable as XML (\(error))")
        }
        guard root.name.lowercased() == "opml" else {
            throw ParseError(reason: "not an OPML file: the root element is <\(root.name)>, expected <opml>")
        }
        var feeds: [OPMLFeed] = []
        func visit(_ element: XMLElement, folder: [String]) {
            for child in element.elements where child.name.lowercased() == "outline" {
                let title = nonEmpty(attribute(child, "title")) ?? nonEmpty(attribute(child, "text"))
                if let url = nonEmpty(attribute(child, "xmlUrl")) {
                    feeds.append(OPMLFeed(url: url, title: title, folder: folder))
                }
                visit(child, folder: folder + [title].compactMap { $0 })
            }
        }
        visit(root.first("body") ?? root, folder: [])
        return feeds
    }

    /// An attribute in any case (`xmlUrl`, `xmlurl`, `XMLURL`: exports differ).
    private static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(name) ?? element.attributes.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
