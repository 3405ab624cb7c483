import Foundation
import Testing
import WebcareConfig
import WebcareCore
@testable import WebcareStore
import WebcareTestSupport
@testable import WebcareApp

/// A server whose answer the test changes between polls. @unchecked Sendable: `answer` is guarded by `lock`.
final class SwitchableFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var current = LoopbackServer.Response.text("")
    var answer: LoopbackServer.Response {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}

private func feedXML(_ ids: [String]) -> String {
    "<rss version=\"2.0\"><channel><title>t</title>"
        + ids.map { "<item><guid>\($0)</guid><title>Telvio storing \($0)</title><description>slecht</description></item>" }.joined()
        + "</channel></rss>"
}

@Suite struct SourceHealthTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func setUp(_ server: LoopbackServer) throws -> (Config, WebcareDatabase) {
        let folder = try TemporaryFolder.inThisRun("webcare-health")
        let config = Config(file: "test.json", database: folder.appendingPathComponent("w.sqlite").path,
                            brands: [Brand(name: "Telvio")],
                            sources: [Source(name: "Feed", location: .web(server.baseURL + "/feed"))])
        return (config, try WebcareDatabase(path: config.database))
    }

    @Test func validatorsGoBackToTheServerAndA304StoresNothing() throws {
        let feed = SwitchableFeed()
        feed.answer = .text(feedXML(["a", "b"]), headers: [("ETag", "\"v1\"")])
        let server = try LoopbackServer { request in
            request.headers["if-none-match"] == "\"v1\"" ? LoopbackServer.Response(status: 304) : feed.answer
        }
        let (config, database) = try setUp(server)
        #expect(try Poller(config: config, database: database, clock: .fixed(start)).poll().newMentions == 2)
        let second = try Poller(config: config, database: database, clock: .fixed(start.addingTimeInterval(900))).poll()
        #expect(second.outcomes.map(\.outcome) == [.unchanged])
        #expect(server.requests.map { $0.headers["if-none-match"] } == [nil, "\"v1\""])
        #expect(try database.fetchState(source: "Feed").lastSuccessAt == start.addingTimeInterval(900))
    }

    @Test func aSourceFailingThreeTimesIsReportedOnceAndItsRecoveryOnce() throws {
        let feed = SwitchableFeed()
        feed.answer = .text(feedXML(["a"]))
        let server = try LoopbackServer { _ in feed.answer }
        let (config, database) = try setUp(server)
        var now = start
        func poll() throws -> PollReport {
            defer { now = now.addingTimeInterval(7 * 3600) } // past any backoff
            return try Poller(config: config, database: database, clock: .fixed(now)).poll()
        }
        #expect(try poll().notices.isEmpty)
        feed.answer = .text("kapot", status: 500)
        var notices: [SourceNotice] = []
        for _ in 0..<5 { notices += try poll().notices }
        #expect(notices == [.failing(source: "Feed", reason: "HTTP 500 Internal Server Error", attempts: 3)])
        feed.answer = .text(feedXML(["a", "b"]))
        let recovered = try poll()
        #expect(recovered.notices == [.recovered(source: "Feed", failedAttempts: 5)])
        #expect(recovered.newMentions == 1)
        #expect(try poll().notices.isEmpty)
    }

    @Test func aFailingSourceBacksOffAndRetryAfterIsHonoured() throws {
        let feed = SwitchableFeed()
        feed.answer = LoopbackServer.Response(status: 503, headers: [("Retry-After", "3600")])
        let server = try LoopbackServer { _ in feed.answer }
        let (config, database) = try setUp(server)
        _ = try Poller(config: config, database: database, clock: .fixed(start)).poll()
        #expect(try database.fetchState(source: "Feed").nextAttemptAt == start.addingTimeInterval(3600))
        let early = try Poller(config: config, database: database, clock: .fixed(start.addingTimeInterval(900))).poll()
        #expect(early.outcomes.map(\.outcome) == [.waiting(until: start.addingTimeInterval(3600))])
        #expect(server.requests.count == 1)
        feed.answer = .text(feedXML(["a"]))
        let later = try Poller(config: config, database: database, clock: .fixed(start.addingTimeInterval(3601))).poll()
        #expect(later.newMentions == 1)
    }

    @Test func goneStopsPollingUntilTheURLChanges() throws {
        let server = try LoopbackServer { _ in .text("weg", status: 410) }
        let (config, database) = try setUp(server)
        let first = try Poller(config: config, database: database, clock: .fixed(start)).poll()
        #expect(first.notices == [.gone(source: "Feed")])
        let second = try Poller(config: config, database: database, clock: .fixed(start.addingTimeInterval(86400))).poll()
        #expect(second.outcomes.map(\.outcome) == [.gone])
        #expect(server.requests.count == 1)
        var moved = config
        moved.sources[0].location = .web(server.baseURL + "/elsewhere")
        _ = try Poller(config: moved, database: database, clock: .fixed(start.addingTimeInterval(86400))).poll()
        #expect(server.requests.count == 2)
    }

    static let backoffs: [(Int, TimeInterval?)] = [(1, nil), (2, 900), (3, 1800), (4, 3600), (6, 14400), (7, 21600), (12, 21600)]

    @Test(arguments: backoffs)
    func intervalsGrowAndAreCapped(_ streak: Int, _ wait: TimeInterval?) {
        let health = SourceHealth()
        let state = health.failed(SourceFetchState(errorStreak: streak - 1), error: nil, reason: "x", now: start)
        #expect(state.nextAttemptAt.map { $0.timeIntervalSince(start) } == wait)
    }
}
