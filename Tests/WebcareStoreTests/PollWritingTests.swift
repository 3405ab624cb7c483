import Foundation
import GRDB
import Testing
import WebcareCore
@testable import WebcareStore

/// What the poll's writer relies on: its INSERT binds every value exactly (it bypasses GRDB's arguments), and the
/// checkpoints it moves to a thread of their own still happen and hand back to SQLite afterwards.
@Suite struct PollWritingTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000.25)

    @Test func everyFieldIsStoredExactlyAsGiven() throws {
        let database = try WebcareDatabase(path: temporaryDatabasePath())
        try database.registerSources([("Forum", "https://forum.example/feed")])
        let published = Date(timeIntervalSince1970: 1_794_990_000.125)
        var full = NewMention(source: "Forum", itemKey: "id:ü-1", url: "https://forum.example/t/1?a=1&b=é",
                              title: "Storing bij Télvio 😡", text: "Regel één\nregel twee\tmet tab", author: "Zoë",
                              published: published, brand: "Telvio",
                              sentiment: Sentiment(score: -0.75, label: .negative, language: .nl), reach: 12_345,
                              reachBasis: "100 readers × 1.5 (brand in the title) = 150")
        full.negativeTerms = ["storing", "niet"]
        var bare = NewMention(source: "Forum", itemKey: "hash:00ff", url: nil, title: nil, text: "", author: nil, published: nil,
                              brand: "Telvio", sentiment: Sentiment(score: 0, label: .neutral, language: .unknown), reach: 0)
        bare.reachBasis = ""
        #expect(try database.saveNewMentions([full, bare], source: "Forum", state: SourceFetchState(), at: now) == 2)

        let stored = try database.mentions(source: "Forum")
        #expect(stored.count == 2)
        let first = try #require(stored.first)
        #expect(first.itemKey == "id:ü-1")
        #expect(first.url == "https://forum.example/t/1?a=1&b=é")
        #expect(first.title == "Storing bij Télvio 😡")
        #expect(first.text == "Regel één\nregel twee\tmet tab")
        #expect(first.author == "Zoë")
        #expect(first.published == Date(timeIntervalSince1970: 1_794_990_000.125))
        #expect(first.firstSeen == now)
        #expect(first.sentiment == Sentiment(score: -0.75, label: .negative, language: .nl))
        #expect(first.reach == 12_345)
        #expect(first.reachBasis == "100 readers × 1.5 (brand in the title) = 150")
        let second = stored[1]
        #expect(second.url == nil && second.title == nil && second.author == nil && second.published == nil)
        #expect(second.text == "")
        #expect(second.sentiment.language == .unknown)
        let terms = try database.readRows("test", sql: "SELECT negativeTerms FROM mention ORDER BY id", arguments: [])
        #expect(terms.map { $0[0] as String? } == ["storing\nniet", nil])
    }

    @Test func aValueTheSchemaRefusesNamesTheCheckAndStoresNothingOfThatCommit() throws {
        let database = try WebcareDatabase(path: temporaryDatabasePath())
        try database.registerSources([("Forum", "https://forum.example/feed")])
        let good = newMention("good")
        var bad = newMention("bad")
        bad.reach = -1
        #expect {
            try database.saveNewMentions([good, bad], source: "Forum", state: SourceFetchState(), at: now)
        } throws: { error in
            "\(error)".contains("CHECK constraint failed")
        }
        #expect(try database.mentionCount() == 0, "the good one went with the failed commit")
        // The statement is usable again afterwards.
        #expect(try database.saveNewMentions([good], source: "Forum", state: SourceFetchState(), at: now) == 1)
    }

    @Test func checkpointsRunBesideTheWriterAndSQLiteTakesOverAfterwards() throws {
        let database = try WebcareDatabase(path: temporaryDatabasePath())
        try database.registerSources([("Forum", "https://forum.example/feed")])
        #expect(try database.automaticCheckpointPages() == 1000)

        let checkpoints = try database.startBackgroundCheckpoints()
        #expect(try database.automaticCheckpointPages() == 0, "the writer no longer checkpoints in its commits")
        // Enough commits to fill well over SQLite's own threshold of a thousand pages.
        let filler = String(repeating: "lange tekst ", count: 400)
        for batch in 0..<40 {
            let mentions = (0..<50).map { index -> NewMention in
                var mention = newMention("k\(batch)-\(index)")
                mention.text = filler
                return mention
            }
            try database.saveNewMentions(mentions, source: "Forum", state: SourceFetchState(), at: now)
            Thread.sleep(forTimeInterval: 0.01) // sources arrive over time, as in a poll
        }
        // The log started again from its beginning along the way instead of growing to hold every commit.
        let logSize = try FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int ?? 0
        let fileSize = try FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int ?? 0
        #expect(fileSize > 8_000_000)
        #expect(logSize < fileSize / 2, "log \(logSize) bytes beside a database of \(fileSize)")
        let deadline = Date().addingTimeInterval(10)
        while checkpoints.checkpointsDone == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(checkpoints.checkpointsDone > 0, "the background connection copied the log")
        checkpoints.stop()
        checkpoints.stop() // a second stop changes nothing
        #expect(try database.automaticCheckpointPages() == 1000)
        #expect(try database.mentionCount() == 2000)
    }
}
