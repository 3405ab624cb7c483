import WebcareCore

/// The format a document was recognised as, from its content.
public enum FeedKind: String, Sendable, Codable {
    case rss, atom, rdf, jsonfeed, reviews
}

/// What the parser read from one document.
public struct ParsedFeed: Sendable {
    /// The format recognised.
    public var kind: FeedKind
    /// The feed's own title, as plain text.
    public var title: String?
    /// The items in document order.
    public var items: [FeedItem]
    /// Things a person setting up the source should know (no dates, duplicate ids, relative links, bytes not in
    /// the document's charset).
    public var warnings: [String]
    /// Bytes that were not in the charset the document was read as (a stray Latin-1 "é" in UTF-8) and were read as
    /// windows-1252 instead: their text is kept, perhaps with a wrong letter. 0 for a clean document.
    public var recoveredBytes = 0
    /// Bytes whose text was lost: the rest of a document libxml2 stopped converting (an invalid byte in a charset
    /// webcare leaves to libxml2), or UTF-32 units that are no character. 0 when nothing was lost.
    public var droppedBytes = 0
}

/// Why a document could not be read as a feed.
public struct ParseError: Error, Sendable, CustomStringConvertible {
    /// What the document is and why it can't be read.
    public var reason: String

    /// Makes an error.
    public init(reason: String) { self.reason = reason }

    /// The reason.
    public var description: String { reason }
}

/// XML namespaces the feed formats use.
enum Namespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    static let thread = "http://purl.org/syndication/thread/1.0"
    static let media = "http://search.yahoo.com/mrss/"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let dcterms = "http://purl.org/dc/terms/"
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// The namespaces Atom was written in before 1.0: 0.3's, its drafts' ("http://purl.org/atom/ns#draft-ietf-…")
    /// and the early names the format went by (Echo, Pie). 1.0's own is `atom`.
    static func isPre10Atom(_ uri: String) -> Bool {
        uri.hasPrefix(atom03) || preAtom03.contains(uri)
    }

    private static let preAtom03: Set<String> = [
        "http://example.com/newformat#", "http://example.com/necho", "http://purl.org/echo/", "uri/of/echo/namespace#",
        "http://purl.org/pie/",
    ]

    /// Whether an element in this namespace (or in none) can be Atom's `feed` or `entry`.
    static func isAtom(_ uri: String?) -> Bool {
        guard let uri else { return true }
        return uri == atom || isPre10Atom(uri)
    }
}
