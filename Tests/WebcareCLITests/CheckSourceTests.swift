import Foundation
import Testing

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
private let feeds = fixtures.appendingPathComponent("feeds")

@Suite struct CheckSourceTests {
    @Test func jsonIsExactlyOneObjectWithItemsInDocumentOrder() throws {
        let run = try webcare(["check-source", feeds.appendingPathComponent("atom-xml-base-relative-links.atom").path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "atom")
        #expect(object["title"] as? String == "Nieuws & meer")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["tag:news.test.example,2026:1", "tag:news.test.example,2026:2"])
        #expect(items[0]["published"] as? String == "2026-11-20T08:30:00Z")
        #expect(items[0]["comments"] as? Int == 7)
        #expect(items[0]["rating"] is NSNull)
        #expect(items[1]["inReplyTo"] as? String == "tag:news.test.example,2026:1")
        #expect(items[1]["url"] as? String == "https://other.test.example/replies/2")
    }

    @Test func textShowsKindItemsAndWarnings() throws {
        let run = try webcare(["check-source", feeds.appendingPathComponent("rss-forum-telvio.xml").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("kind: rss"))
        #expect(run.stdout.contains("items: 5"))
        #expect(run.stdout.contains("1 items have no id"))
    }

    @Test func anUnreadableDocumentIsOneLineOnStderrAndExit1() throws {
        let run = try webcare(["check-source", feeds.appendingPathComponent("not-a-feed-html-page.html").path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("an HTML page, not a feed"))
    }

    @Test func textShowsAReviewsRatingAndTheCompanysReply() throws {
        let run = try webcare(["check-source", feeds.appendingPathComponent("reviews-kiyoh-xml-feed-10-point-low-ratings-company-replies.xml").path],
                              environment: ["COLUMNS": "200"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("kind: reviews"))
        #expect(run.stdout.contains("Henk  rating 3/10"))
        #expect(run.stdout.contains("reply by Telvio, 2026-11-17T15:05:00Z: Beste Henk, excuses voor de lange storing."))
    }
}

/// `check-source --json` of every fixture under `Tests/Fixtures/feeds` and `Tests/Fixtures/pages`, compared with the
/// output recorded in `Tests/Fixtures/golden/<fixture>.json`. Set WEBCARE_RECORD_GOLDEN=1 to record them again (then
/// read the diff). The fixtures' folder is written as `Fixtures/…` so the files don't depend on where the repository
/// is checked out. A document webcare cannot read has no golden file: its exit code and one-line error are pinned here.
@Suite struct GoldenCheckSourceTests {
    /// The fixtures that are not something webcare can read, and the line `check-source` says so with.
    static let unreadable: [String: String] = [
        "feeds/billion-laughs-entity-bomb.xml":
            "not readable as XML (line 13: entity expansion is too large (an entity bomb?); refusing the document)",
        "feeds/deeply-nested-elements-300-levels.xml":
            "not readable as XML (line 8: elements are nested too deeply (over 256 levels); refusing the document)",
        "feeds/not-a-feed-html-page.html":
            "an HTML page, not a feed, and it has no reviews in its JSON-LD, microdata or embedded JSON; look for the page's RSS or Atom link",
        "feeds/not-xml-plain-text.txt": "not readable as XML (line 1: Start tag expected, '<' not found)",
    ]

    /// Every fixture document, as "feeds/…" or "pages/…".
    static let allDocuments: [String] = ["feeds", "pages"].flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    static let documents = allDocuments.filter { unreadable[$0] == nil }

    @Test func everyFixtureIsCheckedOneWayOrTheOther() throws {
        #expect(Self.documents.count >= 30)
        #expect(Set(Self.unreadable.keys).isSubset(of: Self.allDocuments))
        let goldens = try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("golden").path)
            .filter { $0.hasSuffix(".json") }
        let expected = Set(Self.documents.map { ($0 as NSString).lastPathComponent + ".json" })
        #expect(Set(goldens).subtracting(expected).isEmpty, "golden files without a fixture: \(Set(goldens).subtracting(expected).sorted())")
    }

    @Test(arguments: documents)
    func checkSourceJSONMatchesTheRecordedOutput(_ document: String) throws {
        let run = try webcare(["check-source", fixtures.appendingPathComponent(document).path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let output = run.stdout.replacingOccurrences(of: fixtures.path + "/", with: "Fixtures/")
        let golden = fixtures.appendingPathComponent("golden/\((document as NSString).lastPathComponent).json")
        if ProcessInfo.processInfo.environment["WEBCARE_RECORD_GOLDEN"] == "1" {
            try output.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(output == expected, "check-source --json of \(document) differs from \(golden.lastPathComponent); if the change is intended, record again with WEBCARE_RECORD_GOLDEN=1")
    }

    @Test(arguments: unreadable.keys.sorted())
    func anUnreadableFixtureExits1WithOneLineSayingWhy(_ document: String) throws {
        let path = fixtures.appendingPathComponent(document).path
        for arguments in [["check-source", path, "--json"], ["check-source", path]] {
            let run = try webcare(arguments)
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "webcare: could not read \(path): \(Self.unreadable[document]!)\n")
        }
    }
}
