import Foundation
import Testing
import WebcareConfig
import WebcareCore
@testable import WebcareStore
import WebcareTestSupport
@testable import WebcareApp

private let forumFeed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/feeds/rss-forum-telvio.xml")

@Suite struct AlertDispatcherTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// A database whose forum source was read before (its next poll is not its first backlog), and alerts for
    /// mentions of any age (the fixture's items are older than a day).
    func setUp(alerts: AlertSettings) throws -> (Config, WebcareDatabase, URL) {
        let folder = try TemporaryFolder.inThisRun("webcare-alerts")
        var config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path,
                            brands: [Brand(name: "Telvio", exclude: ["telvio-museum"]), Brand(name: "Pakkie")],
                            sources: [Source(name: "Forum", location: .file(forumFeed.path), reach: 20000)])
        var alerts = alerts
        alerts.maxAgeHours = 24 * 3650
        config.alerts = alerts
        let database = try WebcareDatabase(path: config.database)
        try database.registerSources([("Forum", forumFeed.path)])
        try database.saveFetchState(SourceFetchState(bodyHash: "read before"), source: "Forum")
        return (config, database, folder)
    }

    func pollAndAlert(_ config: Config, _ database: WebcareDatabase, at time: Date) throws -> [String] {
        let report = try Poller(config: config, database: database, clock: .fixed(time)).poll()
        return try AlertDispatcher(config: config, database: database)!.run(after: report, at: time)
    }

    @Test func eachBigNegativeMentionReachesTheCommandExactlyOnce() throws {
        let folder = try TemporaryFolder.inThisRun("webcare-alert-out").appendingPathComponent("alerts.jsonl")
        let (config, database, _) = try setUp(alerts: AlertSettings(command: "cat >> '\(folder.path)'", minReach: 25000))
        #expect(try pollAndAlert(config, database, at: now).isEmpty)
        #expect(try pollAndAlert(config, database, at: now.addingTimeInterval(900)).isEmpty)
        let lines = try String(contentsOf: folder, encoding: .utf8).split(separator: "\n")
        // Two negative forum mentions, both with reach above 25000 (brand in the title).
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["kind"] as? String == "negative-mention")
        #expect((first["text"] as? String)?.contains("Telvio") == true)
        #expect(((first["mention"] as? [String: Any])?["reach"] as? Int ?? 0) >= 25000)
    }

    @Test func aFailedWebhookIsRetriedAtTheNextPollAndDeliveredOnce() throws {
        let fails = FailFirst()
        let server = try LoopbackServer { request in
            #expect(request.method == "POST")
            #expect(request.headers["content-type"] == "application/json")
            return fails.next() ? .text("down", status: 500) : .text("ok")
        }
        let (config, database, _) = try setUp(alerts: AlertSettings(webhook: server.baseURL + "/hook", minReach: 25000))
        let firstFailures = try pollAndAlert(config, database, at: now)
        #expect(firstFailures.count == 1)
        #expect(firstFailures[0].contains("retried at the next poll"))
        #expect(try database.pendingAlerts().count == 1, "one of the two was delivered, one waits")
        #expect(try pollAndAlert(config, database, at: now.addingTimeInterval(900)).isEmpty)
        #expect(try database.pendingAlerts().isEmpty)
        #expect(try pollAndAlert(config, database, at: now.addingTimeInterval(1800)).isEmpty)
        #expect(server.requests.count == 3, "two alerts, one of them sent twice because the first try failed")
    }
}

/// Answers "fail" to the first call only. @unchecked Sendable: `calls` is guarded by `lock`.
final class FailFirst: @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0
    func next() -> Bool { lock.withLock { calls += 1; return calls == 1 } }
}

/// A first poll is a backlog, not news; an old item is not news either.
@Suite struct HeldBackAlertTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func aSourcesFirstBacklogAndOldItemsRaiseNoAlertWhileAFreshNegativeDoes() throws {
        let out = try TemporaryFolder.inThisRun("webcare-held-back").appendingPathComponent("alerts.jsonl")
        let folder = try TemporaryFolder.inThisRun("webcare-held-back-db")
        let feed = folder.appendingPathComponent("feed.xml")
        func write(_ items: [(id: String, hoursOld: Double)]) throws {
            let formatter = ISO8601DateFormatter()
            let body = items.map { item in
                "<item><guid>\(item.id)</guid><title>Telvio storing \(item.id)</title><description>Waardeloos, al drie dagen geen internet</description>"
                    + "<pubDate>\(formatter.string(from: now.addingTimeInterval(-item.hoursOld * 3600)))</pubDate></item>"
            }.joined()
            try "<rss version=\"2.0\"><channel><title>f</title>\(body)</channel></rss>".write(to: feed, atomically: true, encoding: .utf8)
        }
        var config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path, brands: [Brand(name: "Telvio")],
                            sources: [Source(name: "Forum", location: .file(feed.path), reach: 50000)])
        config.alerts = AlertSettings(command: "cat >> '\(out.path)'", minReach: 1000)
        let database = try WebcareDatabase(path: config.database)
        func poll() throws -> PollReport {
            let report = try Poller(config: config, database: database, clock: .fixed(now)).poll()
            _ = try AlertDispatcher(config: config, database: database)!.run(after: report, at: now)
            return report
        }
        try write([("old-1", 200), ("old-2", 100), ("fresh-backlog", 1)])
        let first = try poll()
        #expect(first.newMentions == 3)
        #expect(first.alertsHeldBack == 3, "the first poll of a source is its backlog")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        try write([("old-1", 200), ("old-2", 100), ("fresh-backlog", 1), ("week-old", 170), ("fresh", 2)])
        let second = try poll()
        #expect(second.alertsHeldBack == 1, "the week-old one")
        let alerted = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").compactMap {
            ((try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["mention"] as? [String: Any])?["title"] as? String
        }
        #expect(alerted == ["Telvio storing fresh"])
    }
}

@Suite struct SilentBrandAlertTests {
    @Test func aBrandNobodyMentionsForDaysRaisesOneAlert() throws {
        let out = try TemporaryFolder.inThisRun("webcare-silent").appendingPathComponent("alerts.jsonl")
        let folder = try TemporaryFolder.inThisRun("webcare-silent-db")
        var config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path,
                            brands: [Brand(name: "Telvio", exclude: ["telvio-museum"]), Brand(name: "Pakkie")],
                            sources: [Source(name: "Forum", location: .file(forumFeed.path), reach: 10)])
        config.alerts = AlertSettings(command: "cat >> '\(out.path)'", minReach: 1_000_000, silentDays: 3)
        let database = try WebcareDatabase(path: config.database)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        for day in 0..<6 {
            let time = start.addingTimeInterval(Double(day) * 86400)
            let report = try Poller(config: config, database: database, clock: .fixed(time)).poll()
            _ = try AlertDispatcher(config: config, database: database)!.run(after: report, at: time)
        }
        let kinds = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").compactMap {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["brand"] as? String
        }
        #expect(kinds.sorted() == ["Pakkie", "Telvio"], "each silent brand once, on day 3: \(kinds)")
    }
}
