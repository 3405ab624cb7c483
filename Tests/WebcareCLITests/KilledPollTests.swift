import Foundation
import Testing
import WebcareTestSupport

/// Serves 40 feeds of 5 Telvio items; while `slow` is set, half of them answer only after 3 s.
/// @unchecked Sendable: `slow` is guarded by `lock`.
final class HalfSlowFeeds: @unchecked Sendable {
    private let lock = NSLock()
    private var isSlow = true
    private var isEmptyNow = false
    var slow: Bool {
        get { lock.withLock { isSlow } }
        set { lock.withLock { isSlow = newValue } }
    }
    /// While set, every feed has no items (a first poll that reads the sources before they hold anything).
    var empty: Bool {
        get { lock.withLock { isEmptyNow } }
        set { lock.withLock { isEmptyNow = newValue } }
    }

    func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let number = Int(request.path.dropFirst("/feed".count)) ?? 0
        let items = empty ? [] : (0..<5).map { "<item><guid>f\(number)-i\($0)</guid><title>Telvio storing \(number)-\($0)</title><description>Waardeloos, al 3 dagen geen internet</description></item>" }
        let body = "<rss version=\"2.0\"><channel><title>feed \(number)</title>\(items.joined())</channel></rss>"
        return LoopbackServer.Response(body: Array(body.utf8), delay: slow && number >= 20 ? 3 : 0)
    }
}

@Suite struct KilledPollTests {
    @Test func aPollKilledMidwayLosesAndDuplicatesNothing() throws {
        let feeds = HalfSlowFeeds()
        let server = try LoopbackServer { feeds.answer($0) }
        let sources = (0..<40).map { #"{"name": "feed \#($0)", "url": "\#(server.baseURL)/feed\#($0)"}"# }.joined(separator: ",\n")
        let workspace = try Workspace(sources: sources)

        let process = Process()
        process.executableURL = webcareBinary()
        process.arguments = ["poll", "--config", workspace.config]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once the fast half is stored, while the slow half is still on its way: the stored rows are the signal.
        let deadline = Date().addingTimeInterval(20)
        while try workspace.inbox().isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let partial = try workspace.inbox().count
        #expect(partial > 0, "the poll stored nothing before the kill; nothing was tested")
        #expect(partial < 200, "the kill came after the poll finished; nothing was tested")

        feeds.slow = false
        let rerun = try webcare(["poll", "--config", workspace.config])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let stored = try workspace.inbox()
        #expect(stored.count == 200)
        #expect(Set(stored.compactMap { $0["id"] as? Int }).count == 200)
        #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
        #expect(try workspace.inbox().count == 200)
    }

    /// Whether another process holds the poll lock at `path` (a file that is not there is not held).
    static func isLockedByAnother(_ path: String) -> Bool {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    @Test func aSecondPollWaitsForTheFirstOrSaysSoWithExitCode4() throws {
        let feeds = HalfSlowFeeds()
        let server = try LoopbackServer { feeds.answer($0) }
        let workspace = try Workspace(sources: #"{"name": "slow", "url": "\#(server.baseURL)/feed30"}"#)
        let first = Process()
        first.executableURL = webcareBinary()
        first.arguments = ["poll", "--config", workspace.config]
        try first.run()
        // The first poll holds the lock once the lock file cannot be locked by anyone else.
        let lock = workspace.folder.appendingPathComponent("webcare.sqlite.poll-lock").path
        let deadline = Date().addingTimeInterval(20)
        while !Self.isLockedByAnother(lock), Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let impatient = try webcare(["poll", "--config", workspace.config, "--wait", "0"])
        #expect(impatient.status == 4)
        #expect(impatient.stderr.hasPrefix("webcare: another webcare poll is still running"))
        let patient = try webcare(["poll", "--config", workspace.config, "--wait", "20"])
        #expect(patient.status == 0)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(try workspace.inbox().count == 5)
    }

    @Test func aPollKilledAtRandomMomentsNeverLosesAnAlert() throws {
        var random = SplitMix64(seed: 13)
        for trial in 0..<3 {
            let feeds = HalfSlowFeeds()
            let hook = try LoopbackServer { _ in .text("ok") }
            let server = try LoopbackServer { feeds.answer($0) }
            let sources = (0..<40).map { #"{"name": "feed \#($0)", "url": "\#(server.baseURL)/feed\#($0)"}"# }.joined(separator: ",\n")
            let workspace = try Workspace(sources: sources, extra: #""alerts": {"webhook": "\#(hook.baseURL)/hook", "minReach": 0},"#)
            // The sources' first read holds nothing: the items below are news, not a backlog.
            feeds.empty = true
            #expect(try webcare(["poll", "--config", workspace.config]).status == 0)
            feeds.empty = false

            let process = Process()
            process.executableURL = webcareBinary()
            process.arguments = ["poll", "--config", workspace.config]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Anywhere from the first transfers to the slow feeds' answers and the deliveries after them.
            let moment = Double.random(in: 0.2...3.6, using: &random)
            Thread.sleep(forTimeInterval: moment)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            feeds.slow = false
            let rerun = try webcare(["poll", "--config", workspace.config])
            #expect(rerun.status == 0, "trial \(trial), killed after \(moment) s: \(rerun.stderr)")
            let stored = Set(try workspace.inbox().compactMap { $0["id"] as? Int })
            #expect(stored.count == 200)
            // Every stored negative mention reached the webhook (a delivery the kill cut short may come twice).
            let alerted = Set(hook.requests.compactMap { request -> Int? in
                let payload = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]
                return (payload?["mention"] as? [String: Any])?["id"] as? Int
            })
            #expect(alerted == stored, "trial \(trial), killed after \(moment) s: \(stored.subtracting(alerted).count) alerts lost")
        }
    }
}
