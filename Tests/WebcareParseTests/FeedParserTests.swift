import Foundation
import Testing
import WebcareTestSupport
import WebcareCore
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

    @Test func aDownloadCutOffInsideAnItemDropsThatItemAndSaysSo() throws {
        let feed = try FeedParser.parse(fixture("rss-truncated-download-mid-item.xml"))
        #expect(feed.items.map(\.id) == ["m-501", "m-502"])
        #expect(feed.warnings.contains { $0.contains("cut off inside its last item") })
    }

    @Test func aDownloadCutBetweenItemsKeepsThemAll() throws {
        let text = String(decoding: try fixture("rss-duplicate-guids.xml"), as: UTF8.self)
        let lastItem = try #require(text.range(of: "<item>", options: .backwards))
        let betweenItems = try FeedParser.parse(Array(text[..<lastItem.lowerBound].utf8))
        #expect(betweenItems.items.count == 2)
        #expect(betweenItems.warnings.allSatisfy { !$0.contains("cut off") })
        let insideTheThird = try FeedParser.parse(Array(text[..<lastItem.upperBound].utf8))
        #expect(insideTheThird.items.map(\.title) == betweenItems.items.map(\.title))
        #expect(try FeedParser.parse(Array(text.utf8)).items.count == 3)
    }

    @Test func rss091WithItsDoctypeKeepsItsHTMLEntitiesAndNeverFetchesTheDTD() throws {
        let feed = try FeedParser.parse(fixture("rss-0.91-netscape-doctype-html-entities-no-guids.xml"))
        #expect(feed.kind == .rss)
        #expect(feed.title == "Buurtkrant Zuid – cafépraat")
        #expect(feed.items[0].text == "Bewoners van de Koëlstraat waren het wachten beu. \"Naïef om te denken dat het sneller kon.\"")
        #expect(feed.items[0].stableKey == "url:https://buurtkrant.test.example/artikel/telvio-monteur")
        #expect(feed.items[1].url == "https://buurtkrant.test.example/artikel/rommelmarkt")
    }

    @Test func rdfReadsDublinCoreDatesAndCreators() throws {
        let feed = try FeedParser.parse(fixture("rdf-rss-1.0-dc-date-dc-creator.rdf"))
        #expect(feed.kind == .rdf)
        #expect(feed.items.map(\.id) == ["https://weblog.test.example/2026/11/router", "https://weblog.test.example/2026/11/bakker",
                                          "https://weblog.test.example/2026/11/winter"])
        #expect(feed.items[0].author == "Joëlle de Wit")
        #expect(feed.items[0].published == utc("2026-11-19T02:12:45Z"))
        #expect(feed.items[1].published == utc("2026-11-18T00:00:00Z"))
        #expect(feed.items[1].text == "De croissants kosten € 1,20 en zijn heerlijk.")
    }

    @Test func atom03ReadsIssuedAndEveryContentMode() throws {
        let feed = try FeedParser.parse(fixture("atom-0.3-issued-modified-and-content-modes.atom"))
        #expect(feed.kind == .atom)
        #expect(feed.title == "Tech & Thuis")
        #expect(feed.items.map(\.text) == ["Een abonnement wordt € 3 duurder. Klanten zijn boos.", "Mijn router van Telvio piept.\nWat nu?",
                                           "Telvio levert de glasvezel te laat."])
        #expect(feed.items[0].published == utc("2026-11-20T08:30:00Z"))
        #expect(feed.items[2].published == utc("2026-11-18T07:15:00Z"))
    }

    @Test func atomThreadingCountsRepliesAndNeverTakesTheEntrysAPILinkForItsPage() throws {
        let feed = try FeedParser.parse(fixture("atom-threading-in-reply-to-total-and-replies-link.atom"))
        #expect(feed.items.map(\.comments) == [3, nil, 1])
        #expect(feed.items[0].url == "https://praatmee.test.example/t/7")
        #expect(feed.items[1].inReplyTo == "tag:praatmee.test.example,2026:post-7")
        #expect(feed.items[2].url == nil)
    }

    @Test func mediaDescriptionsAreTheTextWhenNothingElseIs() throws {
        let rss = try FeedParser.parse(fixture("rss-media-description-in-group-and-content.xml"))
        #expect(rss.items.map(\.text) == ["Ik pak de router uit. Het wifi-bereik valt tegen.", "De monteur was supervriendelijk en snel.",
                                          "Dozen sjouwen naar de derde verdieping.", "De beschrijving van het item zelf."])
        let atom = try FeedParser.parse(fixture("atom-video-feed-media-group-description-only.atom"))
        #expect(atom.items.first?.text == "De monteur kwam niet opdagen, dus deed ik het zelf.\nSpoiler: het werkte niet.")
    }

    @Test func rssHonoursXmlBase() throws {
        let feed = try FeedParser.parse(fixture("rss-xml-base-and-relative-links.xml"), baseURL: "https://ignored.test.example/feed")
        #expect(feed.items.map(\.url) == [
            "https://www.wijkforum.test.example/nl/onderwerp/telvio-kastje",
            "https://archief.wijkforum.test.example/2025/oud/bericht.html",
            "https://www.wijkforum.test.example/nl/zoek?q=telvio&p=2",
            "https://cdn.wijkforum.test.example/bijlage.pdf",
            "https://www.wijkforum.test.example/nl/onderwerp/5",
            "https://www.wijkforum.test.example/nl/uit?naar=https://elders.test.example/",
        ])
    }

    @Test func missingIdsFallBackToTheLinkThenToAHashOfTitleAndText() throws {
        let feed = try FeedParser.parse(fixture("rss-missing-guids-fallback-to-link-then-hash.xml"))
        let keys = feed.items.map(\.stableKey)
        #expect(Array(keys.prefix(5)) == ["id:prik-1", "url:https://prikbord.test.example/p/2", "url:https://prikbord.test.example/p/3",
                                          "id:https://prikbord.test.example/p/4", "id:https://prikbord.test.example/intern/5"])
        #expect(keys[5] == "hash:" + StableHash.hex(of: "Zonder guid en zonder link\u{1F}Telvio had mijn probleem snel opgelost, één telefoontje."))
        #expect(keys[6] == "hash:" + StableHash.hex(of: "\u{1F}Alleen tekst, geen titel, geen link."))
    }

    @Test func rssWithoutAChannelReadsEachItemOnce() throws {
        let feed = try FeedParser.parse(Array("""
            <rss version="2.0"><item><guid>1</guid><title>Telvio een</title></item><item><guid>2</guid><title>Telvio twee</title></item></rss>
            """.utf8))
        #expect(feed.items.map(\.id) == ["1", "2"])
        #expect(!feed.warnings.contains { $0.contains("repeat another item's id") })
    }

    @Test(arguments: ["iso-8859-1", "latin-1", "ascii", "iso8859-1"])
    func everyLatin1NameInTheHTTPHeaderIsReadAsWindows1252(charset: String) throws {
        let bytes = Array("<rss version=\"2.0\"><channel><item><guid>1</guid><title>Caf".utf8) + [0xE9, 0x20, 0x80]
            + Array("</title></item></channel></rss>".utf8)
        #expect(try FeedParser.parse(bytes, httpCharset: charset).items.first?.title == "Café €")
    }

    @Test func relativeLinksWithNothingToResolveThemAgainstAreAWarning() throws {
        let feed = try FeedParser.parse(Array("""
            <rss version="2.0"><channel><title>t</title>
            <item><guid>1</guid><title>Telvio</title><link>/topic/1</link></item>
            <item><guid>2</guid><title>Telvio</title><link>https://forum.example/topic/2</link></item>
            </channel></rss>
            """.utf8))
        #expect(feed.items.map(\.url) == ["/topic/1", "https://forum.example/topic/2"])
        #expect(feed.warnings.contains { $0.hasPrefix("1 items have relative links and nothing to resolve them against") })
        let resolved = try FeedParser.parse(Array("<rss version=\"2.0\"><channel><item><guid>1</guid><link>/topic/1</link></item></channel></rss>".utf8),
                                            baseURL: "https://forum.example/feed")
        #expect(resolved.items.map(\.url) == ["https://forum.example/topic/1"])
        #expect(!resolved.warnings.contains { $0.contains("relative links") })
    }

    @Test func itemsWithoutAReadableDateHaveNone() throws {
        let feed = try FeedParser.parse(fixture("rss-items-without-dates.xml"))
        #expect(feed.items.count == 4)
        #expect(feed.items.allSatisfy { $0.published == nil })
        #expect(feed.warnings.contains { $0.hasPrefix("4 of 4 items have no readable date") })
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

    @Test func runawayNestingIsRefusedWithAClearError() throws {
        #expect {
            try FeedParser.parse(fixture("deeply-nested-elements-300-levels.xml"))
        } throws: { error in
            "\(error)".contains("nested too deeply")
        }
    }

    @Test func anExternalDTDAndExternalEntitiesInAFixtureAreNeverLoaded() throws {
        let feed = try FeedParser.parse(fixture("rss-external-dtd-and-entity-never-loaded.xml"))
        #expect(feed.items.first?.title == "Telvio lekt niets: [] []")
        #expect(feed.items.first?.text == "Een eigen entiteit (Telvio) wel, een externe nooit.")
    }

    @Test func anEntityBombIsRefusedWithAClearError() throws {
        #expect {
            try FeedParser.parse(fixture("billion-laughs-entity-bomb.xml"))
        } throws: { error in
            "\(error)".contains("entity expansion is too large")
        }
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

    @Test func jsonFeed10ReadsItsAuthorObjectAndFallsBackToSummaryAndLinks() throws {
        let feed = try FeedParser.parse(fixture("jsonfeed-1.0-author-object-summary-and-no-ids.json"))
        #expect(feed.kind == .jsonfeed)
        #expect(feed.items.map(\.author) == ["Noël Peeters", "Gastschrijver", "Noël Peeters"])
        #expect(feed.items[0].text == "Eerst geen signaal, dan een verkeerde factuur van € 89,–.\nNu: wachten.")
        #expect(feed.items[1].text == "Mijn fiets is gestolen; geen titel, alleen een samenvatting.")
        #expect(feed.items.map(\.stableKey) == ["id:https://noel.test.example/2026/telvio", "url:https://noel.test.example/2026/fiets",
                                                "url:https://elders.test.example/stuk"])
        #expect(feed.items[2].published == nil)
    }

    @Test func aJSONFeedCutOffMidItemKeepsItsCompleteItems() throws {
        let feed = try FeedParser.parse(fixture("jsonfeed-truncated-download-mid-item.json"))
        #expect(feed.items.map(\.id) == ["melding-1", "melding-2"])
        #expect(feed.items[0].title == "Telvio: \"storing\" in Zwolle [opgelost]")
        #expect(feed.warnings.contains { $0.contains("cut off inside its last item") })
    }

    @Test func jsonCutOffBeforeAnyItemIsStillAnError() {
        #expect(throws: ParseError.self) {
            try FeedParser.parse(Array(#"{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1", "tit"#.utf8))
        }
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
    /// Truncated and byte-mutated versions of every fixture (feeds and review pages): the parser returns items or an
    /// error, never crashes, and takes no unreasonable time (a hang or a quadratic blow-up shows as a slow variant).
    /// The mutations are random per run; WEBCARE_FUZZ_SEED=<n> fixes them (a slow variant names its seed);
    /// WEBCARE_FUZZ_ROUNDS (default 40; `make fuzz` sets more) says how many mutations of each fixture.
    @Test func truncatedAndMutatedDocumentsNeverCrashTheParser() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        let seed = ProcessInfo.processInfo.environment["WEBCARE_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        var generator = SplitMix64(seed: seed)
        var parsed = 0, refused = 0
        let files = try ["feeds", "pages"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path).sorted()
                .map { fixtures.appendingPathComponent(folder).appendingPathComponent($0) }
        }
        #expect(files.count >= 35)
        let clock = ContinuousClock()
        for file in files {
            let original = Array(try Data(contentsOf: file))
            guard !original.isEmpty else { continue }
            var variants: [[UInt8]] = stride(from: 0, to: original.count, by: max(1, original.count / 25)).map { Array(original[..<$0]) }
            let rounds = ProcessInfo.processInfo.environment["WEBCARE_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 40
            for _ in 0..<rounds {
                var mutated = original
                for _ in 0..<8 { mutated[Int.random(in: 0..<mutated.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
                variants.append(mutated)
            }
            for variant in variants {
                let started = clock.now
                do {
                    let feed = try FeedParser.parse(variant)
                    #expect(feed.items.allSatisfy { !$0.stableKey.isEmpty })
                    parsed += 1
                } catch {
                    #expect(!error.reason.isEmpty)
                    refused += 1
                }
                #expect(clock.now - started < .seconds(2), "\(file.lastPathComponent) took too long (WEBCARE_FUZZ_SEED=\(seed))")
            }
        }
        #expect(parsed > 0)
        #expect(refused > 0)
    }
}

/// No item carries more than `ItemSizeLimit` into the scorer and the store.
@Suite struct ItemSizeLimitTests {
    @Test func aHugeItemIsCutWithAMarkerAndAWarningWhileTheOthersStayWhole() throws {
        let huge = String(repeating: "Telvio is traag. ", count: 10_000)
        let feed = try FeedParser.parse(Array("""
            <rss version="2.0"><channel><title>t</title>
            <item><guid>1</guid><title>\(String(repeating: "é", count: 3_000))</title><description>\(huge)</description></item>
            <item><guid>2</guid><title>Telvio</title><description>Kort en goed.</description></item>
            </channel></rss>
            """.utf8))
        #expect(feed.items.count == 2)
        let cut = feed.items[0]
        #expect(cut.text.utf8.count <= ItemSizeLimit.textBytes)
        #expect(cut.text.hasSuffix(ItemSizeLimit.marker))
        #expect(cut.text.hasPrefix("Telvio is traag. Telvio is traag."))
        #expect((cut.title?.utf8.count ?? 0) <= ItemSizeLimit.fieldBytes)
        #expect(cut.title?.hasPrefix("ééé") == true)
        #expect(feed.items[1].text == "Kort en goed.")
        #expect(feed.warnings.contains { $0.hasPrefix("1 item was longer than webcare keeps") })
    }

    @Test func aCutNeverSplitsACharacter() {
        let text = String(repeating: "€", count: 100)  // three bytes each
        let cut = ItemSizeLimit.cut(text, to: 50)
        #expect(cut.utf8.count <= 50)
        #expect(cut.hasSuffix(ItemSizeLimit.marker))
        #expect(cut.dropLast(ItemSizeLimit.marker.count).allSatisfy { $0 == "€" })
    }
}
