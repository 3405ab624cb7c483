import Foundation
import Testing

private let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/feeds")

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
}
