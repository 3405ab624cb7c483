import Foundation
import Testing

/// `webcare report` through the real binary, on fixture feeds whose items were published in 2026-W47.
@Suite(.serialized) struct ReportCommandTests {
    func polledWorkspace() throws -> Workspace {
        let workspace = try Workspace(sources: """
            {"name": "Forum", "url": "feeds/rss-forum-telvio.xml", "reach": 20000}
            """)
        let poll = try webcare(["poll", "--config", workspace.config])
        #expect(poll.status == 0, "\(poll.stderr)")
        return workspace
    }

    @Test func aNamedWeekIsReportedAsJSONWithEveryFigure() throws {
        let workspace = try polledWorkspace()
        let run = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((report["period"] as? [String: Any])?["name"] as? String == "2026-W47")
        let current = try #require(report["current"] as? [String: Any])
        let mentions = try #require(current["mentions"] as? [String: Any])
        #expect(mentions["total"] as? Int == 3)
        #expect(mentions["negative"] as? Int == 2)
        #expect((current["response"] as? [String: Any])?["answered"] as? Int == 0)
        #expect((report["days"] as? [Any])?.count == 7)
        #expect((report["verdict"] as? String)?.hasPrefix("Promise broken: only 0% of 2 negative mentions") == true)
    }

    @Test func answeringAMentionShowsInTheResponseFigures() throws {
        let workspace = try polledWorkspace()
        let inbox = try workspace.inbox()
        let id = try #require(inbox.first?["id"] as? Int)
        #expect(try webcare(["answer", String(id), "--config", workspace.config]).status == 0)
        let run = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--format", "csv"])
        #expect(run.stdout.hasPrefix("day,negative,neutral,positive,total\r\n2026-11-16,"))
        let json = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let response = try #require((report["current"] as? [String: Any])?["response"] as? [String: Any])
        #expect(response["answered"] as? Int == 1)
        #expect(response["responseRate"] as? Double == 0.5)
    }

    @Test func theFormatFollowsTheOutputFilesExtension() throws {
        let workspace = try polledWorkspace()
        let file = workspace.folder.appendingPathComponent("week.html").path
        let run = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--output", file])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("wrote the 2026-W47 report to"))
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && !html.contains("<script") && !html.contains("src=\"http"))
    }

    @Test(arguments: [
        (["--week", "2026-W60"], "is not an ISO week like 2026-W47"),
        (["--week", "--days", "7"], "not both"),
        (["--brand", "Nobody"], "no brand named \"Nobody\""),
        (["--output", "/nonexistent-folder/week.html"], "the folder /nonexistent-folder does not exist"),
    ])
    func badArgumentsFailWithOneLineAndCodeTwo(arguments: [String], message: String) throws {
        let workspace = try polledWorkspace()
        let run = try webcare(["report", "--config", workspace.config] + arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
