import Foundation
import Testing
import WebcareApp
import WebcareConfig
import WebcareCore
import WebcareSentiment
@testable import WebcareStore
import WebcareTestSupport

/// The reply use cases: `reply-check` with the team's phrases and a stored mention, an answer whose promise becomes
/// a follow-up due in the team's hours.
@Suite struct ReplyUseCaseTests {
    /// Wednesday 18 November 2026, 10:00 in Amsterdam.
    let now = ISO8601DateFormatter().date(from: "2026-11-18T09:00:00Z")!

    func setUp(_ folder: TemporaryFolder) throws -> (Config, WebcareDatabase, Int64) {
        var config = Config(file: "t.json", database: folder.url.appendingPathComponent("w.sqlite").path, brands: [Brand(name: "Telvio")], sources: [])
        config.replies.phrases[.nl] = ["wij balen met je mee": "acknowledgement"]
        config.businessHours = BusinessHours(weekdays: [2, 3, 4, 5, 6], opensAt: 9 * 60, closesAt: 17 * 60, timeZone: ReportPeriod.teamTimeZone)
        let database = try WebcareDatabase(path: config.database)
        try database.registerSources([("Forum", "forum.xml")])
        try database.saveNewMentions([
            NewMention(source: "Forum", itemKey: "id:1", url: nil, title: nil, text: "Wanneer komt de monteur? Al drie dagen geen internet.",
                       author: nil, published: now, brand: "Telvio", sentiment: Sentiment(score: -0.5, label: .negative, language: .nl), reach: 10, reachBasis: ""),
        ], source: "Forum", state: SourceFetchState(), at: now)
        return (config, database, try #require(try database.openMentions().first?.id))
    }

    @Test func theConfigsKindsAreTheKindsACheckKnows() {
        #expect(ReplySettings.kinds == ReplyAssessment.Kind.phraseKinds.map(\.rawValue))
    }

    @Test func aDraftIsCheckedWithTheTeamsPhrasesAndAgainstTheMentionsQuestions() throws {
        let folder = try TemporaryFolder("webcare-reply-check")
        let (config, database, id) = try setUp(folder)
        let checking = ReplyChecking(config: config, database: database)
        let unanswered = try checking.check("Wij balen met je mee!", mention: id)
        #expect(unanswered.findings.map(\.kind) == [.acknowledgement, .unansweredQuestion])
        #expect(unanswered.questions == [.init(text: "Wanneer komt de monteur?", isAnswered: false)])
        let answered = try checking.check("Wij balen met je mee! De monteur komt morgenochtend.", mention: id)
        #expect(answered.questions.map(\.isAnswered) == [true])
        #expect(throws: StoreError.unknownMention(id: 99)) { _ = try checking.check("x", mention: 99) }
    }

    @Test func anAnswersPromiseIsDueInTheTeamsHours() throws {
        let folder = try TemporaryFolder("webcare-reply-answer")
        let (config, database, id) = try setUp(folder)
        try Workflow(database: database, clock: .fixed(now), businessHours: config.businessHours)
            .answer([id], reply: "Vervelend! Binnen drie werkdagen hoort u van ons. ^Sanne", by: "sanne", note: nil)
        let open = try Promises(config: config, database: database).open()
        // Wednesday + three working days: Thursday, Friday, Monday 23 November, closing at 17:00 CET.
        #expect(open.map(\.due) == [ISO8601DateFormatter().date(from: "2026-11-23T16:00:00Z")!])
        #expect(open.map(\.promise) == ["Binnen drie werkdagen hoort u van ons."])
        #expect(try database.history(id: id).map(\.reply) == ["Vervelend! Binnen drie werkdagen hoort u van ons. ^Sanne"])
    }
}
