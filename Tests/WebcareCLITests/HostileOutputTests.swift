import Foundation
import Testing

/// Every value from the web is untrusted, everywhere: a feed and a review page whose every field (title, author, text,
/// company reply, link, id) carries terminal escapes (ESC[2J, an OSC 52 clipboard write, DCS), C1 controls, bidi
/// overrides and zero-width characters are polled, and then no command's output holds a control character.
@Suite(.serialized) struct HostileOutputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds")
    static let feed = "jsonfeed-hostile-control-characters-in-every-field.json"
    static let page = "reviews-hostile-control-characters-in-every-field.html"

    /// The first offending character of the output and where, or nil when it is clean: no byte below 0x20 other than
    /// \n and \t, no DEL, no C1 (U+0080–U+009F), no bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
    static func firstControl(in output: String) -> String? {
        for (offset, byte) in output.utf8.enumerated() where (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F {
            return "byte 0x\(String(byte, radix: 16)) at \(offset)"
        }
        for scalar in output.unicodeScalars {
            let value = scalar.value
            if (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                return "U+\(String(value, radix: 16, uppercase: true))"
            }
        }
        return nil
    }

    /// The fixtures with yesterday's and today's dates, so the mentions land in the report's last days.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace(sources: """
            {"name": "Forum", "url": "feeds/\(feed)", "reach": 20000},
            {"name": "Reviews", "url": "feeds/\(page)", "type": "reviews", "brand": "Telvio", "reach": 50000}
            """)
        let day = ISO8601DateFormatter()
        for name in [feed, page] {
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "{{YESTERDAY}}", with: day.string(from: Date().addingTimeInterval(-86400)))
                .replacingOccurrences(of: "{{TODAY}}", with: day.string(from: Date().addingTimeInterval(-600)))
            try text.write(to: workspace.folder.appendingPathComponent("feeds/\(name)"), atomically: true, encoding: .utf8)
        }
        return workspace
    }

    @Test func noCommandPrintsAControlCharacterFromTheWeb() throws {
        let workspace = try Self.workspace()
        let poll = try webcare(["poll", "--config", workspace.config, "--verbose"])
        #expect(poll.status == 0, "\(poll.stderr)")
        let inbox = try workspace.inbox()
        #expect(inbox.count >= 2, "\(inbox)")
        // Every stored mention, the answered review among them (a new database numbers them from 1).
        let mentionIDs = try (1...6).map(String.init).filter { try webcare(["show", $0, "--config", workspace.config]).status == 0 }
        #expect(mentionIDs.count >= 3, "\(mentionIDs)")

        var commands: [[String]] = [
            ["inbox"], ["inbox", "--all"], ["inbox", "--json"], ["inbox", "--all", "--json"], ["inbox", "--json", "--limit", "5"],
            ["sources"], ["sources", "--json"],
            ["report", "--days", "7"], ["report", "--days", "7", "--format", "markdown"], ["report", "--days", "7", "--format", "json"],
        ]
        for id in mentionIDs { commands += [["show", id], ["history", id]] }
        for (index, arguments) in commands.enumerated() {
            let run = try webcare(arguments + ["--config", workspace.config])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(arguments) printed nothing")
            #expect(Self.firstControl(in: run.stdout) == nil, "\(arguments) #\(index) stdout: \(Self.firstControl(in: run.stdout) ?? "")")
            #expect(Self.firstControl(in: run.stderr) == nil, "\(arguments) stderr: \(Self.firstControl(in: run.stderr) ?? "")")
        }
        for name in [Self.feed, Self.page] {
            let path = workspace.folder.appendingPathComponent("feeds/\(name)").path
            for arguments in [["check-source", path], ["check-source", path, "--json"]] {
                let run = try webcare(arguments)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
                #expect(Self.firstControl(in: run.stdout) == nil, "\(arguments): \(Self.firstControl(in: run.stdout) ?? "")")
            }
        }
    }

    @Test func theTextIsKeptReadableAndZeroWidthCharactersAreNotStored() throws {
        let workspace = try Self.workspace()
        try webcare(["poll", "--config", workspace.config])
        // The company reply answered the review: reopened, it is in the inbox again.
        for id in 1...4 { try webcare(["reopen", String(id), "--config", workspace.config]) }
        let all = try webcare(["inbox", "--all", "--json", "--config", workspace.config])
        let mentions = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        let review = try #require(mentions.first { $0["source"] as? String == "Reviews" }, "\(all.stdout)")
        // Escaped in the JSON, the same string to a reader: the bidi override is there for a script to see.
        #expect((review["text"] as? String)?.contains("De medewerker\u{AD} keek niet op") == true, "\(review)")
        #expect(all.stdout.contains(#"\u202e"#))
        // Zero-width characters never reach the database.
        for mention in mentions {
            for key in ["title", "text", "author"] {
                #expect((mention[key] as? String)?.unicodeScalars.contains { [0x200B, 0xFEFF].contains($0.value) } != true, "\(key): \(mention)")
            }
        }
        // The company reply closed the review, and its words are in the history, made safe.
        let id = try #require(review["id"] as? Int)
        let history = try webcare(["history", String(id), "--config", workspace.config])
        #expect(history.stdout.contains("dit is niet hoe wij klanten willen ontvangen"), "\(history.stdout)")
        // A "|" in a link never breaks the Markdown report's table: every row has as many cells as the header.
        let markdown = try webcare(["report", "--days", "7", "--format", "markdown", "--config", workspace.config]).stdout
        #expect(markdown.contains("a%7Cb"), "\(markdown)")
        #expect(!markdown.contains("a|b"))
    }

    @Test func aDateInYear10000IsUnknownSoTheMentionIsNotOverdue() throws {
        let workspace = try Self.workspace()
        try webcare(["poll", "--config", workspace.config])
        let all = try webcare(["inbox", "--all", "--json", "--config", workspace.config])
        let mentions = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        let far = try #require(mentions.first { ($0["title"] as? String)?.contains("jaar 10000") == true })
        #expect(far["published"] == nil)
        let overdue = try webcare(["inbox", "--all", "--overdue", "--json", "--config", workspace.config])
        #expect(!overdue.stdout.contains("jaar 10000"))
        let show = try webcare(["show", String(try #require(far["id"] as? Int)), "--config", workspace.config])
        #expect(show.status == 0, "\(show.stderr)")
    }
}
