import Foundation
import Testing

/// `webcare export`: every mention for a spreadsheet or a BI tool, safe to open.
@Suite struct ExportTests {
    static let feed = """
        <rss version="2.0"><channel><title>Forum</title>
        <item><guid>a</guid><title>=HYPERLINK("http://evil.example","Telvio")</title><description>Telvio, "waardeloos", al 3 dagen
        geen internet</description></item>
        <item><guid>b</guid><title>Telvio top</title><description>@Telvio -goed geholpen, dank!</description><author>+31 6 123</author></item>
        </channel></rss>
        """

    func workspace() throws -> Workspace {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/export.xml"}"#)
        try Self.feed.write(to: workspace.folder.appendingPathComponent("feeds/export.xml"), atomically: true, encoding: .utf8)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        return workspace
    }

    @Test func csvOpensCleanlyInPythonsCSVModuleWithFormulaCellsNeutralised() throws {
        let workspace = try workspace()
        let file = workspace.folder.appendingPathComponent("mentions.csv").path
        let run = try webcare(["export", "--format", "csv", "--output", file, "--config", workspace.config])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "webcare: wrote 2 mentions to \(file)\n")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.DictReader(f))
            print(json.dumps(rows))
            """, file]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        #expect(rows.count == 2)
        #expect(rows[0]["title"] == "'=HYPERLINK(\"http://evil.example\",\"Telvio\")")
        #expect(rows[0]["text"] == "Telvio, \"waardeloos\", al 3 dagen\ngeen internet")
        #expect(rows[0]["label"] == "negative")
        #expect(rows[0]["score"]?.hasPrefix("-") == true, "numbers are not neutralised")
        #expect(rows[1]["text"] == "'@Telvio -goed geholpen, dank!")
        #expect(rows[1]["author"] == "'+31 6 123")
        #expect(rows[1]["status"] == "open")
        #expect(Array(rows[0].keys).count == 21)
    }

    @Test func jsonLinesCarryTheAnswerAndFilterByStatus() throws {
        let workspace = try workspace()
        let inbox = try workspace.inbox()
        let id = try #require(inbox.first?["id"] as? Int)
        #expect(try webcare(["answer", String(id), "--by", "sanne", "--config", workspace.config]).status == 0)
        let run = try webcare(["export", "--format", "jsonl", "--status", "answered", "--config", workspace.config])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["id"] as? Int == id)
        #expect(object["answeredBy"] as? String == "sanne")
        #expect(object["answeredAt"] is String)
        #expect(object["assignee"] is NSNull, "every key is there, null when unknown")
        #expect(try webcare(["export", "--format", "xlsx", "--config", workspace.config]).status == 2)
    }
}
