import Foundation
import Testing
import WebcareTestSupport

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

private func fixture(_ path: String) -> [UInt8] {
    Array((try? Data(contentsOf: fixtures.appendingPathComponent(path))) ?? Data())
}

/// A site on 127.0.0.1 serving these paths (query included) with these bodies; anything else is a 404.
private func site(_ pages: [String: (type: String, body: [UInt8])]) throws -> LoopbackServer {
    try LoopbackServer { request in
        guard let page = pages[request.path] else { return .text("niet gevonden", status: 404) }
        return LoopbackServer.Response(headers: [("Content-Type", page.type)], body: page.body)
    }
}

private let html = "text/html; charset=utf-8"
private let rss = "application/rss+xml"
private let atom = "application/atom+xml"

/// A config written the way a person might: its own indentation, keys in an unusual order, sections after `sources`.
private let handWrittenConfig = """
    {
        "slaHours": 8,
        "database": "webcare.sqlite",
        "brands": [
            { "name": "Telvio", "keywords": ["telvio"], "exclude": ["telvio-museum"] },
            { "name": "Pakkie", "keywords": ["pakkie"] }
        ],
        "sources": [
            { "url": "http://known.test.example/rss", "name": "Bekend forum", "reach": 20000 },
            { "name": "Reviews", "type": "reviews", "url": "http://reviews.test.example/telvio", "brand": "Telvio" }
        ],
        "fetch": { "timeoutSeconds": 10 }
    }

    """

/// A folder with the hand-written config in it.
private struct ConfigFolder {
    let temporary: TemporaryFolder
    var path: String { temporary.path("config.json") }

    init(_ text: String = handWrittenConfig) throws {
        temporary = try TemporaryFolder("webcare-sources")
        try text.write(toFile: temporary.path("config.json"), atomically: true, encoding: .utf8)
    }

    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// The config as `webcare` reads it, by way of `sources export` (which loads and validates it).
    func exportedURLs() throws -> [String] {
        let run = try webcare(["sources", "export", "--format", "opml", "--config", path])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.components(separatedBy: "xmlUrl=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}

@Suite struct FeedDiscoveryTests {
    @Test func checkSourceListsTheFeedsAPageAnnouncesWithRelativeLinksResolved() throws {
        let server = try site([
            "/forum/": (html, fixture("discovery/page-announcing-rss-and-atom-with-relative-hrefs.html")),
            "/forum/feed.xml": (rss, fixture("feeds/rss-forum-telvio.xml")),
            "/forum/nieuws.atom": (atom, fixture("feeds/atom-xml-base-relative-links.atom")),
        ])
        let run = try webcare(["check-source", server.baseURL + "/forum/", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "page")
        let feeds = try #require(object["feeds"] as? [[String: Any]])
        #expect(feeds.map { $0["url"] as? String } == [server.baseURL + "/forum/feed.xml", server.baseURL + "/forum/nieuws.atom"])
        #expect(feeds.map { $0["kind"] as? String } == ["rss", "atom"])
        #expect(feeds.map { $0["items"] as? Int } == [5, 2])
        #expect(feeds.map { $0["announced"] as? Bool } == [true, true])
        #expect(feeds[1]["title"] as? String == "Nieuws & meer")
        // The WordPress REST link (application/json) is no feed: never fetched. And no usual place was tried.
        #expect(!server.requests.contains { $0.path.hasPrefix("/wp-json") || $0.path == "/feed" })

        let text = try webcare(["check-source", server.baseURL + "/forum/"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("an HTML page, not a feed; it leads to 2 feeds:"))
        #expect(text.stdout.contains("1. \(server.baseURL)/forum/feed.xml  rss, 5 items"))
    }

    @Test func withoutLinksTheUsualPlacesAreEachTriedOnce() throws {
        let server = try site([
            "/blog/": (html, fixture("discovery/page-announcing-no-feeds.html")),
            "/index.xml": (rss, fixture("feeds/rss-forum-telvio.xml")),
            "/blog/?feed=rss2": (rss, fixture("feeds/rss-items-without-dates.xml")),
            // A site that answers a usual place with a web page: that is no feed.
            "/rss": (html, fixture("discovery/page-announcing-no-feeds.html")),
        ])
        let run = try webcare(["check-source", server.baseURL + "/blog/", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let feeds = try #require(object["feeds"] as? [[String: Any]])
        #expect(feeds.map { $0["url"] as? String } == [server.baseURL + "/index.xml", server.baseURL + "/blog/?feed=rss2"])
        #expect(feeds.allSatisfy { $0["announced"] as? Bool == false })
        let tried = server.requests.map(\.path).filter { $0 != "/blog/" }
        #expect(tried.sorted() == ["/atom.xml", "/blog/?feed=rss2", "/feed", "/feed.xml", "/index.xml", "/rss"])
    }

    @Test func aPageThatLeadsNowhereIsStillRefusedWithTheParsersReason() throws {
        let server = try site(["/": (html, fixture("discovery/page-announcing-no-feeds.html"))])
        let run = try webcare(["check-source", server.baseURL + "/"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("an HTML page, not a feed, and it has no reviews"))
        #expect(run.stderr.contains("no feed at /feed, /rss, /atom.xml, /feed.xml, /index.xml, ?feed=rss2 either"))
    }

    @Test func aReviewPageIsAReviewSourceNotAPageToSearch() throws {
        let server = try site(["/telvio": (html, fixture("pages/reviews-microdata-10-point-comma-decimals-nested-in-organization.html"))])
        let run = try webcare(["check-source", server.baseURL + "/telvio", "--json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"kind\":\"reviews\""))
        #expect(server.requests.count == 1)
    }
}

@Suite struct SourcesEditingTests {
    @Test func addingAnHTMLPageAddsItsFeedAndKeepsTheFilesLayout() throws {
        let server = try site([
            "/": (html, Array("<!DOCTYPE html><html><head><title>Forum</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body></body></html>".utf8)),
            "/feed.xml": (rss, fixture("feeds/rss-forum-telvio.xml")),
        ])
        let config = try ConfigFolder()
        let run = try webcare(["sources", "add", server.baseURL + "/", "--reach", "1500", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("added \""))
        let expected = handWrittenConfig.replacingOccurrences(of: """
                    { "name": "Reviews", "type": "reviews", "url": "http://reviews.test.example/telvio", "brand": "Telvio" }
            """, with: """
                    { "name": "Reviews", "type": "reviews", "url": "http://reviews.test.example/telvio", "brand": "Telvio" },
                    { "name": "Testforum & co", "url": "\(server.baseURL)/feed.xml", "type": "feed", "reach": 1500 }
            """)
        #expect(config.text == expected)
        #expect(try String(contentsOfFile: config.path + ".bak", encoding: .utf8) == handWrittenConfig)
        #expect(try config.exportedURLs() == ["http://known.test.example/rss", server.baseURL + "/feed.xml"])
        // The folder holds the config and its .bak only: no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: config.temporary.url.path).sorted() == ["config.json", "config.json.bak"])
    }

    @Test func aPageWithSeveralFeedsIsRefusedWithoutATerminalUnlessFirstIsGiven() throws {
        let server = try site([
            "/forum/": (html, fixture("discovery/page-announcing-rss-and-atom-with-relative-hrefs.html")),
            "/forum/feed.xml": (rss, fixture("feeds/rss-forum-telvio.xml")),
            "/forum/nieuws.atom": (atom, fixture("feeds/atom-xml-base-relative-links.atom")),
        ])
        let config = try ConfigFolder()
        let refused = try webcare(["sources", "add", server.baseURL + "/forum/", "--config", config.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the page leads to 2 feeds; add one of them by its URL, or pass --first"))
        #expect(refused.stderr.contains("\(server.baseURL)/forum/nieuws.atom  atom, 2 items"))
        #expect(config.text == handWrittenConfig)

        let first = try webcare(["sources", "add", server.baseURL + "/forum/", "--first", "--name", "Forum", "--config", config.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(config.text.contains("{ \"name\": \"Forum\", \"url\": \"\(server.baseURL)/forum/feed.xml\", \"type\": \"feed\" }"))
    }

    @Test func anUnknownBrandOrATakenNameIsRefusedAndNothingIsWritten() throws {
        let server = try site(["/feed.xml": (rss, fixture("feeds/rss-forum-telvio.xml"))])
        let config = try ConfigFolder()
        let brand = try webcare(["sources", "add", server.baseURL + "/feed.xml", "--brand", "Postnl", "--config", config.path])
        #expect(brand.status == 2)
        #expect(brand.stderr.contains("sources[2].brand: \"Postnl\" is not one of the brands (\"Telvio\", \"Pakkie\")"))
        #expect(brand.stderr.contains("nothing was written"))
        let taken = try webcare(["sources", "add", server.baseURL + "/feed.xml", "--name", "Reviews", "--config", config.path])
        #expect(taken.status == 2)
        #expect(taken.stderr.contains("already has a source named \"Reviews\""))
        #expect(config.text == handWrittenConfig)
        #expect(!FileManager.default.fileExists(atPath: config.path + ".bak"))
    }

    @Test func aURLTheConfigHasIsRefusedWhateverItsCaseOrTrailingSlash() throws {
        let server = try site(["/feed.xml": (rss, fixture("feeds/rss-forum-telvio.xml"))])
        let config = try ConfigFolder()
        #expect(try webcare(["sources", "add", server.baseURL + "/feed.xml", "--config", config.path]).status == 0)
        let after = config.text
        let twice = try webcare(["sources", "add", server.baseURL.uppercased() + "/feed.xml/", "--name", "Nog eens", "--config", config.path])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("already has \(server.baseURL.uppercased())/feed.xml/, as \"Testforum & co\"; nothing was added"))
        #expect(config.text == after)
    }

    @Test func removeAndRenameChangeOnlyThatSource() throws {
        let config = try ConfigFolder()
        let renamed = try webcare(["sources", "rename", "Bekend forum", "Klachtenforum \"Bekend\"", "--config", config.path])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(config.text == handWrittenConfig.replacingOccurrences(of: "\"name\": \"Bekend forum\"", with: "\"name\": \"Klachtenforum \\\"Bekend\\\"\""))

        let removed = try webcare(["sources", "remove", "Reviews", "--config", config.path])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(config.text == handWrittenConfig
            .replacingOccurrences(of: "\"name\": \"Bekend forum\"", with: "\"name\": \"Klachtenforum \\\"Bekend\\\"\"")
            .replacingOccurrences(of: " },\n        { \"name\": \"Reviews\", \"type\": \"reviews\", \"url\": \"http://reviews.test.example/telvio\", \"brand\": \"Telvio\" }", with: " }"))
        #expect(try config.exportedURLs() == ["http://known.test.example/rss"])

        let unknown = try webcare(["sources", "remove", "Reviews", "--config", config.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("has no source named \"Reviews\"; it has \"Klachtenforum \"Bekend\"\""))
        let clash = try webcare(["sources", "rename", "Klachtenforum \"Bekend\"", " ", "--config", config.path])
        #expect(clash.status == 2)
    }

    @Test func removingTheLastSourceLeavesAnEmptyListThatStillLoads() throws {
        let config = try ConfigFolder()
        for name in ["Bekend forum", "Reviews"] {
            let run = try webcare(["sources", "remove", name, "--config", config.path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(config.text.contains("\"sources\": [],\n    \"fetch\""))
        #expect(try config.exportedURLs() == [])
    }

    @Test func sourcesAloneStillListsTheSources() throws {
        let config = try ConfigFolder()
        let list = try webcare(["sources", "--json", "--config", config.path])
        #expect(list.status == 0, "\(list.stderr)")
        let explicit = try webcare(["sources", "list", "--json", "--config", config.path])
        #expect(list.stdout == explicit.stdout)
        #expect(list.stdout.hasPrefix("["))
        let text = try webcare(["sources", "--config", config.path])
        #expect(text.status == 0)
        #expect(text.stdout == (try webcare(["sources", "list", "--config", config.path])).stdout)
    }
}

@Suite struct OPMLTests {
    @Test func importReadsNestedOutlinesAndSkipsAndCountsDuplicates() throws {
        let config = try ConfigFolder()
        let run = try webcare(["sources", "import", fixtures.appendingPathComponent("opml/inoreader-nested-folders-with-duplicates.opml").path,
                               "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("skipped mailto:lijst@test.example: not an http(s) URL"))
        #expect(run.stdout.hasSuffix("imported 3 sources, skipped 2 already in the config\n"))
        #expect(try config.exportedURLs() == ["http://known.test.example/rss", "http://forum.test.example/feed.xml",
                                              "http://bits.test.example/atom.xml", "http://lower.test.example/index.xml"])
        #expect(config.text.contains("{ \"name\": \"Bits & Bytes\", \"url\": \"http://bits.test.example/atom.xml\", \"type\": \"feed\" }"))
        // Importing again adds nothing.
        let again = try webcare(["sources", "import", fixtures.appendingPathComponent("opml/inoreader-nested-folders-with-duplicates.opml").path,
                                 "--config", config.path])
        #expect(again.stdout.hasSuffix("imported 0 sources, skipped 5 already in the config\n"))
    }

    @Test func exportWritesOPMLThatImportReadsBack() throws {
        let first = try ConfigFolder()
        let export = try webcare(["sources", "export", "--format", "opml", "--config", first.path])
        #expect(export.status == 0)
        #expect(export.stderr.contains("left out 1 source that is not a web feed"))
        #expect(export.stdout.contains("<outline type=\"rss\" text=\"Bekend forum\" title=\"Bekend forum\" xmlUrl=\"http://known.test.example/rss\"/>"))
        let second = try ConfigFolder(handWrittenConfig.replacingOccurrences(of: "{ \"url\": \"http://known.test.example/rss\", \"name\": \"Bekend forum\", \"reach\": 20000 },\n", with: ""))
        let opml = second.temporary.path("export.opml")
        try export.stdout.write(toFile: opml, atomically: true, encoding: .utf8)
        let imported = try webcare(["sources", "import", opml, "--config", second.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try second.exportedURLs() == ["http://known.test.example/rss"])
    }

    @Test func aFileThatIsNotOPMLIsRefused() throws {
        let config = try ConfigFolder()
        let run = try webcare(["sources", "import", fixtures.appendingPathComponent("feeds/rss-forum-telvio.xml").path, "--config", config.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not an OPML file: the root element is <rss>, expected <opml>"))
    }
}

@Suite struct SetupCheckTests {
    private static let brands = """
        "brands": [
            { "name": "Telvio", "keywords": ["telvio"], "exclude": ["telvio-museum"] },
            { "name": "Pakkie", "keywords": ["pakkie"] }
        ],
        """

    @Test func checkSourceWithAConfigNamesEachItemsBrandOrWhyNot() throws {
        let config = try ConfigFolder("{\n\(Self.brands)\n\"sources\": []\n}\n")
        let feed = fixtures.appendingPathComponent("feeds/rss-forum-telvio.xml").path
        let run = try webcare(["check-source", feed, "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(": 3 of 5 items would be stored\n"))
        #expect(run.stdout.contains("\n1. Telvio: keyword \"telvio\" in the title; negative "))
        #expect(run.stdout.contains("\n2. Pakkie: keyword \"pakkie\" in the title; positive "))
        #expect(run.stdout.contains("\n3. no brand: no keyword of Telvio or Pakkie\n"))
        #expect(run.stdout.contains("\n4. no brand: Telvio's \"telvio\" only inside the exclusion \"telvio-museum\"; no keyword of Pakkie\n"))

        let json = try webcare(["check-source", feed, "--config", config.path, "--json"])
        let plain = try webcare(["check-source", feed, "--json"])
        // The object without a config, with "matches" added at its end: nothing else changes.
        #expect(json.stdout.hasPrefix(String(plain.stdout.dropLast(2)) + ",\"matches\":["))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.map { $0["brand"] as? String } == ["Telvio", "Pakkie", nil, nil, "Telvio"])
        #expect(matches[0]["sentiment"] as? String == "negative")
    }

    @Test func aSourceTiedToABrandTakesEveryItemForIt() throws {
        let feed = fixtures.appendingPathComponent("feeds/rss-forum-telvio.xml").path
        let config = try ConfigFolder("{\n\(Self.brands)\n\"sources\": [{\"name\": \"Forum\", \"url\": \"\(feed)\", \"brand\": \"Pakkie\", \"reach\": 100}]\n}\n")
        let run = try webcare(["check-source", feed, "--config", config.path])
        #expect(run.stdout.contains(": 5 of 5 items would be stored\n"))
        #expect(run.stdout.contains("\n3. Pakkie: the source \"Forum\" is tied to it; "))
    }

    @Test func configCheckTriesEverySourceOnceAndSaysSoInItsExitCode() throws {
        let server = try site(["/feed.xml": (rss, fixture("feeds/rss-forum-telvio.xml"))])
        let good = try ConfigFolder("{\n\(Self.brands)\n\"sources\": [{\"name\": \"Forum\", \"url\": \"\(server.baseURL)/feed.xml\"}]\n}\n")
        let ok = try webcare(["config", "check", "--config", good.path])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("valid; 2 brands, 1 source\n"))
        #expect(ok.stdout.contains("ok    Forum  rss, 5 items, 3 name a brand"))
        #expect(server.requests.count == 1)

        let bad = try ConfigFolder("{\n\(Self.brands)\n\"sources\": [{\"name\": \"Forum\", \"url\": \"\(server.baseURL)/feed.xml\"},"
            + "{\"name\": \"Weg\", \"url\": \"\(server.baseURL)/gone.xml\"}]\n}\n")
        let failed = try webcare(["config", "check", "--config", bad.path])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("FAIL  Weg    could not fetch: HTTP 404"))
        #expect(failed.stdout.hasSuffix("1 of 2 sources cannot be read\n"))

        let invalid = try ConfigFolder("{\n\(Self.brands)\n\"sources\": [{\"name\": \"Forum\", \"urll\": \"x\"}]\n}\n")
        let refused = try webcare(["config", "check", "--config", invalid.path])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("sources[0].urll: unknown key; did you mean \"url\"?"))
    }
}

@Suite struct ConfigRewriteSafetyTests {
    @Test func aConfigThatIsASymbolicLinkStaysOneAndItsPermissionsStay() throws {
        let config = try ConfigFolder()
        let link = config.temporary.path("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: config.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
        let run = try webcare(["sources", "rename", "Reviews", "Reviewplein", "--config", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == config.path)
        #expect(config.text.contains("\"name\": \"Reviewplein\""))
        let mode = try FileManager.default.attributesOfItem(atPath: config.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func anInvalidConfigIsNotEditedAtAll() throws {
        let broken = handWrittenConfig.replacingOccurrences(of: "\"slaHours\": 8", with: "\"slaHourz\": 8")
        let config = try ConfigFolder(broken)
        let run = try webcare(["sources", "remove", "Reviews", "--config", config.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("slaHourz: unknown key; did you mean \"slaHours\"?"))
        #expect(config.text == broken)
    }
}
