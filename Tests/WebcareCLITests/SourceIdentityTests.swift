import Foundation
import Testing

/// A source keeps its identity when the config renames it: its mentions, their statuses and its fetch state follow
/// it, and nothing is imported again.
@Suite struct SourceIdentityTests {
    func rename(in workspace: Workspace, from old: String, to new: String) throws {
        let config = try String(contentsOfFile: workspace.config, encoding: .utf8).replacingOccurrences(of: old, with: new)
        try config.write(toFile: workspace.config, atomically: true, encoding: .utf8)
    }

    @Test func aRenamedSourceKeepsItsMentionsAndTheirStatusesAndRenamingBackLeavesNoOrphans() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let before = try workspace.inbox()
        let answered = try #require(before.first?["id"] as? Int)
        #expect(try webcare(["answer", String(answered), "--config", workspace.config]).status == 0)

        try rename(in: workspace, from: #""name": "Forum""#, to: #""name": "Klachtenforum""#)
        let poll = try webcare(["poll", "--config", workspace.config, "--verbose"])
        #expect(poll.stdout.contains("Klachtenforum: unchanged"), "the body hash followed the source: \(poll.stdout)")
        let after = try workspace.inbox()
        #expect(after.count == before.count - 1, "the answered one stays answered, nothing came back")
        #expect(after.allSatisfy { $0["source"] as? String == "Klachtenforum" })
        let all = try webcare(["inbox", "--all", "--json", "--config", workspace.config])
        #expect(!all.stdout.contains("\"Forum\""), "no mention is left under the old name")

        try rename(in: workspace, from: #""name": "Klachtenforum""#, to: #""name": "Forum""#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        #expect(try workspace.inbox().map { $0["source"] as? String } == before.dropFirst().map { _ in "Forum" })
    }

    @Test func aStableIDKeepsTheIdentityWhenNameAndURLBothChange() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "id": "forum-1", "url": "feeds/rss-forum-telvio.xml"}"#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let count = try workspace.inbox().count
        try FileManager.default.copyItem(atPath: workspace.folder.appendingPathComponent("feeds/rss-forum-telvio.xml").path,
                                         toPath: workspace.folder.appendingPathComponent("feeds/moved.xml").path)
        try rename(in: workspace, from: #""name": "Forum", "id": "forum-1", "url": "feeds/rss-forum-telvio.xml""#,
                   to: #""name": "Nieuw forum", "id": "forum-1", "url": "feeds/moved.xml""#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let inbox = try workspace.inbox()
        #expect(inbox.count == count, "the same items, not stored twice")
        #expect(inbox.allSatisfy { $0["source"] as? String == "Nieuw forum" })
    }

    @Test func aSourceRemovedFromTheConfigKeepsItsOpenMentionsAndSourcesSaysSo() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let count = try workspace.inbox().count
        try rename(in: workspace, from: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#,
                   to: #"{"name": "Blog", "url": "feeds/rss-cdata-with-html-entities-and-split-sections.xml"}"#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        #expect(try workspace.inbox().filter { $0["source"] as? String == "Forum" }.count == count)
        let sources = try webcare(["sources", "--config", workspace.config])
        #expect(sources.stdout.contains("Forum: not in the config any more; its open mentions stay in the inbox"), "\(sources.stdout)")
    }

    @Test func aSourceIDGivenTwiceIsAConfigError() throws {
        let workspace = try Workspace(sources: #"{"name": "A", "id": "x", "url": "feeds/a.xml"}, {"name": "B", "id": "x", "url": "feeds/b.xml"}"#)
        let run = try webcare(["inbox", "--config", workspace.config])
        #expect(run.status == 2)
        #expect(run.stderr.contains("sources[1].id: \"x\" is listed twice"), "\(run.stderr)")
    }
}

/// An agent who may read the team's database but not write it still sees the inbox, a mention, the report.
@Suite struct ReadOnlyDatabaseTests {
    /// Whether the binary can be run as the unprivileged `nobody` here (root runs the tests; root can write anything).
    static let canRunAsNobody: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", "nobody", "--", webcareBinary().path, "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0 && getuid() == 0
    }()

    @Test(.enabled(if: canRunAsNobody, "needs root and runuser to run the binary as nobody"))
    func readingCommandsWorkOnADatabaseTheUserMayOnlyRead() throws {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/rss-forum-telvio.xml"}"#)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        let id = try #require(try workspace.inbox().first?["id"] as? Int)
        for arguments in [["inbox", "--json"], ["show", String(id)], ["history", String(id)], ["sources"], ["report", "--week"],
                          ["search", "telvio"], ["export", "--format", "jsonl"], ["answer", String(id)]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "nobody", "--", webcareBinary().path] + arguments + ["--config", workspace.config]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.environment = ["NO_COLOR": "1", "HOME": "/nonexistent"]
            try process.run()
            _ = out.fileHandleForReading.readDataToEndOfFile()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if arguments[0] == "answer" {
                #expect(process.terminationStatus == 3, "a write is refused: \(message)")
                #expect(message.contains("readonly"))
            } else {
                #expect(process.terminationStatus == 0, "\(arguments): \(message)")
            }
        }
    }
}
