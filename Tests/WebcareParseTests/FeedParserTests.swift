import Foundation
import Testing
@testable import WebcareParse

private func fixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds/\(name)")
    return Array(try Data(contentsOf: url))
}

private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

@Suite struct FeedParserTests {
    @Test func rssItemsKeepTheirFieldsInDocumentOrder() throws {
        let feed = try FeedParser.parse(fixture("rss-forum-telvio.xml"), baseURL: "https://forum.test.example/feed")
        #expect(feed.kind == .rss)
        #expect(feed.title == "Testforum & co")
        #expect(feed.items.count == 5)
        let first = feed.items[0]
        #expect(first.id == "topic-1")
        #expect(first.title == "Storing bij Telvio: al 3 dagen geen internet")
        #expect(first.url == "https://forum.test.example/topic/1")
        #expect(first.author == "klant_een")
        #expect(first.published == utc("2026-11-16T08:00:00Z"))
        #expect(first.text == "Waardeloos. Internet ligt eruit en de klantenservice is onbereikbaar.")
        #expect(first.comments == 12)
    }

    @Test func rssAuthorEmailKeepsTheNameInBrackets() throws {
        let feed = try FeedParser.parse(fixture("rss-forum-telvio.xml"))
        #expect(feed.items[1].author == "Tevreden Tineke")
    }

    @Test func contentEncodedWinsAndScriptsAreDropped() throws {
        let feed = try FeedParser.parse(fixture("rss-forum-telvio.xml"))
        let item = feed.items[4]
        #expect(item.text == "Twee uur in de wacht en toen opgehangen. Echt slecht.")
        #expect(item.id == nil)
        #expect(item.stableKey == "url:https://forum.test.example/topic/5")
    }

    @Test func atomResolvesXmlBaseAndReadsThreading() throws {
        let feed = try FeedParser.parse(fixture("atom-xml-base-relative-links.atom"))
        #expect(feed.kind == .atom)
        #expect(feed.title == "Nieuws & meer")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].url == "https://news.test.example/blog/posts/1.html")
        #expect(feed.items[0].title == "Telvio customers report slow speeds")
        #expect(feed.items[0].published == utc("2026-11-20T08:30:00Z"))
        #expect(feed.items[0].comments == 7)
        #expect(feed.items[0].author == "Redactie")
        #expect(feed.items[1].url == "https://other.test.example/replies/2")
        #expect(feed.items[1].title == "Reply about Telvio")
        #expect(feed.items[1].text == "Thanks for the report.\nWe are on it.")
        #expect(feed.items[1].inReplyTo == "tag:news.test.example,2026:1")
        #expect(feed.items[1].author == "Telvio Webcare")
        #expect(feed.items[1].published == utc("2026-11-21T00:00:00Z"))
    }

    @Test func aTruncatedFeedStillYieldsItsCompleteItems() throws {
        let feed = try FeedParser.parse(fixture("malformed-unclosed-tags.xml"))
        #expect(feed.items.first?.title == "Telvio storing")
        #expect(feed.items.first?.id == "b-1")
    }

    @Test func anHTMLPageIsNotAFeedAndSaysWhatToDo() throws {
        #expect {
            try FeedParser.parse(fixture("not-a-feed-html-page.html"))
        } throws: { error in
            "\(error)".contains("HTML page, not a feed")
        }
    }

    @Test func plainTextIsNotXML() throws {
        #expect {
            try FeedParser.parse(fixture("not-xml-plain-text.txt"))
        } throws: { error in
            "\(error)".contains("not readable as XML")
        }
    }

    @Test func anEmptyDocumentIsAnError() {
        #expect(throws: ParseError.self) { try FeedParser.parse([]) }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-xxe-\(getpid()).txt")
        try "TOPSECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <rss version="2.0"><channel><title>x</title><item><title>Telvio &leak;</title><guid>1</guid></item></channel></rss>
            """
        let feed = try FeedParser.parse(Array(document.utf8))
        #expect(feed.items.count == 1)
        #expect(!(feed.items[0].title ?? "").contains("TOPSECRET"))
    }

    @Test func undefinedHTMLEntitiesAndBareAmpersandsKeepTheirText() throws {
        let feed = try FeedParser.parse(fixture("rss-undefined-html-entities-and-bare-ampersands.xml"))
        #expect(feed.title == "Café & co")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].title == "Telvio café storing & R&D Tom & Jerry")
        #expect(feed.items[0].text == "naïef €5")
    }

    @Test func anEntityBombIsRefusedWithAClearError() throws {
        #expect {
            try FeedParser.parse(fixture("billion-laughs-entity-bomb.xml"))
        } throws: { error in
            "\(error)".contains("entity expansion is too large")
        }
    }
}

@Suite struct CharsetTests {
    static let title = "Telvio: één storing, ’s avonds €5 korting"

    static let cases: [(String, String?, String, Bool)] = [
        // fixture, HTTP charset, expected description, whether webcare had to warn
        ("rss-declared-iso-8859-1-with-windows-1252-bytes.xml", nil, "Heel vervelend, geërgerd en naïef.", false),
        ("rss-no-declaration-windows-1252-bytes.xml", nil, "Heel vervelend, geërgerd en naïef.", true),
        ("rss-no-declaration-windows-1252-bytes.xml", "windows-1252", "Heel vervelend, geërgerd en naïef.", false),
        ("rss-utf16-with-bom.xml", nil, "Heel vervelend, geërgerd en naïef.", false),
        ("rss-utf8-with-invalid-bytes.xml", nil, "Heel vervel\u{FFFD}nd, geërgerd en naïef.", true),
    ]

    @Test(arguments: cases)
    func everyEncodingReadsAsACarefulHumanWould(_ name: String, _ httpCharset: String?, _ text: String, _ warns: Bool) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/feeds/\(name)")
        let feed = try FeedParser.parse(Array(try Data(contentsOf: url)), httpCharset: httpCharset)
        #expect(feed.items.count == 2)
        #expect(feed.items.first?.title == Self.title)
        #expect(feed.items.first?.text == text)
        #expect(feed.warnings.contains { $0.contains("charset guessed") || $0.contains("invalid UTF-8") } == warns)
    }

    @Test func aSourceOverrideBeatsWhatTheDocumentSays() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/feeds/rss-no-declaration-windows-1252-bytes.xml")
        let feed = try FeedParser.parse(Array(try Data(contentsOf: url)), encoding: "windows-1252")
        #expect(feed.items.first?.title == Self.title)
        #expect(feed.warnings.allSatisfy { !$0.contains("charset") })
    }

    @Test func theHTTPCharsetIsReadFromContentType() {
        #expect(charsetParameter(of: "application/rss+xml; charset=\"ISO-8859-1\"") == "ISO-8859-1")
        #expect(charsetParameter(of: "text/xml") == nil)
    }
}

@Suite struct JSONFeedTests {
    @Test func jsonFeedItemsReadLikeAnyOtherFeed() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/feeds/jsonfeed-1.1-relative-urls-and-authors.json")
        let feed = try FeedParser.parse(Array(try Data(contentsOf: url)))
        #expect(feed.kind == .jsonfeed)
        #expect(feed.title == "Telvio-klanten blog")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].url == "https://blog.test.example/posts/1")
        #expect(feed.items[0].title == "Storing bij Telvio & geen reactie")
        #expect(feed.items[0].text == "Al twee dagen geen internet.")
        #expect(feed.items[0].author == "Sanne")
        #expect(feed.items[1].id == "42")
        #expect(feed.items[1].author == "Redactie")
        #expect(feed.items[1].text == "Telvio heeft het netjes opgelost.")
    }

    @Test func jsonThatIsNotAFeedSaysSo() {
        #expect {
            try FeedParser.parse(Array(#"{"hello": "world"}"#.utf8))
        } throws: { error in
            "\(error)".contains("not a JSON Feed")
        }
    }
}

@Suite struct ParserRobustnessTests {
    /// Truncated and byte-mutated fixtures (feeds and review pages): the parser returns items or an error, never
    /// crashes or hangs.
    @Test func truncatedAndMutatedDocumentsNeverCrashTheParser() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        var generator = SystemRandomNumberGenerator()
        var parsed = 0, refused = 0
        let files = try ["feeds", "pages"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path).sorted()
                .map { fixtures.appendingPathComponent(folder).appendingPathComponent($0) }
        }
        for file in files {
            let original = Array(try Data(contentsOf: file))
            guard !original.isEmpty else { continue }
            var variants: [[UInt8]] = stride(from: 0, to: original.count, by: max(1, original.count / 25)).map { Array(original[..<$0]) }
            for _ in 0..<40 {
                var mutated = original
                for _ in 0..<8 { mutated[Int.random(in: 0..<mutated.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
                variants.append(mutated)
            }
            for variant in variants {
                do {
                    let feed = try FeedParser.parse(variant)
                    #expect(feed.items.allSatisfy { !$0.stableKey.isEmpty })
                    parsed += 1
                } catch {
                    #expect(!error.reason.isEmpty)
                    refused += 1
                }
            }
        }
        #expect(parsed > 0)
        #expect(refused > 0)
    }
}
