import Foundation
import GRDB
import Testing
import WebcareTestSupport
import WebcareCore
@testable import WebcareStore

func temporaryDatabasePath() -> String {
    (try? TemporaryFolder.inThisRun("webcare-test"))!.appendingPathComponent("webcare.sqlite").path
}

func newMention(_ key: String, source: String = "Forum", label: SentimentLabel = .negative, reach: Int = 100,
                published: Date? = nil, brand: String = "Telvio") -> NewMention {
    NewMention(source: source, itemKey: key, url: "https://x.example/\(key)", title: "Titel \(key)", text: "tekst", author: nil,
               published: published, brand: brand,
               sentiment: Sentiment(score: label == .negative ? -0.6 : (label == .positive ? 0.6 : 0), label: label, language: .nl),
               reach: reach)
}

@Suite struct WebcareDatabaseTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func openDatabase() throws -> WebcareDatabase {
        let database = try WebcareDatabase(path: temporaryDatabasePath())
        try database.registerSources([("Forum", "https://forum.example/feed"), ("Blog", "/tmp/blog.xml")])
        return database
    }

    @Test func savingTheSameItemsTwiceStoresThemOnce() throws {
        let database = try openDatabase()
        let first = try database.saveNewMentions([newMention("a"), newMention("b")], source: "Forum", state: SourceFetchState(), at: now)
        let second = try database.saveNewMentions([newMention("a"), newMention("b"), newMention("c")], source: "Forum", state: SourceFetchState(), at: now)
        #expect(first == 2)
        #expect(second == 1)
        #expect(try database.mentionCount() == 3)
    }

    @Test func validatorsAreSavedWithTheMentions() throws {
        let database = try openDatabase()
        let state = SourceFetchState(etag: "\"v1\"", lastModified: "Mon, 16 Nov 2026 09:00:00 GMT", bodyHash: "abc", errorStreak: 0)
        try database.saveNewMentions([newMention("a")], source: "Forum", state: state, at: now)
        #expect(try database.fetchState(source: "Forum").etag == "\"v1\"")
        #expect(try database.fetchState(source: "Forum").bodyHash == "abc")
    }

    @Test func aChangedSourceURLForgetsTheOldValidators() throws {
        let database = try openDatabase()
        try database.saveFetchState(SourceFetchState(etag: "\"v1\""), source: "Forum")
        try database.registerSources([("Forum", "https://forum.example/feed")])
        #expect(try database.fetchState(source: "Forum").etag == "\"v1\"")
        try database.registerSources([("Forum", "https://forum.example/new-feed")])
        #expect(try database.fetchState(source: "Forum").etag == nil)
    }

    @Test func theInboxIsOpenNegativesByReachThenOldestFirst() throws {
        let database = try openDatabase()
        try database.saveNewMentions([
            newMention("low", reach: 10, published: now),
            newMention("high-new", reach: 500, published: now),
            newMention("high-old", reach: 500, published: now.addingTimeInterval(-3600)),
            newMention("positive", label: .positive, reach: 9999),
            newMention("pakkie", reach: 50, brand: "Pakkie"),
        ], source: "Forum", state: SourceFetchState(), at: now)
        #expect(try database.openMentions().map(\.itemKey) == ["high-old", "high-new", "pakkie", "low"])
        #expect(try database.openMentions(brand: "pakkie").map(\.itemKey) == ["pakkie"])
        #expect(try database.openMentions(limit: 1).map(\.itemKey) == ["high-old"])
    }

    @Test func aReplyStoredBeforeItsPostAnswersThePostWhenItArrives() throws {
        let database = try openDatabase()
        let replyTime = now.addingTimeInterval(-600)
        // The comment feed was polled first: its reply points at a post nobody has stored yet.
        try database.saveNewMentions([], source: "Blog", state: SourceFetchState(), at: now,
                                     replies: [BrandReply(inReplyTo: "https://x.example/post", at: replyTime, by: "Telvio Webcare")])
        var post = newMention("post")
        post.url = "https://x.example/post"
        let other = newMention("other")
        try database.saveNewMentions([post, other], source: "Forum", state: SourceFetchState(), at: now)
        let stored = try database.mentions(source: "Forum")
        #expect(stored.map(\.status) == [.answered, .open])
        #expect(stored[0].statusChangedAt == replyTime)
        #expect(stored[0].statusChangedBy == "Telvio Webcare")
        #expect(try database.history(id: stored[0].id).map(\.action) == ["answered"])
        // Used once: the same reply seen again later changes nothing more.
        try database.saveNewMentions([], source: "Blog", state: SourceFetchState(), at: now,
                                     replies: [BrandReply(inReplyTo: "https://x.example/post", at: replyTime, by: "Telvio Webcare")])
        #expect(try database.history(id: stored[0].id).count == 1)
    }

    @Test func oneCommitOfSeveralSourcesKeepsEachSourcesStateAndAnswersAcrossThem() throws {
        let database = try openDatabase()
        var post = newMention("post", source: "Forum")
        post.url = "https://x.example/thread"
        let reply = BrandReply(inReplyTo: "https://x.example/thread", at: now, by: "Telvio Webcare")
        // The comment feed's reply comes first in the commit, its post after it.
        let counts = try database.saveNewMentions([
            SourceMentions(source: "Blog", mentions: [newMention("comment", source: "Blog")], state: SourceFetchState(etag: "\"b\""),
                           replies: [reply]),
            SourceMentions(source: "Forum", mentions: [post, newMention("other", source: "Forum")], state: SourceFetchState(etag: "\"f\"")),
        ], at: now)
        #expect(counts == [1, 2])
        #expect(try database.fetchState(source: "Blog").etag == "\"b\"")
        #expect(try database.fetchState(source: "Forum").etag == "\"f\"")
        #expect(try database.mentions(source: "Forum").map(\.status) == [.answered, .open])
    }

    @Test func theOverdueCutOffAndTheCountFilterInTheQuery() throws {
        let database = try openDatabase()
        try database.saveNewMentions([
            newMention("old", reach: 10, published: now.addingTimeInterval(-30 * 3600)),
            newMention("edge", reach: 20, published: now.addingTimeInterval(-24 * 3600)),
            newMention("fresh", reach: 30, published: now.addingTimeInterval(-3600)),
            newMention("undated", reach: 40),
        ], source: "Forum", state: SourceFetchState(), at: now.addingTimeInterval(-26 * 3600))
        let overdue = WebcareDatabase.InboxFilter(startedAtOrBefore: now.addingTimeInterval(-24 * 3600))
        // The undated one's clock started when it was first seen, 26 hours ago.
        #expect(try database.openMentions(overdue).map(\.itemKey) == ["undated", "edge", "old"])
        #expect(try database.openMentionCount(overdue) == 3)
        var limited = overdue
        limited.limit = 1
        #expect(try database.openMentions(limited).map(\.itemKey) == ["undated"])
        #expect(try database.openMentionCount(limited) == 3)
    }

    @Test func theInboxQueryWalksItsIndexInsteadOfSorting() throws {
        let database = try openDatabase()
        for brand in [nil, "Telvio"] {
            let plan = try database.inboxPlan(WebcareDatabase.InboxFilter(brand: brand, limit: 50))
            #expect(plan.contains("USING INDEX mention_inbox"), "\(plan)")
            #expect(plan.contains("USING INDEX mention_needsReply"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "the inbox must not sort: \(plan)")
        }
    }

    @Test func answeringRemovesFromTheInboxAndRecordsWhoAndWhen() throws {
        let database = try openDatabase()
        try database.saveNewMentions([newMention("a"), newMention("b")], source: "Forum", state: SourceFetchState(), at: now)
        let id = try database.openMentions().first { $0.itemKey == "a" }!.id
        try database.setStatus(.answered, ids: [id], by: "sanne", note: "gebeld", at: now)
        #expect(try database.openMentions().map(\.itemKey) == ["b"])
        let answered = try database.mention(id: id)
        #expect(answered.status == .answered)
        #expect(answered.statusChangedBy == "sanne")
        #expect(answered.statusChangedAt == now)
        #expect(answered.note == "gebeld")
        try database.setStatus(.open, ids: [id], by: "piet", note: nil, at: now.addingTimeInterval(60))
        #expect(try database.history(id: id).map(\.action) == ["answered", "reopened"])
        #expect(try database.openMentions().count == 2)
    }

    @Test func anUnknownIDChangesNothing() throws {
        let database = try openDatabase()
        try database.saveNewMentions([newMention("a")], source: "Forum", state: SourceFetchState(), at: now)
        let id = try database.openMentions()[0].id
        #expect(throws: StoreError.unknownMention(id: 999)) {
            try database.setStatus(.answered, ids: [id, 999], by: "x", note: nil, at: now)
        }
        #expect(try database.mention(id: id).status == .open)
    }

    @Test func theSchemaRefusesBadValues() throws {
        let database = try openDatabase()
        var bad = newMention("x")
        bad.sentiment.score = 0
        bad.reach = -5
        #expect(throws: StoreError.self) {
            try database.saveNewMentions([bad], source: "Forum", state: SourceFetchState(), at: now)
        }
        #expect(throws: StoreError.self) {
            try database.saveNewMentions([newMention("y", source: "Unregistered")], source: "Unregistered", state: SourceFetchState(), at: now)
        }
        #expect(try database.mentionCount() == 0)
    }

    @Test func aCompanyReplyAnswersTheReviewWithItsKeyInItsOwnSourceOnly() throws {
        let database = try openDatabase()
        let replyAt = now.addingTimeInterval(-600)
        let reply = BrandReply(target: .itemKey("id:r1"), at: replyAt, by: "Telvio", note: "company reply on the review: Sorry")
        try database.saveNewMentions([newMention("id:r1", source: "Blog")], source: "Blog", state: SourceFetchState(), at: now)
        try database.saveNewMentions([newMention("id:r1"), newMention("id:r2")], source: "Forum", state: SourceFetchState(), at: now,
                                     replies: [reply])
        let forum = try database.mentions(source: "Forum")
        #expect(forum.map(\.status) == [.answered, .open])
        #expect(forum[0].statusChangedAt == replyAt)
        #expect(forum[0].statusChangedBy == "Telvio")
        #expect(forum[0].note == "company reply on the review: Sorry")
        #expect(try database.history(id: forum[0].id).map(\.note) == ["company reply on the review: Sorry"])
        #expect(try database.mentions(source: "Blog").map(\.status) == [.open], "the same key in another source is another item")

        // Seen again on the next poll, the reply changes nothing and adds no history.
        try database.saveNewMentions([], source: "Forum", state: SourceFetchState(), at: now, replies: [reply])
        #expect(try database.history(id: forum[0].id).count == 1)
    }

    @Test func reopeningTheDatabaseKeepsEverything() throws {
        let path = temporaryDatabasePath()
        do {
            let database = try WebcareDatabase(path: path)
            try database.registerSources([("Forum", "x")])
            try database.saveNewMentions([newMention("a")], source: "Forum", state: SourceFetchState(), at: now)
        }
        #expect(try WebcareDatabase(path: path).mentionCount() == 1)
    }

    @Test func aMissingFolderIsAClearError() {
        #expect {
            try WebcareDatabase(path: "/nonexistent-folder/webcare.sqlite")
        } throws: { error in
            "\(error)".contains("could not open database /nonexistent-folder/webcare.sqlite: the folder /nonexistent-folder does not exist")
        }
    }
}

@Suite struct SchemaVersionTests {
    @Test func aDatabaseANewerWebcareMigratedIsRefusedWithBothVersions() throws {
        let path = temporaryDatabasePath()
        _ = try WebcareDatabase(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        let known = Schema.migrator.migrations.count
        #expect {
            try WebcareDatabase(path: path)
        } throws: { error in
            "\(error)".contains("its schema is version \(known + 1), written by a newer webcare")
                && "\(error)".contains("knows versions up to \(known): upgrade webcare to use it")
        }
    }
}

@Suite struct ReadOnlyOpenTests {
    @Test func aDatabaseOpenedReadOnlyReadsAndRefusesWrites() throws {
        let path = temporaryDatabasePath()
        let writer = try WebcareDatabase(path: path)
        try writer.registerSources([("Forum", "x")])
        try writer.saveNewMentions([newMention("a")], source: "Forum", state: SourceFetchState(), at: Date())
        let reader = try WebcareDatabase(path: path, readOnly: true)
        #expect(try reader.mentionCount() == 1)
        #expect(throws: StoreError.self) { try reader.registerSources([("Blog", "y")]) }
    }
}
