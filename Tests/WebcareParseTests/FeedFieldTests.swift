import Foundation
import Testing
import WebcareCore
@testable import WebcareParse

private func parse(_ document: String) throws -> ParsedFeed { try FeedParser.parse(Array(document.utf8)) }

/// Which elements an item's fields come from: each format's own, in its own namespace, then the fallbacks.
@Suite struct FeedFieldTests {
    @Test func anotherVocabularysTitleOrDescriptionIsNeverTheItemsOwn() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:x="urn:x"><channel><title>t</title>
            <item><guid>1</guid><media:title>m</media:title><x:description>x</x:description><title>own</title><description>text</description></item>
            <item><guid>2</guid><media:title>m</media:title><x:description>x</x:description></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.title) == ["own", nil])
        #expect(feed.items.map(\.text) == ["text", ""])
    }

    @Test func itunesSummaryAndMediaDescriptionStandInForAnEmptyDescription() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/">
            <channel><title>t</title>
            <item><guid>1</guid><description> </description><itunes:summary>samenvatting</itunes:summary></item>
            <item><guid>2</guid><media:description>media</media:description></item>
            <item><guid>3</guid><description>eigen</description><itunes:summary>samenvatting</itunes:summary></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.text) == ["samenvatting", "media", "eigen"])
    }

    @Test func atomIsReadUnderAnyPrefixAndInItsOlderNamespaces() throws {
        for namespace in ["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#", "http://purl.org/atom/ns#draft-ietf-atompub-format-09",
                          "http://example.com/newformat#"] {
            let feed = try parse("""
                <p:feed xmlns:p="\(namespace)"><p:title>t</p:title><p:entry><p:id>1</p:id><title>not atom</title>\
                <p:title>Telvio</p:title><p:summary>s</p:summary></p:entry></p:feed>
                """)
            #expect(feed.kind == .atom, "\(namespace)")
            #expect(feed.items.map(\.title) == ["Telvio"], "\(namespace)")
        }
    }

    @Test func anAtomEntryDocumentIsAFeedOfOneEntryAndAnEmptyRDFIsAnEmptyFeed() throws {
        let entry = try parse(#"<entry xmlns="http://www.w3.org/2005/Atom"><id>e</id><title>Telvio</title></entry>"#)
        #expect(entry.kind == .atom)
        #expect(entry.items.map(\.id) == ["e"])
        let rdf = try parse(#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>"#)
        #expect(rdf.kind == .rdf)
        #expect(rdf.items.isEmpty)
        #expect(throws: ParseError.self) { try parse("<entry><id>e</id></entry>") }
    }

    @Test func datesComeFromDublinCoreTermsAndAtom03Created() throws {
        let rss = try parse("""
            <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>t</title>
            <item><guid>1</guid><dcterms:modified>2026-11-20T10:00:00Z</dcterms:modified><dcterms:created>2026-11-19T10:00:00Z</dcterms:created></item>
            </channel></rss>
            """)
        #expect(rss.items.first?.published == ISO8601DateFormatter().date(from: "2026-11-19T10:00:00Z"))
        let atom = try parse("""
            <feed xmlns="http://purl.org/atom/ns#"><entry><id>1</id><modified>2026-11-20T10:00:00Z</modified>\
            <created>2026-11-18T10:00:00Z</created></entry></feed>
            """)
        #expect(atom.items.first?.published == ISO8601DateFormatter().date(from: "2026-11-18T10:00:00Z"))
    }

    @Test func atomContentOfABinaryMediaTypeIsDecodedFromBase64() throws {
        let encoded = Data("Telvio is <b>traag</b>".utf8).base64EncodedString()
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><content type="application/octet-stream">\(encoded)</content></entry>\
            <entry><id>2</id><content type="text/plain">\(encoded)</content></entry></feed>
            """)
        #expect(feed.items.map(\.text) == ["Telvio is traag", encoded])
    }

    @Test func atomTypeTextIsLiteralAndALinksTextIsItsURL() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="text">a &lt;b&gt; c &amp;amp;</title>\
            <link>https://site.example/1</link></entry></feed>
            """)
        #expect(feed.items.first?.title == "a <b> c &amp;")
        #expect(feed.items.first?.url == "https://site.example/1")
    }

    @Test(arguments: [
        ("jan@site.example (Jan Jansen)", "Jan Jansen"),
        ("Jan Jansen (jan@site.example)", "Jan Jansen"),
        ("Team Telvio (Utrecht)", "Team Telvio (Utrecht)"),
        ("jan@site.example", "jan@site.example"),
        ("(Jan)", "(Jan)"),
    ])
    func anAuthorWrittenWithAnEmailAddressIsTheName(_ raw: String, _ name: String) {
        #expect(ItemFallbacks.authorName(raw) == name)
    }
}
