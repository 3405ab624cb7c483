import Foundation
import Testing
import WebcareConfig
import WebcareCore
import WebcareStore
@testable import WebcareApp

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/feeds")

private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-poll-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
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
    @Test func aReplyByTheBrandsOwnAccountMarksTheMentionAnswered() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-replies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path,
                            brands: [Brand(name: "Telvio", handles: ["@telvio webcare"])],
                            sources: [Source(name: "News", location: .file(fixtures.appendingPathComponent("atom-xml-base-relative-links.atom").path))])
        let database = try WebcareDatabase(path: config.database)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        _ = try Poller(config: config, database: database, clock: .fixed(now)).poll()
        let stored = try database.mentions(source: "News")
        #expect(stored.count == 1, "the brand's own reply is not a mention")
        #expect(stored[0].status == .answered)
        #expect(stored[0].statusChangedBy == "Telvio Webcare")
        #expect(stored[0].statusChangedAt == ISO8601DateFormatter().date(from: "2026-11-21T00:00:00Z"))
        #expect(try database.history(id: stored[0].id).map(\.action) == ["answered"])
        #expect(try database.openMentions().isEmpty)
    }
}
