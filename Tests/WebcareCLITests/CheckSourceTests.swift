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

/// `check-source --json` of every review fixture, compared with the output recorded in `Tests/Fixtures/golden/`.
/// Set WEBCARE_RECORD_GOLDEN=1 to record them again (then review the diff). The fixtures' folder is written as
/// `Fixtures/…` so the files don't depend on where the repository is checked out.
@Suite struct GoldenCheckSourceTests {
    static let documents = [
        "pages/reviews-jsonld-graph-id-references-string-ratings.html",
        "pages/reviews-jsonld-with-replies-in-window-state-snake-case.html",
        "pages/reviews-microdata-10-point-comma-decimals-nested-in-organization.html",
        "pages/reviews-next-data-json-state-only-company-replies.html",
        "feeds/reviews-kiyoh-xml-feed-10-point-low-ratings-company-replies.xml",
        "feeds/reviews-klantenvertellen-json-feed-string-ratings-and-replies.json",
    ]

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
}
