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
        #expect((report["verdict"] as? String)?.hasPrefix("Promise broken this week: only 0% of 2 complaints") == true)
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

    @Test func mailToHandsOneMIMEMessageWithBothPartsToSendmail() throws {
        let workspace = try polledWorkspace()
        let bin = workspace.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let stub = bin.appendingPathComponent("sendmail")
        // A stand-in for Debian's sendmail: keeps its arguments and the message it is given.
        try """
            #!/bin/sh
            printf '%s\n' "$@" > "$(dirname "$0")/args"
            cat > "$(dirname "$0")/message"
            """.write(to: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--mail-to", "manager@example.nl"],
                              environment: ["PATH": path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("mailed the 2026-W47 report to manager@example.nl"))
        #expect(try String(contentsOf: bin.appendingPathComponent("args"), encoding: .utf8) == "-t\n-oi\n")
        let message = try String(contentsOf: bin.appendingPathComponent("message"), encoding: .utf8)
        let (head, body) = try #require(message.range(of: "\n\n").map { (String(message[..<$0.lowerBound]), String(message[$0.upperBound...])) })
        #expect(head.contains("\nTo: manager@example.nl\n") || head.hasPrefix("To: manager@example.nl\n"))
        #expect(head.contains("MIME-Version: 1.0"))
        // The Subject names the period, in RFC 2047 words because of its dash.
        let subject = head.components(separatedBy: "\n").drop { !$0.hasPrefix("Subject:") }.prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }
            .map { $0.replacingOccurrences(of: "Subject:", with: "").trimmingCharacters(in: .whitespaces) }
            .map { word in String(decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data(), as: UTF8.self) }.joined()
        #expect(subject.hasPrefix("Webcare report 2026-W47 (Mon 2026-11-16 – Sun 2026-11-22)"), "\(subject)")
        let boundary = try #require(head.components(separatedBy: "boundary=\"").last?.split(separator: "\"").first.map(String.init))
        #expect(head.contains("Content-Type: multipart/alternative; boundary="))
        let parts = body.components(separatedBy: "--\(boundary)")
        #expect(parts.count == 4 && parts[3].hasPrefix("--"), "a preamble, two parts and the closing boundary")
        var decoded: [String: String] = [:]
        for part in parts[1...2] {
            let split = part.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
            let type = try #require(split[0].components(separatedBy: "\n").first { $0.hasPrefix("Content-Type:") })
            #expect(split[0].contains("Content-Transfer-Encoding: base64"))
            let data = try #require(Data(base64Encoded: split[1].replacingOccurrences(of: "\n", with: "")))
            decoded[type] = try #require(String(data: data, encoding: .utf8))
        }
        #expect(decoded["Content-Type: text/plain; charset=utf-8"]?.hasPrefix("Webcare report 2026-W47") == true)
        #expect(decoded["Content-Type: text/html; charset=utf-8"]?.hasPrefix("<!DOCTYPE html>") == true)
    }

    @Test func mailToWithoutSendmailSaysWhatToInstall() throws {
        let workspace = try polledWorkspace()
        let run = try webcare(["report", "--config", workspace.config, "--week", "2026-W47", "--mail-to", "manager@example.nl"],
                              environment: ["PATH": workspace.folder.path])
        // Debian puts sendmail in /usr/sbin, which is searched whatever PATH says: only check where there is none.
        if !FileManager.default.isExecutableFile(atPath: "/usr/sbin/sendmail"), !FileManager.default.isExecutableFile(atPath: "/usr/lib/sendmail") {
            #expect(run.status == 5)
            #expect(run.stderr.contains("no sendmail found") && run.stderr.contains("apt-get install msmtp-mta"), "\(run.stderr)")
        }
    }

    @Test(arguments: [
        (["--mail-to", "not-an-address"], "not an e-mail address"),
        (["--mail-to", "a@example.nl", "--format", "csv"], "--format does not change the mail"),
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
