import Foundation
import Testing
import WebcareTestSupport

/// Runs the built `webcare` binary the way a user would, against a temporary config, file sources and database.
struct WebcareRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func webcareBinary() -> URL {
    if let explicit = ProcessInfo.processInfo.environment["WEBCARE_BIN"] { return URL(fileURLWithPath: explicit) }
    // The test runner lives next to the products in .build/<triple>/debug.
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("webcare")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
        folder.deleteLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/webcare")
}

@discardableResult
func webcare(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> WebcareRun {
    let process = Process()
    process.executableURL = webcareBinary()
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "WEBCARE_CONFIG")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return WebcareRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
}

/// A folder with a config, feeds copied from the fixtures, and room for the database.
struct Workspace {
    /// Removed, with the database and the copied feeds, when the test that made the workspace ends.
    private let temporary: TemporaryFolder
    let folder: URL
    var config: String { folder.appendingPathComponent("config.json").path }

    /// `extra` holds more top-level keys of the config, each followed by a comma.
    init(sources: String, extra: String = "") throws {
        temporary = try TemporaryFolder("webcare-e2e")
        folder = temporary.url
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("feeds"), withIntermediateDirectories: true)
        let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/feeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent("feeds/\(name)"))
        }
        try """
            {
              "database": "webcare.sqlite",\(extra)
              "brands": [
                {"name": "Telvio", "keywords": ["telvio", "@telviowebcare"], "exclude": ["telvio-museum"]},
                {"name": "Pakkie", "keywords": ["pakkie"]}
              ],
              "sources": [\(sources)]
            }
            """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    func inbox() throws -> [[String: Any]] {
        let run = try webcare(["inbox", "--config", config, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [[String: Any]]
    }
}

@Suite(.serialized) struct EndToEndTests {
    @Test func pollInboxAnswerThroughTheRealBinary() throws {
        let workspace = try Workspace(sources: """
            {"name": "Forum", "url": "feeds/rss-forum-telvio.xml", "reach": 20000},
            {"name": "News", "url": "feeds/atom-xml-base-relative-links.atom", "reach": 45000}
            """)
        let first = try webcare(["poll", "--config", workspace.config])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty && first.stderr.isEmpty, "poll must be quiet on success: \(first.stdout) \(first.stderr)")

        let inbox = try workspace.inbox()
        #expect(inbox.map { $0["source"] as? String } == ["News", "Forum", "Forum"])
        #expect(inbox.allSatisfy { $0["label"] as? String == "negative" })
        let reaches = inbox.compactMap { $0["reach"] as? Int }
        #expect(reaches.count == inbox.count, "every mention has a reach")
        #expect(reaches == reaches.sorted(by: >))

        let second = try webcare(["poll", "--config", workspace.config, "--verbose", "--timings"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 new mentions stored"))
        // The benchmark's line: wall and CPU seconds, then each stage's CPU seconds, on stderr only.
        let timings = try #require(second.stderr.split(separator: "\n").last.map(String.init))
        let pattern = #/webcare: timings: wall (\d+\.\d{3}) s \(open (\d+\.\d{3}) s, setup (\d+\.\d{3}) s, transfers and stages (\d+\.\d{3}) s, wrap-up (\d+\.\d{3}) s\), cpu \d+\.\d{3} s \(fetch \d+\.\d{3} s, parse \d+\.\d{3} s, match and score \d+\.\d{3} s, store \d+\.\d{3} s\)/#
        let match = try #require(timings.wholeMatch(of: pattern), "\(timings)")
        // The wall time's parts add up to it (each is rounded to the millisecond).
        let parts = [match.2, match.3, match.4, match.5].compactMap { Double($0) }
        #expect(abs(parts.reduce(0, +) - (Double(match.1) ?? -1)) <= 0.003, "\(timings)")
        #expect(!second.stdout.contains("timings"))
        #expect(try workspace.inbox().count == 3)

        let id = try #require(inbox.first?["id"] as? Int)
        let answer = try webcare(["answer", String(id), "--config", workspace.config, "--by", "sanne", "--note", "gebeld"])
        #expect(answer.status == 0, "\(answer.stderr)")
        let after = try workspace.inbox()
        #expect(after.count == 2)
        #expect(!after.contains { $0["id"] as? Int == id })

        _ = try webcare(["reopen", String(id), "--config", workspace.config])
        #expect(try workspace.inbox().count == 3)
        _ = try webcare(["ignore", String(id), "--config", workspace.config])
        #expect(try workspace.inbox().count == 2)

        let text = try webcare(["inbox", "--config", workspace.config, "--brand", "Telvio"])
        #expect(text.stdout.contains("TELVIO helpdesk is een grap"))
        #expect(text.stdout.contains("2 open negative mentions"))
    }

    @Test func aBrokenSourceIsReportedWhileTheOthersAreStored() throws {
        let workspace = try Workspace(sources: """
            {"name": "Missing", "url": "feeds/missing.xml"},
            {"name": "Not a feed", "url": "feeds/not-a-feed-html-page.html"},
            {"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}
            """)
        let run = try webcare(["poll", "--config", workspace.config])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("webcare: could not poll source \"Missing\": cannot read the file"))
        #expect(lines[1].contains("\"Not a feed\"") && lines[1].contains("HTML page"))
        #expect(try workspace.inbox().count == 2)
    }

    @Test func aTypoInTheConfigNamesTheKeyPathAndExitsWith2() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "urll": "feeds/rss-forum-telvio.xml"}"#)
        let run = try webcare(["poll", "--config", workspace.config])
        #expect(run.status == 2)
        #expect(run.stderr == "webcare: \(workspace.config): sources[0].urll: unknown key; did you mean \"url\"?\n")
    }

    @Test func anUnknownIDIsAClearErrorWithExitCode2() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        try webcare(["poll", "--config", workspace.config])
        let run = try webcare(["answer", "4242", "--config", workspace.config])
        #expect(run.status == 2)
        #expect(run.stderr == "webcare: no mention with id 4242; `webcare inbox --all` lists the open ones with their ids\n")
    }

    @Test func theConfigIsFoundThroughTheEnvironment() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        let run = try webcare(["poll"], environment: ["WEBCARE_CONFIG": workspace.config])
        #expect(run.status == 0)
        let inbox = try webcare(["inbox", "--json"], environment: ["WEBCARE_CONFIG": workspace.config])
        #expect(inbox.stdout.contains("\"Telvio\""))
    }

    @Test func showPrintsTheWholeMentionItsReasonsAndItsHistory() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        try webcare(["poll", "--config", workspace.config])
        let id = try #require(try workspace.inbox().first?["id"] as? Int)
        try webcare(["answer", String(id), "--config", workspace.config, "--by", "sanne", "--note", "gebeld"])
        let run = try webcare(["show", String(id), "--config", workspace.config])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Mention \(id)  [answered]\n"))
        #expect(run.stdout.contains("Why the scorer says negative:"))
        #expect(run.stdout.contains("answered by sanne: gebeld"))
        let all = try webcare(["inbox", "--all", "--json", "--config", workspace.config])
        let labels = try (JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [[String: Any]]).compactMap { $0["label"] as? String }
        #expect(labels.contains("positive"))
        #expect(labels.count == 2)
    }

    @Test func inboxFiltersBySourceDeadlineAndPeriod() throws {
        // Fixture items are dated November 2026; an SLA of 24 hours makes them all overdue by now.
        let workspace = try Workspace(sources: """
            {"name": "Forum", "url": "feeds/rss-forum-telvio.xml", "reach": 20000},
            {"name": "News", "url": "feeds/atom-xml-base-relative-links.atom", "reach": 45000}
            """)
        try webcare(["poll", "--config", workspace.config])
        let forum = try webcare(["inbox", "--config", workspace.config, "--source", "forum", "--json"])
        let forumItems = try JSONSerialization.jsonObject(with: Data(forum.stdout.utf8)) as! [[String: Any]]
        #expect(forumItems.count == 2)
        #expect(forumItems.allSatisfy { $0["source"] as? String == "Forum" })
        #expect(forumItems.allSatisfy { ($0["secondsLeft"] as? Int ?? 0) < 0 && $0["deadline"] is String })
        let overdue = try webcare(["inbox", "--config", workspace.config, "--overdue", "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as! [[String: Any]]).count == 3)
        let recent = try webcare(["inbox", "--config", workspace.config, "--since", "1h"])
        #expect(recent.stdout == "Inbox empty: no open negative mentions.\n")
        let text = try webcare(["inbox", "--config", workspace.config])
        #expect(text.stdout.contains("overdue "))
    }

    @Test func assignNoteAndHistoryKeepEveryStep() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        try webcare(["poll", "--config", workspace.config])
        let ids = try workspace.inbox().compactMap { $0["id"] as? Int }
        #expect(ids.count == 2)
        #expect(try webcare(["assign", String(ids[0]), String(ids[1]), "--to", "sanne", "--by", "lead", "--config", workspace.config]).status == 0)
        #expect(try webcare(["note", String(ids[0]), "--text", "klant gebeld", "--by", "sanne", "--config", workspace.config]).status == 0)
        #expect(try webcare(["answer", String(ids[0]), "--by", "sanne", "--config", workspace.config]).status == 0)
        let mine = try webcare(["inbox", "--assigned-to", "Sanne", "--json", "--config", workspace.config])
        #expect((try JSONSerialization.jsonObject(with: Data(mine.stdout.utf8)) as! [[String: Any]]).map { $0["id"] as? Int } == [ids[1]])
        let history = try webcare(["history", String(ids[0]), "--config", workspace.config])
        let actions = history.stdout.split(separator: "\n").map { $0.split(separator: " ").dropFirst(1).prefix(3).joined(separator: " ") }
        #expect(actions == ["assigned by lead:", "noted by sanne:", "answered by sanne"])
        #expect(history.stdout.contains("noted by sanne: klant gebeld"))
        let unknown = try webcare(["assign", "999", "--to", "x", "--config", workspace.config])
        #expect(unknown.status == 2)
    }

    @Test func usageErrorsExitWith2() throws {
        let run = try webcare(["inbox", "--since", "gisteren"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--since \"gisteren\" is neither a period"))
        #expect(try webcare(["frobnicate"]).status == 2)
    }

    @Test func theHelpDocumentsTheExitCodes() throws {
        let run = try webcare(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Exit codes: 0 success"))
    }

    @Test func scoreJSONLinesFollowTheInputOrder() throws {
        let run = try webcare(["score", "--json", "--config", "/dev/null/none.json"], stdin: "")
        #expect(run.status == 2)
        let lines = try webcare(["score", "--json"], stdin: "Waardeloze service\nTop geholpen, bedankt!\n", environment: ["HOME": "/nonexistent"])
        let objects = lines.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["label"] as? String } == ["negative", "positive"])
        #expect(objects.allSatisfy { $0["language"] as? String == "nl" })
    }
}

/// `score` reading texts from standard input: line ends, a last line without one, and a line of over a mebibyte.
@Suite struct ScoreInputTests {
    @Test func crlfLineEndsAndALastLineWithoutANewlineScoreLikeTheSameTextsGivenAsArguments() throws {
        let texts = ["Al drie dagen geen internet, waardeloos", "Top service, snel geholpen", "De monteur komt morgen"]
        let fromArguments = try webcare(["score", "--config", "/dev/null/none.json"] + texts)
        #expect(fromArguments.status == 2, "a config that cannot be read is an error")
        let expected = try webcare(["score"] + texts, environment: ["XDG_CONFIG_HOME": "/nonexistent", "HOME": "/nonexistent"])
        #expect(expected.stdout.split(separator: "\n").count == 3)
        let piped = try webcare(["score"], stdin: texts.joined(separator: "\r\n"), environment: ["XDG_CONFIG_HOME": "/nonexistent", "HOME": "/nonexistent"])
        #expect(piped.stdout == expected.stdout)
        let json = try webcare(["score", "--json"], stdin: texts.joined(separator: "\n") + "\n",
                               environment: ["XDG_CONFIG_HOME": "/nonexistent", "HOME": "/nonexistent"])
        let labels = json.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["label"] as? String
        }
        #expect(labels == expected.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) })
    }

    @Test func aLineOfOverAMebibyteIsScoredAsOneText() throws {
        let long = String(repeating: "waardeloos ", count: 110_000)
        let run = try webcare(["score"], stdin: "goed\n" + long + "\nslecht\n", environment: ["XDG_CONFIG_HOME": "/nonexistent", "HOME": "/nonexistent"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("negative\t"))
    }
}
