import Foundation
import Testing
import WebcareTestSupport
import WebcareConfig
import WebcareCore
@testable import WebcareStore
@testable import WebcareApp

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/feeds")
private let pages = fixtures.deletingLastPathComponent().appendingPathComponent("pages")

private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

private func temporaryFolder() throws -> URL {
    try TemporaryFolder.inThisRun("webcare-poll")
}

private let brands = [
    Brand(name: "Telvio", keywords: ["telvio", "@telviowebcare"], exclude: ["telvio-museum"]),
    Brand(name: "Pakkie", keywords: ["pakkie"]),
]

@Suite struct PollerTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func config(_ folder: URL, sources: [Source]) -> Config {
        Config(file: "test.json", database: folder.appendingPathComponent("webcare.sqlite").path, brands: brands, sources: sources)
    }

    @Test func aFirstPollStoresTheBrandMentionsAndASecondStoresNothingNew() throws {
        let folder = try temporaryFolder()
        let config = config(folder, sources: [
            Source(name: "Forum", location: .file(fixtures.appendingPathComponent("rss-forum-telvio.xml").path), reach: 20000),
        ])
        let database = try WebcareDatabase(path: config.database)
        let poller = Poller(config: config, database: database, clock: .fixed(now))

        let first = try poller.poll()
        #expect(first.outcomes.map(\.outcome) == [.polled(items: 5, mentions: 3, new: 3)])
        let stored = try database.mentions(source: "Forum")
        #expect(stored.map(\.brand) == ["Telvio", "Pakkie", "Telvio"])
        #expect(stored.map(\.sentiment.label) == [.negative, .positive, .negative])
        #expect(stored.allSatisfy { $0.firstSeen == now && $0.status == .open })
        // 12 comments and the brand in the title; then two titles naming the brand without comments.
        #expect(stored.map(\.reach) == [63418, 30000, 30000])
        #expect(stored[0].reachBasis == "20000 readers × 2.11 (12 comments) × 1.5 (brand in the title) = 63418")

        let second = try poller.poll()
        #expect(second.outcomes.map(\.outcome) == [.unchanged])
        #expect(try database.mentionCount() == 3)
    }

    @Test func aChangedFeedStoresOnlyItsNewItems() throws {
        let folder = try temporaryFolder()
        let feed = folder.appendingPathComponent("feed.xml")
        func write(_ items: [String]) throws {
            let body = items.map { "<item><guid>\($0)</guid><title>Telvio storing \($0)</title><description>slecht</description></item>" }.joined()
            try "<rss version=\"2.0\"><channel><title>t</title>\(body)</channel></rss>".write(to: feed, atomically: true, encoding: .utf8)
        }
        try write(["a", "b"])
        let config = config(folder, sources: [Source(name: "Feed", location: .file(feed.path))])
        let database = try WebcareDatabase(path: config.database)
        let poller = Poller(config: config, database: database, clock: .fixed(now))
        #expect(try poller.poll().newMentions == 2)
        try write(["c", "a", "b"])
        #expect(try poller.poll().outcomes.map(\.outcome) == [.polled(items: 3, mentions: 3, new: 1)])
        #expect(try database.mentions(source: "Feed").map(\.itemKey) == ["id:a", "id:b", "id:c"])
    }

    @Test func bytesNotInASourcesCharsetAreCountedForPollVerbose() throws {
        let folder = try temporaryFolder()
        let config = config(folder, sources: [
            Source(name: "Stray", location: .file(fixtures.appendingPathComponent("rss-utf8-declared-with-stray-latin1-byte.xml").path)),
            Source(name: "Shift_JIS", location: .file(fixtures.appendingPathComponent("rss-shift-jis-invalid-byte-mid-document-stops-libxml2.xml").path)),
            Source(name: "Forum", location: .file(fixtures.appendingPathComponent("rss-forum-telvio.xml").path)),
        ])
        let report = try Poller(config: config, database: try WebcareDatabase(path: config.database), clock: .fixed(now)).poll()
        #expect(report.outcomes.map(\.outcome) == [.polled(items: 3, mentions: 1, new: 1), .polled(items: 2, mentions: 2, new: 2),
                                                  .polled(items: 5, mentions: 3, new: 3)])
        #expect(report.charsetRepairs["Stray"] == CharsetRepair(recoveredBytes: 1, droppedBytes: 0))
        let lost = try #require(report.charsetRepairs["Shift_JIS"]).droppedBytes
        #expect(lost > 100)
        #expect(report.charsetRepairs["Shift_JIS"]?.droppedBytes == lost)
        #expect(report.charsetRepairs["Forum"] == nil)
    }

    @Test func aBrokenSourceIsReportedAndTheOthersAreStored() throws {
        let folder = try temporaryFolder()
        let config = config(folder, sources: [
            Source(name: "Missing", location: .file(folder.appendingPathComponent("nope.xml").path)),
            Source(name: "Not XML", location: .file(fixtures.appendingPathComponent("not-xml-plain-text.txt").path)),
            Source(name: "Forum", location: .file(fixtures.appendingPathComponent("rss-forum-telvio.xml").path)),
        ])
        let database = try WebcareDatabase(path: config.database)
        let report = try Poller(config: config, database: database, clock: .fixed(now)).poll()
        #expect(report.failures.map(\.source) == ["Missing", "Not XML"])
        #expect(report.failures[0].reason.contains("nope.xml"))
        #expect(report.failures[1].reason.contains("not readable as XML"))
        #expect(try database.mentions(source: "Forum").count == 3)
        #expect(try database.fetchState(source: "Missing").errorStreak == 1)
        #expect(try database.fetchState(source: "Forum").errorStreak == 0)
    }

    @Test func aSourceTiedToABrandKeepsEveryItem() throws {
        let folder = try temporaryFolder()
        let config = config(folder, sources: [
            Source(name: "Reviews", location: .file(fixtures.appendingPathComponent("rss-forum-telvio.xml").path), kind: .reviews, brand: "Pakkie"),
        ])
        let database = try WebcareDatabase(path: config.database)
        _ = try Poller(config: config, database: database, clock: .fixed(now)).poll()
        let stored = try database.mentions(source: "Reviews")
        #expect(stored.count == 5)
        #expect(stored.allSatisfy { $0.brand == "Pakkie" })
    }
}

@Suite struct AnsweredDetectionTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func poller(sources: [Source], handles: [String] = []) throws -> (Poller, WebcareDatabase) {
        let folder = try temporaryFolder()
        let config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path,
                            brands: [Brand(name: "Telvio", handles: handles)], sources: sources)
        let database = try WebcareDatabase(path: config.database)
        return (Poller(config: config, database: database, clock: .fixed(now)), database)
    }

    @Test func aReplyByTheBrandsOwnAccountMarksTheMentionAnswered() throws {
        let (poller, database) = try poller(
            sources: [Source(name: "News", location: .file(fixtures.appendingPathComponent("atom-xml-base-relative-links.atom").path))],
            handles: ["@telvio webcare"])
        _ = try poller.poll()
        let stored = try database.mentions(source: "News")
        #expect(stored.count == 1, "the brand's own reply is not a mention")
        #expect(stored[0].status == .answered)
        #expect(stored[0].statusChangedBy == "Telvio Webcare")
        #expect(stored[0].statusChangedAt == utc("2026-11-21T00:00:00Z"))
        let history = try database.history(id: stored[0].id)
        #expect(history.map(\.action) == ["answered"])
        #expect(history.map(\.actor) == ["Telvio Webcare"])
        #expect(history.map(\.at) == [utc("2026-11-21T00:00:00Z")])
        #expect(try database.openMentions().isEmpty)
    }

    @Test func aReplyThatArrivesInALaterPollAnswersTheStoredComplaint() throws {
        let feed = try temporaryFolder().appendingPathComponent("thread.atom")
        func write(_ entries: String) throws {
            try """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0"><title>Forum</title>
                <entry><id>urn:topic:7</id><title>Telvio storing</title><author><name>klant</name></author>
                <published>2026-11-22T08:00:00Z</published><content>Telvio is waardeloos, alweer geen internet.</content></entry>
                \(entries)</feed>
                """.write(to: feed, atomically: true, encoding: .utf8)
        }
        try write("")
        let (poller, database) = try poller(sources: [Source(name: "Forum", location: .file(feed.path))], handles: ["@TelvioHelpt"])
        _ = try poller.poll()
        #expect(try database.mentions(source: "Forum").map(\.status) == [.open])

        try write("""
            <entry><id>urn:topic:7:reply:1</id><title>Re: Telvio storing</title><author><name>@telviohelpt</name></author>
            <published>2026-11-22T09:15:00Z</published><content>Sorry! We kijken mee, stuur ons een DM.</content>
            <thr:in-reply-to ref="urn:topic:7"/></entry>
            """)
        _ = try poller.poll()
        _ = try poller.poll()
        let stored = try database.mentions(source: "Forum")
        #expect(stored.count == 1)
        #expect(stored[0].status == .answered)
        #expect(stored[0].statusChangedBy == "@telviohelpt")
        #expect(stored[0].statusChangedAt == utc("2026-11-22T09:15:00Z"))
        #expect(try database.history(id: stored[0].id).map(\.action) == ["answered"], "answered once, however often it is polled")
    }

    @Test func aCommentByTheBrandInTheThreadsCommentFeedAnswersThePost() throws {
        let folder = try temporaryFolder()
        let posts = folder.appendingPathComponent("posts.xml")
        let comments = folder.appendingPathComponent("comments.xml")
        try """
            <rss version="2.0"><channel><title>Blog</title>
            <item><title>Telvio laat me al een week zitten</title><link>https://blog.example/telvio-week/</link>
            <pubDate>Sun, 22 Nov 2026 08:00:00 +0000</pubDate><description>Geen internet, geen reactie. Slecht.</description></item>
            </channel></rss>
            """.write(to: posts, atomically: true, encoding: .utf8)
        try """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Comments</title>
            <item><title>Reactie door buurman</title><link>https://blog.example/telvio-week/#comment-3</link><dc:creator>buurman</dc:creator>
            <pubDate>Sun, 22 Nov 2026 09:00:00 +0000</pubDate><description>Bij mij ook al dagen.</description></item>
            <item><title>Reactie door Telvio Webcare</title><link>https://blog.example/telvio-week/#comment-4</link>
            <dc:creator>Telvio Webcare</dc:creator><pubDate>Sun, 22 Nov 2026 10:30:00 +0000</pubDate>
            <description>Wat vervelend! We hebben je een DM gestuurd om het op te lossen.</description></item>
            </channel></rss>
            """.write(to: comments, atomically: true, encoding: .utf8)
        let (poller, database) = try poller(sources: [
            Source(name: "Blog", location: .file(posts.path)),
            Source(name: "Blog comments", location: .file(comments.path), brand: "Telvio"),
        ], handles: ["Telvio Webcare"])
        _ = try poller.poll()
        let post = try #require(try database.mentions(source: "Blog").first)
        #expect(post.status == .answered)
        #expect(post.statusChangedBy == "Telvio Webcare")
        #expect(post.statusChangedAt == utc("2026-11-22T10:30:00Z"))
        // The neighbour's comment is a mention of its own (the comment feed is tied to the brand); the brand's is not.
        #expect(try database.mentions(source: "Blog comments").map(\.author) == ["buurman"])
    }

    @Test func aReviewWithACompanyReplyIsStoredAnsweredAtTheReplysTime() throws {
        let (poller, database) = try poller(sources: [
            Source(name: "Kiyoh", location: .file(fixtures.appendingPathComponent("reviews-kiyoh-xml-feed-10-point-low-ratings-company-replies.xml").path),
                   kind: .reviews, brand: "Telvio"),
        ])
        _ = try poller.poll()
        let stored = try database.mentions(source: "Kiyoh")
        #expect(stored.map(\.author) == ["Henk", "Sanne Visser", "anoniem", "Pieter"])
        #expect(stored.map(\.status) == [.answered, .open, .open, .answered])

        let henk = stored[0]
        #expect(henk.statusChangedAt == utc("2026-11-17T15:05:00Z"))
        #expect(henk.statusChangedBy == "Telvio", "the company's name stands in for a reply that names nobody")
        let history = try database.history(id: henk.id)
        #expect(history.map(\.action) == ["answered"])
        #expect(history.map(\.actor) == ["Telvio"])
        #expect(history.map(\.at) == [utc("2026-11-17T15:05:00Z")])
        #expect(history.first?.note?.hasPrefix("company reply on the review: Beste Henk, excuses") == true)
        #expect(history.first?.reply == "Beste Henk, excuses voor de lange storing. Een monteur komt morgen tussen 8 en 12 uur langs.",
                "the reply itself is kept, not only the note's excerpt")

        #expect(stored[3].statusChangedAt == now, "an undated reply counts from when webcare first saw it")
        // The rating carries the sentiment: a 4 out of 10 without words is a complaint, a 9 praise.
        #expect(stored.map(\.sentiment.label) == [.negative, .positive, .negative, .positive])
        #expect(try database.openMentions().map(\.author) == ["anoniem"], "the answered complaint left the inbox")

        #expect(try poller.poll().outcomes.map(\.outcome) == [.unchanged])
        #expect(try database.history(id: henk.id).count == 1)
    }

    @Test func aPageReplyThatNamesNobodyIsRecordedAsTheCompanysReply() throws {
        let (poller, database) = try poller(sources: [
            Source(name: "Beoordeeldit", location: .file(pages.appendingPathComponent("reviews-next-data-json-state-only-company-replies.html").path),
                   kind: .reviews, brand: "Telvio"),
        ])
        _ = try poller.poll()
        let stored = try database.mentions(source: "Beoordeeldit")
        #expect(stored.map(\.status) == [.answered, .open, .answered])
        #expect(stored[0].statusChangedBy == "company reply")
        #expect(stored[0].statusChangedAt == utc("2026-11-19T15:40:00Z"))
        #expect(stored[2].statusChangedAt == utc("2026-11-17T10:00:00Z"))
    }

    static let ratedFormats: [(String, [SentimentLabel])] = [
        ("pages/reviews-microdata-10-point-comma-decimals-nested-in-organization.html", [.negative, .positive, .negative]),
        ("pages/reviews-jsonld-with-replies-in-window-state-snake-case.html", [.negative, .positive, .negative]),
        ("feeds/reviews-klantenvertellen-json-feed-string-ratings-and-replies.json", [.negative, .positive, .negative]),
    ]

    @Test(arguments: ratedFormats)
    func aReviewsRatingInformsItsSentimentInEveryFormat(_ fixture: String, _ labels: [SentimentLabel]) throws {
        let path = fixtures.deletingLastPathComponent().appendingPathComponent(fixture).path
        let (poller, database) = try poller(sources: [Source(name: "Reviews", location: .file(path), kind: .reviews, brand: "Telvio")])
        _ = try poller.poll()
        #expect(try database.mentions(source: "Reviews").map(\.sentiment.label) == labels)
    }
}

/// Reviews stored before review ids were reduced to their bare id are not stored again under the bare one.
@Suite struct ReviewKeyUpgradeTests {
    @Test func aReviewStoredUnderItsFullIDIsKnownUnderItsBareID() throws {
        let folder = try TemporaryFolder.inThisRun("webcare-review-keys")
        let page = pages.appendingPathComponent("reviews-jsonld-with-replies-in-window-state-snake-case.html")
        let config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path, brands: [Brand(name: "Telvio")],
                            sources: [Source(name: "Reviews", location: .file(page.path), kind: .reviews, brand: "Telvio")])
        let database = try WebcareDatabase(path: config.database)
        try database.registerSources([("Reviews", page.path)])
        // What an earlier webcare stored: review 314 under its JSON-LD URL, and a body hash (a page read before).
        let old = NewMention(source: "Reviews", itemKey: "id:https://reviewhoek.example/bedrijf/telvio/#review-314", url: nil, title: nil,
                             text: "oud", author: nil, published: nil, brand: "Telvio",
                             sentiment: Sentiment(score: -0.5, label: .negative, language: .nl), reach: 1000)
        try database.saveNewMentions([old], source: "Reviews", state: SourceFetchState(bodyHash: "an earlier page"), at: Date())
        let report = try Poller(config: config, database: database, clock: .fixed(Date())).poll()
        let stored = try database.mentions(source: "Reviews").map(\.itemKey)
        #expect(!stored.contains("id:314"), "review 314 is not stored a second time: \(stored)")
        #expect(stored.contains("id:315"))
        guard case .polled(_, let mentions, let new)? = report.outcomes.first?.outcome else { Issue.record("not polled"); return }
        #expect(new == mentions - 1)
    }
}
