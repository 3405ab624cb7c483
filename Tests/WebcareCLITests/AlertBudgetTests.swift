import Foundation
import Testing
import WebcareTestSupport

/// Slow peers never hold the poll: alerts are delivered concurrently under one budget per poll
/// (`alerts.budgetSeconds`), and what is not delivered by then is retried at the next poll.
@Suite(.serialized) struct AlertBudgetTests {
    /// Whether the webhook answers at once or never (within a minute).
    final class Answering: @unchecked Sendable {
        private let lock = NSLock()
        private var isOn = false
        var on: Bool {
            get { lock.withLock { isOn } }
            set { lock.withLock { isOn = newValue } }
        }
    }

    /// A feed of `count` negative Telvio posts, each a mention with an alert.
    static func complaints(_ count: Int) -> String {
        let items = (0..<count).map { index in
            "<item><guid>storing-\(index)</guid><title>Storing bij Telvio: al \(index + 2) dagen geen internet</title>"
                + "<description>Waardeloos. Internet ligt eruit en de klantenservice is onbereikbaar.</description></item>"
        }.joined(separator: "\n")
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Forum</title>\n\(items)\n</channel></rss>\n"
    }

    /// A workspace whose forum was polled once while it held nothing (so its complaints are news, not a backlog),
    /// then filled with `count` complaints.
    static func workspace(alerts count: Int, hook: LoopbackServer, budget: Int) throws -> Workspace {
        let workspace = try Workspace(sources: #"{"name": "Forum", "url": "feeds/complaints.xml", "reach": 20000}"#,
                                      extra: #""alerts": {"webhook": "\#(hook.baseURL)/hook", "minReach": 0, "budgetSeconds": \#(budget)},"#)
        let feed = workspace.folder.appendingPathComponent("feeds/complaints.xml")
        try complaints(0).write(to: feed, atomically: true, encoding: .utf8)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        try complaints(count).write(to: feed, atomically: true, encoding: .utf8)
        return workspace
    }

    static func timed(_ arguments: [String]) throws -> (WebcareRun, TimeInterval) {
        let start = Date()
        let run = try webcare(arguments)
        return (run, Date().timeIntervalSince(start))
    }

    @Test func twelveAlertsToAWebhookThatNeverAnswersFinishWithinTheBudgetAndAreRetried() throws {
        let answering = Answering()
        let hook = try LoopbackServer { _ in answering.on ? .text("ok") : LoopbackServer.Response(body: Array("ok".utf8), delay: 60) }
        let workspace = try Self.workspace(alerts: 12, hook: hook, budget: 3)

        let (first, seconds) = try Self.timed(["poll", "--config", workspace.config])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(seconds < 3 + 2, "a poll with 12 alerts to a hanging webhook took \(seconds) s against a budget of 3 s")
        let firstBodies = Set(hook.requests.map { String(decoding: $0.body, as: UTF8.self) })
        #expect(firstBodies.count == 12)
        #expect(hook.mostConcurrent >= 12, "the deliveries run at once: at most \(hook.mostConcurrent) were open together")
        #expect(first.stderr.contains("could not deliver an alert to the webhook: timed out after"), "\(first.stderr)")

        answering.on = true
        let (second, again) = try Self.timed(["poll", "--config", workspace.config])
        #expect(second.status == 0 && second.stderr.isEmpty, "\(second.stderr)")
        #expect(again < 3)
        // Each undelivered alert is retried (with the spike alert the next poll raises).
        let retried = hook.requests.dropFirst(12).map { String(decoding: $0.body, as: UTF8.self) }
        #expect(firstBodies.isSubset(of: retried) && retried.count == Set(retried).count, "\(retried.count) deliveries")
        let delivered = hook.requests.count
        try webcare(["poll", "--config", workspace.config])
        #expect(hook.requests.count == delivered, "a delivered alert is not sent again")
    }

    @Test func alertsLeftOverWhenTheBudgetRunsOutWaitForTheNextPoll() throws {
        let answering = Answering()
        let hook = try LoopbackServer { _ in answering.on ? .text("ok") : LoopbackServer.Response(body: Array("ok".utf8), delay: 60) }
        let workspace = try Self.workspace(alerts: 60, hook: hook, budget: 2)

        let (first, seconds) = try Self.timed(["poll", "--config", workspace.config])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(seconds < 2 + 2, "\(seconds) s against a budget of 2 s")
        let tried = hook.requests.count
        #expect(tried < 60)
        #expect(first.stderr.contains("\(60 - tried) of 60 alerts were not delivered within alerts.budgetSeconds (2 s); they are retried at the next poll"),
                "\(first.stderr.split(separator: "\n").last ?? "")")

        answering.on = true
        let second = try webcare(["poll", "--config", workspace.config])
        #expect(second.status == 0 && second.stderr.isEmpty, "\(second.stderr)")
        let delivered = Set(hook.requests.suffix(from: tried).map { String(decoding: $0.body, as: UTF8.self) })
        let mentions = Set(hook.requests.compactMap { request -> Int? in
            let payload = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]
            return (payload?["mention"] as? [String: Any])?["id"] as? Int
        })
        #expect(mentions.count == 60, "every alert reaches the webhook once it answers (\(delivered.count) distinct payloads)")
        let third = hook.requests.count
        try webcare(["poll", "--config", workspace.config])
        #expect(hook.requests.count == third)
    }
}
