import Foundation
import Testing

/// Questions in the inbox, and the team correcting the scorer: relabel, rescore and suggest-words through the
/// binary on a polled database.
@Suite struct TeamLabelTests {
    static let feed = #"{"name": "Buurtforum", "url": "feeds/rss-questions-and-complaints-the-scorer-misses.xml"}"#

    /// The id of the mention whose title starts with `title`.
    func id(_ title: String, in workspace: Workspace, exactly: Bool = false) throws -> Int {
        let all = try webcare(["inbox", "--all", "--json", "--config", workspace.config])
        let rows = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        return try #require(rows.first { exactly ? ($0["title"] as? String) == title : ($0["title"] as? String)?.hasPrefix(title) == true }?["id"] as? Int, "no mention titled \(title)")
    }

    /// Rewrites the workspace's config with a `sentiment` section.
    func setSentimentWords(_ words: String, in workspace: Workspace) throws {
        var config = try String(contentsOfFile: workspace.config, encoding: .utf8)
        config = config.replacingOccurrences(of: "\"database\": \"webcare.sqlite\",", with: "\"database\": \"webcare.sqlite\", \"sentiment\": {\"words\": {\"nl\": \(words)}},")
        try config.write(toFile: workspace.config, atomically: true, encoding: .utf8)
    }

    @Test func aQuestionToTheBrandIsInTheInboxWhateverItsSentiment() throws {
        let workspace = try Workspace(sources: Self.feed)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let inbox = try workspace.inbox()
        #expect(inbox.map { $0["title"] as? String } == ["Hoe zeg ik mijn Telvio abonnement op?"], "the neutral question, and nothing else")
        #expect(inbox.first?["needsReply"] as? Bool == true)
        #expect(inbox.first?["label"] as? String == "neutral")
        let table = try webcare(["inbox", "--config", workspace.config])
        #expect(table.stdout.contains("neutral asks"))
        #expect(table.stdout.contains("1 open mention to answer"))
        let questions = try webcare(["inbox", "--questions", "--json", "--config", workspace.config])
        #expect((try JSONSerialization.jsonObject(with: Data(questions.stdout.utf8)) as? [[String: Any]])?.count == 1)
    }

    @Test func theTeamsLabelWinsOverTheScorerAPollAndARescore() throws {
        let workspace = try Workspace(sources: Self.feed)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let k1 = try id("Telvio heeft de glasvezel", in: workspace)
        let relabel = try webcare(["relabel", String(k1), "negative", "--by", "sanne", "--note", "storing", "--config", workspace.config])
        #expect(relabel.status == 0, "\(relabel.stderr)")
        #expect(try workspace.inbox().contains { $0["id"] as? Int == k1 && $0["labelledBy"] as? String == "sanne" && $0["scorerLabel"] as? String == "neutral" })
        let history = try webcare(["history", String(k1), "--config", workspace.config])
        #expect(history.stdout.contains("relabelled by sanne: neutral → negative: storing"))

        // A config that makes the scorer call it positive, a rescore and a poll: the team's label stays.
        try setSentimentWords(#"{"knippert": 3, "bracht": -4}"#, in: workspace)
        let rescore = try webcare(["rescore", "--config", workspace.config, "--by", "ruben"])
        #expect(rescore.status == 0, "\(rescore.stderr)")
        #expect(rescore.stdout.contains("1 team label kept"), "\(rescore.stdout)")
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let show = try webcare(["show", String(k1), "--config", workspace.config])
        #expect(show.stdout.contains("label      negative, set by sanne (the scorer says positive)"), "\(show.stdout)")
        #expect(try workspace.inbox().contains { $0["id"] as? Int == k1 })

        // The rescored one: its new label is stored, in the history by who ran the rescore, and `show` agrees.
        let p1 = try id("Telvio bracht een nieuw kastje", in: workspace)
        let shown = try webcare(["show", String(p1), "--config", workspace.config])
        #expect(shown.stdout.contains("Why the scorer says negative:"))
        #expect(!shown.stdout.contains("it was stored as"))
        #expect(try webcare(["history", String(p1), "--config", workspace.config]).stdout.contains("rescored by ruben: positive → negative"))
    }

    @Test func showSaysWhenTheStoredLabelIsOlderThanTheScorerAndDryRunChangesNothing() throws {
        let workspace = try Workspace(sources: Self.feed)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let p1 = try id("Telvio bracht een nieuw kastje", in: workspace)
        try setSentimentWords(#"{"bracht": -4}"#, in: workspace)
        let before = try webcare(["show", String(p1), "--config", workspace.config])
        #expect(before.stdout.contains("sentiment  positive"))
        #expect(before.stdout.contains("Why the scorer says negative:\n  (it was stored as positive; the lexicon or the config changed since"))
        let dry = try webcare(["rescore", "--dry-run", "--config", workspace.config])
        #expect(dry.stdout.contains("\(p1)  positive → negative  Telvio: Telvio bracht een nieuw kastje"), "\(dry.stdout)")
        #expect(dry.stdout.contains("5 mentions scored again: 1 label would change (1 positive → negative); nothing written (--dry-run)"))
        #expect(try webcare(["show", String(p1), "--config", workspace.config]).stdout.contains("sentiment  positive"))
    }

    @Test func suggestWordsProposesWhatTheTeamsRelabelsTeach() throws {
        let workspace = try Workspace(sources: Self.feed)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let none = try webcare(["suggest-words", "--config", workspace.config])
        #expect(none.stdout.hasPrefix("No suggestions"))
        let ids = try ["Telvio heeft de glasvezel aangesloten", "Telvio kastje knippert weer oranje", "Telvio"].map { try id($0, in: workspace, exactly: true) }
        #expect(Set(ids).count == 3)
        _ = try ids.map { try webcare(["relabel", String($0), "negative", "--config", workspace.config]) }
        let run = try webcare(["suggest-words", "--min", "3", "--config", workspace.config])
        #expect(run.status == 0)
        #expect(run.stdout.contains("'knippert' appears in 3 mentions the team relabelled negative, unknown to the scorer today"), "\(run.stdout)")
        #expect(run.stdout.contains("\"nl\": { \"kastje\": -1.5, \"knippert\": -1.5, \"oranje\": -1.5 }"), "\(run.stdout)")
        #expect(!run.stdout.contains("'telvio'"), "brand names are never proposed")
    }
}
