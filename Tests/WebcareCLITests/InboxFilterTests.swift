import Foundation
import Testing

/// Every mention findable and owned: status and label filters, search, assignment, and mistakes that say so.
@Suite struct InboxFilterTests {
    static let feed = """
        <rss version="2.0"><channel><title>Forum</title>
        <item><guid>a</guid><title>Störing bij Telvio in Utrecht</title><description>Al twee dagen geen internet, waardeloos.</description></item>
        <item><guid>b</guid><title>Telvio storing voorbij</title><description>Top geholpen door de monteur, dank!</description><author>Sanne de Vries</author></item>
        <item><guid>c</guid><title>Telvio factuur veel te hoog</title><description>Belachelijk, ik betaal dubbel.</description></item>
        </channel></rss>
        """

    func workspace() throws -> Workspace {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/search.xml"}"#)
        try Self.feed.write(to: workspace.folder.appendingPathComponent("feeds/search.xml"), atomically: true, encoding: .utf8)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        return workspace
    }

    func rows(_ arguments: [String], _ workspace: Workspace) throws -> [[String: Any]] {
        let run = try webcare(arguments + ["--json", "--config", workspace.config])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }

    func titles(_ arguments: [String], _ workspace: Workspace) throws -> Set<String> {
        Set(try rows(arguments, workspace).compactMap { $0["title"] as? String })
    }

    @Test func searchFindsByWordAndByAccentFoldedWordInEveryStatus() throws {
        let workspace = try workspace()
        #expect(try titles(["search", "storing"], workspace) == ["Störing bij Telvio in Utrecht", "Telvio storing voorbij"])
        #expect(try titles(["search", "STÖRING", "utrecht"], workspace) == ["Störing bij Telvio in Utrecht"])
        #expect(try titles(["search", "sanne"], workspace) == ["Telvio storing voorbij"], "authors are searched too")
        #expect(try titles(["search", "fact*"], workspace) == ["Telvio factuur veel te hoog"])
        #expect(try titles(["search", "storing", "--label", "positive"], workspace) == ["Telvio storing voorbij"])
        let id = try #require(try rows(["search", "factuur"], workspace).first?["id"] as? Int)
        #expect(try webcare(["answer", String(id), "--config", workspace.config]).status == 0)
        #expect(try titles(["search", "factuur"], workspace) == ["Telvio factuur veel te hoog"], "answered mentions are found too")
        #expect(try titles(["search", "factuur", "--status", "open"], workspace).isEmpty)
        let text = try webcare(["search", "\"unbalanced", "AND", "(", "--config", workspace.config])
        #expect(text.status == 0, "whatever a user types is words, never search syntax: \(text.stderr)")
        #expect(text.stdout == "No mentions match \"\"unbalanced AND (\".\n")
    }

    @Test func statusAndLabelFiltersListWhatTheInboxDoesNot() throws {
        let workspace = try workspace()
        let open = try rows(["inbox"], workspace)
        #expect(open.count == 2)
        let id = try #require(open.first?["id"] as? Int)
        #expect(try webcare(["answer", String(id), "--config", workspace.config]).status == 0)
        #expect(try rows(["inbox", "--status", "answered"], workspace).map { $0["id"] as? Int } == [id])
        #expect(try rows(["inbox", "--label", "positive"], workspace).map { $0["title"] as? String } == ["Telvio storing voorbij"])
        #expect(try rows(["inbox", "--status", "all", "--label", "all"], workspace).count == 3)
        #expect(try webcare(["inbox", "--status", "done", "--config", workspace.config]).status == 2)
    }

    @Test func assignmentShowsInTheInboxAndMeIsTheLoginName() throws {
        let workspace = try workspace()
        let ids = try rows(["inbox"], workspace).compactMap { $0["id"] as? Int }
        #expect(try webcare(["assign", String(ids[0]), "--to", "ruben", "--config", workspace.config]).status == 0)
        let mine = try webcare(["inbox", "--assigned-to", "me", "--json", "--config", workspace.config], environment: ["USER": "ruben"])
        #expect((try JSONSerialization.jsonObject(with: Data(mine.stdout.utf8)) as? [[String: Any]])?.map { $0["assignee"] as? String } == ["ruben"])
        #expect(try rows(["inbox", "--unassigned"], workspace).map { $0["id"] as? Int } == [ids[1]])
        let table = try webcare(["inbox", "--config", workspace.config])
        #expect(table.stdout.contains("ASSIGNED"))
        #expect(table.stdout.contains("ruben"))
        let unassign = try webcare(["unassign", String(ids[0]), "--by", "sanne", "--config", workspace.config])
        #expect(unassign.stderr == "webcare: mention \(ids[0]) unassigned\n")
        #expect(try rows(["inbox", "--unassigned"], workspace).count == 2)
        #expect(try webcare(["history", String(ids[0]), "--config", workspace.config]).stdout.contains("unassigned by sanne: from ruben"))
    }

    @Test func aMisspeltBrandOrSourceIsAnErrorAndARepeatChangesNothing() throws {
        let workspace = try workspace()
        let brand = try webcare(["inbox", "--brand", "Telvo", "--config", workspace.config])
        #expect(brand.status == 2)
        #expect(brand.stderr.contains("no brand named \"Telvo\" (brands: Telvio, Pakkie); check --brand"))
        let source = try webcare(["inbox", "--source", "Froum", "--config", workspace.config])
        #expect(source.status == 2)
        #expect(source.stderr.contains("no source named \"Froum\" (sources: Forum); check --source"))
        let id = try #require(try rows(["inbox"], workspace).first?["id"] as? Int)
        #expect(try webcare(["answer", String(id), "--config", workspace.config]).status == 0)
        let again = try webcare(["answer", String(id), "--config", workspace.config])
        #expect(again.status == 0)
        #expect(again.stderr == "webcare: mention \(id) was answered already; nothing changed\n")
        let history = try webcare(["history", String(id), "--config", workspace.config]).stdout
        #expect(history.components(separatedBy: "answered by").count == 2, "one event, not two: \(history)")
    }
}

/// What people read is in the team's time zone; what scripts read stays UTC.
@Suite struct TeamTimeZoneTests {
    @Test func showAndHistoryUseTheConfiguredZoneAndJSONStaysUTC() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#,
                                      extra: #""timeZone": "Europe/Amsterdam","#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let id = try #require(try workspace.inbox().first?["id"] as? Int)
        #expect(try webcare(["answer", String(id), "--config", workspace.config], environment: ["WEBCARE_NOW": "2026-11-20T09:00:00Z"]).status == 0)
        let history = try webcare(["history", String(id), "--config", workspace.config])
        #expect(history.stdout.hasPrefix("2026-11-20T10:00:00+01:00  answered by"), "\(history.stdout)")
        let show = try webcare(["show", String(id), "--config", workspace.config])
        #expect(show.stdout.contains("+01:00"))
        let json = try webcare(["inbox", "--status", "answered", "--json", "--config", workspace.config])
        #expect(json.stdout.contains("Z\""), "JSON dates stay UTC")
        #expect(!json.stdout.contains("+01:00"))
    }

    @Test func anUnknownTimeZoneIsAConfigError() throws {
        let workspace = try Workspace(sources: "", extra: #""timeZone": "Europe/Amsterdm","#)
        let run = try webcare(["inbox", "--config", workspace.config])
        #expect(run.status == 2)
        #expect(run.stderr.contains("timeZone: \"Europe/Amsterdm\" is not a time zone"), "\(run.stderr)")
    }
}
