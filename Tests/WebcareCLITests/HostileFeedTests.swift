import Foundation
import Testing

/// Hostile documents through the real binary: one source's entity bomb never stops the poll of the others.
/// (The two bombs are refused in well under a second each with bounded memory: `make bench` has no figure for it,
/// /usr/bin/time -v on `check-source` shows it.)
@Suite struct HostileFeedTests {
    /// An RSS document (110 kB) whose one entity of 50,000 characters is referenced 20,000 times in an element's
    /// text or in an attribute value.
    static func entityBomb(inAttribute: Bool) -> String {
        let uses = String(repeating: "&a;", count: 20_000)
        let body = inAttribute ? "<link href=\"\(uses)\"/>" : "<description>Telvio \(uses)</description>"
        return """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "\(String(repeating: "x", count: 50_000))">]>
            <rss version="2.0"><channel><title>bomb</title><item><guid>b1</guid><title>Telvio</title>\(body)</item></channel></rss>
            """
    }

    @Test func entityBombsFailTheirOwnSourcesWhileTheOthersAreStored() throws {
        let workspace = try Workspace(sources: """
            {"name": "Bomb in text", "url": "feeds/bomb-text.xml"},
            {"name": "Bomb in attribute", "url": "feeds/bomb-attribute.xml"},
            {"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}
            """)
        try Self.entityBomb(inAttribute: false).write(to: workspace.folder.appendingPathComponent("feeds/bomb-text.xml"), atomically: true, encoding: .utf8)
        try Self.entityBomb(inAttribute: true).write(to: workspace.folder.appendingPathComponent("feeds/bomb-attribute.xml"), atomically: true, encoding: .utf8)

        let run = try webcare(["poll", "--config", workspace.config])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(run.stderr)")
        for (line, name) in zip(lines, ["Bomb in text", "Bomb in attribute"]) {
            #expect(line.contains("\"\(name)\"") && line.contains("entity expansion is too large"))
        }
        #expect(try workspace.inbox().count == 2)

        // Each bomb is its source's failure: `sources` shows it, and the next poll leaves it to its backoff.
        let sources = try webcare(["sources", "--config", workspace.config, "--json"])
        #expect(sources.status == 0, "\(sources.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [[String: Any]] ?? []
        let bombs = rows.filter { ($0["name"] as? String)?.hasPrefix("Bomb") == true }
        #expect(bombs.count == 2)
        for bomb in bombs { #expect((bomb["lastError"] as? String)?.contains("entity expansion is too large") == true, "\(bomb)") }
        // A second failure in a row starts the backoff: the third poll leaves the bomb alone.
        #expect(try webcare(["poll", "--config", workspace.config]).status == 1)
        let third = try webcare(["poll", "--config", workspace.config, "--verbose"])
        #expect(third.stdout.contains("Bomb in text: failing, next attempt at"), "\(third.stdout)")
    }

    @Test func checkSourceRefusesAnEntityBombWithOneLine() throws {
        let workspace = try Workspace(sources: "")
        let path = workspace.folder.appendingPathComponent("feeds/bomb-text.xml").path
        try Self.entityBomb(inAttribute: false).write(toFile: path, atomically: true, encoding: .utf8)
        let run = try webcare(["check-source", path, "--json"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("entity expansion is too large"))
    }
}

/// Many commands opening one database that does not exist yet: it is created and migrated once, and every other
/// opener waits for that instead of failing.
@Suite struct ConcurrentOpenTests {
    @Test func tenCommandsStartedAtOnceOnANewDatabaseAllSucceed() throws {
        for _ in 0..<3 {
            let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
            let commands: [[String]] = [["poll"], ["poll"], ["inbox", "--json"], ["inbox"], ["sources"], ["sources", "--json"],
                                        ["report", "--week"], ["report", "--days", "7", "--format", "json"], ["inbox", "--all"], ["poll"]]
            let processes = try commands.map { arguments -> (Process, Pipe) in
                let process = Process()
                process.executableURL = webcareBinary()
                process.arguments = arguments + ["--config", workspace.config]
                let errors = Pipe()
                process.standardOutput = FileHandle.nullDevice
                process.standardError = errors
                try process.run()
                return (process, errors)
            }
            for (process, errors) in processes {
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(process.arguments ?? []): \(message)")
            }
            #expect(try workspace.inbox().count == 2)
        }
    }
}
