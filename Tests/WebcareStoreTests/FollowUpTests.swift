import Foundation
import GRDB
import Testing
import WebcareCore
@testable import WebcareStore
import WebcareTestSupport

/// Replies kept with their answers and the follow-ups of their promises, written the three ways an answer arrives:
/// typed by an agent, found with the review (a company reply), and found before its mention was stored.
@Suite struct FollowUpTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let temporary: TemporaryFolder

    init() throws { temporary = try TemporaryFolder("webcare-followups") }

    func openDatabase() throws -> WebcareDatabase {
        let database = try WebcareDatabase(path: temporary.url.appendingPathComponent("w.sqlite").path)
        try database.registerSources([("Forum", "x"), ("Blog", "y")])
        return database
    }

    @Test func anAgentsReplyIsKeptWithTheAnswerAndItsPromisesBecomeFollowUps() throws {
        let database = try openDatabase()
        try database.saveNewMentions([newMention("a"), newMention("b")], source: "Forum", state: SourceFetchState(), at: now)
        let ids = try database.mentions(source: "Forum").map(\.id)
        let due = now.addingTimeInterval(86400)
        try database.setStatus(.answered, ids: [ids[0]], by: "sanne", note: nil, at: now, reply: "Ik bel u morgen. ^Sanne",
                               promises: [PromiseDue(words: "Ik bel u morgen.", due: due)])
        #expect(try database.history(id: ids[0]) == [MentionEvent(at: now, actor: "sanne", action: "answered", reply: "Ik bel u morgen. ^Sanne")])
        let open = try database.openFollowUps()
        #expect(open == [FollowUp(id: 1, mentionID: ids[0], brand: "Telvio", promisedBy: "sanne", promisedAt: now, due: due, promise: "Ik bel u morgen.")])
        #expect(open[0].isOverdue(at: due) && !open[0].isOverdue(at: now))

        // Answering again records nothing: no second reply, no second follow-up.
        #expect(try database.setStatus(.answered, ids: [ids[0]], by: "sanne", note: nil, at: now, reply: "nog eens",
                                       promises: [PromiseDue(words: "x", due: due)]) == [ids[0]])
        #expect(try database.openFollowUps().count == 1)
        // A reopen keeps no reply even when handed one.
        try database.setStatus(.open, ids: [ids[1]], by: "sanne", note: nil, at: now, reply: "x")
        #expect(try database.openFollowUps(mention: ids[1]).isEmpty)

        #expect(try database.markFollowUpKept(1, by: "sanne", at: due.addingTimeInterval(-60)))
        #expect(try !database.markFollowUpKept(1, by: "tom", at: due))
        #expect(try database.openFollowUps().isEmpty)
        #expect(try database.history(id: ids[0]).last?.note == "promise kept (follow-up 1): Ik bel u morgen.")
        #expect(throws: StoreError.unknownFollowUp(id: 7)) { _ = try database.markFollowUpKept(7, by: "sanne", at: now) }
        let counts = try database.promiseCounts(from: now.addingTimeInterval(-1), to: now.addingTimeInterval(1), now: due.addingTimeInterval(3600))
        #expect(counts == (made: 1, kept: 1, broken: 0))
        #expect(try database.replies(from: now, to: now.addingTimeInterval(1)).map(\.text) == ["Ik bel u morgen. ^Sanne"])
    }

    @Test func aCompanyReplyKeepsItsTextAndItsPromises() throws {
        let database = try openDatabase()
        var reply = BrandReply(target: .itemKey("id:r1"), at: now, by: "Telvio", note: "company reply on the review: Sorry, we bellen u…",
                               text: "Sorry, we bellen u vrijdag.")
        reply.promises = [PromiseDue(words: "Sorry, we bellen u vrijdag.", due: now.addingTimeInterval(3600))]
        try database.saveNewMentions([newMention("id:r1")], source: "Forum", state: SourceFetchState(), at: now, replies: [reply])
        let id = try #require(try database.mentions(source: "Forum").first?.id)
        #expect(try database.history(id: id).map(\.reply) == ["Sorry, we bellen u vrijdag."])
        #expect(try database.openFollowUps().map(\.promise) == ["Sorry, we bellen u vrijdag."])
        // Seen again, nothing doubles.
        try database.saveNewMentions([], source: "Forum", state: SourceFetchState(), at: now, replies: [reply])
        #expect(try database.openFollowUps().count == 1)
    }

    @Test func aReplyThatWaitsForItsMentionKeepsItsTextAndPromisesUntilItArrives() throws {
        let database = try openDatabase()
        let due = now.addingTimeInterval(7200)
        var reply = BrandReply(inReplyTo: "https://x.example/post", at: now, by: "Telvio Webcare", text: "We'll call you today.")
        reply.promises = [PromiseDue(words: "We'll call you today.", due: due)]
        try database.saveNewMentions([], source: "Blog", state: SourceFetchState(), at: now, replies: [reply])
        var post = newMention("post")
        post.url = "https://x.example/post"
        try database.saveNewMentions([post], source: "Forum", state: SourceFetchState(), at: now)
        let id = try #require(try database.mentions(source: "Forum").first?.id)
        #expect(try database.history(id: id).map(\.reply) == ["We'll call you today."])
        #expect(try database.openFollowUps().map(\.due) == [due])
    }

    @Test func theHistoryStaysAppendOnlyWithItsNewColumn() throws {
        let database = try openDatabase()
        try database.saveNewMentions([newMention("a")], source: "Forum", state: SourceFetchState(), at: now)
        let id = try #require(try database.mentions(source: "Forum").first?.id)
        try database.setStatus(.answered, ids: [id], by: "sanne", note: nil, at: now, reply: "Hoi!")
        #expect(throws: StoreError.self) {
            try database.write("rewrite a reply") { db in try db.execute(sql: "UPDATE mentionEvent SET reply = 'anders'") }
        }
    }
}
