import Foundation
import Testing
import WebcareTestSupport

/// The answer itself, through the binary on a polled database, at fixed instants (WEBCARE_NOW): a reply kept with
/// its answer, a draft checked against the mention's questions, a promise that becomes a follow-up, turns overdue,
/// raises one alert and is closed with `followup done`.
@Suite(.serialized) struct ReplyEndToEndTests {
    /// A forum feed of two questions to Telvio, written for this test.
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Forum</title><link>https://forum.example/</link>
        <item><guid>q-1</guid><title>Storing bij Telvio</title><link>https://forum.example/q-1</link>
          <pubDate>Mon, 16 Nov 2026 09:00:00 +0100</pubDate>
          <description>Telvio, waarom ligt mijn internet er al twee dagen uit? Wanneer komt de monteur? Waardeloze service.</description></item>
        <item><guid>q-2</guid><title>Opzeggen bij Telvio</title><link>https://forum.example/q-2</link>
          <pubDate>Mon, 16 Nov 2026 10:00:00 +0100</pubDate>
          <description>@Telvio hoe zeg ik mijn abonnement op? Niemand reageert, slechte service.</description></item>
        </channel></rss>
        """

    /// Wednesday 18 November 2026, 10:00 in Amsterdam.
    static let wednesday = "2026-11-18T09:00:00Z"
    /// Friday 20 November, 10:00: the promise of Wednesday ("morgen", due Thursday 17:00) is broken.
    static let friday = "2026-11-20T09:00:00Z"

    @Test func aReplyIsKeptItsPromiseFollowedUpAlertedOnceAndClosed() throws {
        let alertLog = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-promise-alerts-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: alertLog) }
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/questions.xml", "reach": 500}"#,
                                      extra: #""alerts": {"command": "cat >> \#(alertLog.path)", "minReach": 1000000},"#)
        try Self.feed.write(to: workspace.folder.appendingPathComponent("feeds/questions.xml"), atomically: true, encoding: .utf8)
        let onWednesday = ["WEBCARE_NOW": Self.wednesday], onFriday = ["WEBCARE_NOW": Self.friday]
        #expect(try webcare(["poll", "--config", workspace.config], environment: onWednesday).status == 0)
        let inbox = try workspace.inbox()
        let outage = try #require(inbox.first { ($0["title"] as? String) == "Storing bij Telvio" }?["id"] as? Int)
        let cancelling = try #require(inbox.first { ($0["title"] as? String) == "Opzeggen bij Telvio" }?["id"] as? Int)

        // A draft that answers neither question is flagged, with the question quoted.
        let check = try webcare(["reply-check", "--config", workspace.config, "--mention", String(cancelling), "Wij nemen uw feedback mee."],
                                environment: onWednesday)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("defensive\tnl\n"), "\(check.stdout)")
        #expect(check.stdout.contains("-  unanswered            \"@Telvio hoe zeg ik mijn abonnement op?\""), "\(check.stdout)")
        #expect(check.stdout.contains("-  stock phrase          \"Wij nemen uw feedback mee\""), "\(check.stdout)")

        // The answer with its reply, read from stdin; show and history print it.
        let reply = "Hoi, vervelend dat je internet eruit ligt. Dat komt doordat er een kabel is geraakt.\nIk bel u morgen met een tijd voor de monteur. ^Sanne"
        let answer = try webcare(["answer", String(outage), "--config", workspace.config, "--by", "sanne", "--reply", "-"], stdin: reply,
                                 environment: onWednesday)
        #expect(answer.status == 0, "\(answer.stderr)")
        let show = try webcare(["show", String(outage), "--config", workspace.config], environment: onWednesday)
        #expect(show.stdout.contains("answered by sanne\n      reply: Hoi, vervelend dat je internet eruit ligt."), "\(show.stdout)")
        #expect(show.stdout.contains("             Ik bel u morgen met een tijd voor de monteur. ^Sanne\n"), "\(show.stdout)")
        let history = try webcare(["history", String(outage), "--config", workspace.config])
        #expect(history.stdout == "2026-11-18T09:00:00Z  answered by sanne\n    reply: Hoi, vervelend dat je internet eruit ligt. "
                + "Dat komt doordat er een kabel is geraakt.\n           Ik bel u morgen met een tijd voor de monteur. ^Sanne\n")

        // The promise is a follow-up due Thursday 17:00 (16:00 UTC), open on Wednesday.
        let open = try webcare(["followups", "--config", workspace.config], environment: onWednesday)
        #expect(open.stdout == "  1  mention \(outage)  Telvio  due 2026-11-19T16:00:00Z (31h left)  by sanne: \"Ik bel u morgen met een tijd voor de monteur.\"\n"
                + "\n1 open promise (`webcare followup done ID` once kept)\n", "\(open.stdout)")

        // On Friday it is overdue: two polls raise one alert.
        #expect(try webcare(["poll", "--config", workspace.config], environment: onFriday).status == 0)
        #expect(try webcare(["poll", "--config", workspace.config], environment: ["WEBCARE_NOW": "2026-11-20T10:00:00Z"]).status == 0)
        let alerts = try String(contentsOf: alertLog, encoding: .utf8).split(separator: "\n").filter { $0.contains("\"promise-overdue\"") }
        #expect(alerts.count == 1, "\(alerts)")
        #expect(alerts.first?.contains("Ik bel u morgen met een tijd voor de monteur.") == true)
        let overdue = try webcare(["inbox", "--config", workspace.config], environment: onFriday)
        #expect(overdue.stdout.contains("Promises to keep:\n  1  mention \(outage)  Telvio  due 2026-11-19T16:00:00Z (OVERDUE 17h)"), "\(overdue.stdout)")

        // Kept: closed, noted in the history, and no longer listed.
        let done = try webcare(["followup", "done", "1", "--config", workspace.config, "--by", "sanne"], environment: onFriday)
        #expect(done.status == 0)
        #expect(done.stderr == "webcare: follow-up 1 kept\n")
        #expect(try webcare(["followup", "done", "1", "--config", workspace.config], environment: onFriday).stderr
                == "webcare: follow-up 1 was kept already; nothing changed\n")
        #expect(try webcare(["followups", "--config", workspace.config]).stdout == "No open promises: every promise made in a reply has been kept.\n")
        #expect(try webcare(["history", String(outage), "--config", workspace.config]).stdout
                .contains("2026-11-20T09:00:00Z  noted by sanne: promise kept (follow-up 1): Ik bel u morgen met een tijd voor de monteur.\n"))
        // The week's report counts the reply (open: it lacks only an apology) and the promise, kept a day late: broken.
        let onMonday = ["WEBCARE_NOW": "2026-11-23T09:00:00Z"]
        let json = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--format", "json"], environment: onMonday)
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let replies = try #require(report["replies"] as? [String: Any])
        #expect(replies["replies"] as? Int == 1)
        #expect(replies["open"] as? Int == 1)
        #expect(replies["openShare"] as? Double == 1)
        #expect(replies["mostCommonMissing"] as? String == "apology")
        #expect(replies["promisesMade"] as? Int == 1)
        #expect(replies["promisesKept"] as? Int == 0)
        #expect(replies["promisesBroken"] as? Int == 1)
        #expect(replies["medianReplyWords"] as? Int == 26)
        #expect((report["previousReplies"] as? [String: Any])?["replies"] as? Int == 0)
        let text = try webcare(["report", "--config", workspace.config, "--week", "2026-W47"], environment: onMonday)
        #expect(text.stdout.contains("How the team answered\n"), "\(text.stdout)")
        #expect(text.stdout.contains("Most often missing"), "\(text.stdout)")

        let unknown = try webcare(["followup", "done", "9", "--config", workspace.config])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no follow-up with id 9"))
    }

    @Test func aClockOverrideThatIsNoInstantIsAUsageError() throws {
        let workspace = try Workspace(sources: "")
        let run = try webcare(["followups", "--config", workspace.config], environment: ["WEBCARE_NOW": "tomorrow"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("could not read WEBCARE_NOW \"tomorrow\""))
    }

    @Test func replyAndReplyFileAreOneOrTheOther() throws {
        let workspace = try Workspace(sources: "")
        let run = try webcare(["answer", "1", "--config", workspace.config, "--reply", "x", "--reply-file", "y"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("either --reply or --reply-file"))
    }
}
