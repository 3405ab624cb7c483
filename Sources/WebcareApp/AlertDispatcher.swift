import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcarePresent
import WebcareStore

/// Tells the team at once: queues an alert for each new negative mention with a large reach, for each
/// source that starts failing or recovers and for each promise in a reply that passes its time unkept, then delivers every undelivered alert to the command (JSON on
/// its stdin) and the webhook (JSON POST). Each alert is queued once per channel (recorded in the database);
/// a failed delivery stays queued for the next poll; delivery never throws into the poll. Deliveries run
/// `parallelDeliveries` at a time under one budget per poll (`alerts.budgetSeconds`): a peer that never answers
/// costs the poll the budget at most, and what is not delivered by then is retried at the next poll.
public struct AlertDispatcher: Sendable {
    private let settings: AlertSettings
    private let database: WebcareDatabase
    private let brands: [String]
    /// Seconds a command or webhook may take (less when the budget has less left).
    public var timeoutSeconds = 10
    /// How many deliveries run at once.
    public var parallelDeliveries = 16

    /// Makes a dispatcher, or nil when the config sets no alerts.
    public init?(config: Config, database: WebcareDatabase) {
        guard let settings = config.alerts else { return nil }
        self.settings = settings
        self.database = database
        self.brands = config.brands.map(\.name)
    }

    /// The rule the poll hands the store, so that each new negative mention with a large reach has its alert
    /// queued in the transaction that stores it; nil when the config sets no alert channel.
    public static func mentionRule(config: Config, at now: Date) -> MentionAlertRule? {
        guard let settings = config.alerts else { return nil }
        let channels = Self.channels(settings)
        guard !channels.isEmpty else { return nil }
        return MentionAlertRule(minReach: settings.minReach, channels: channels, maxAge: Double(settings.maxAgeHours) * 3600, now: now) { mention in
            let text = "Negative mention with reach \(mention.reach) about \(mention.brand) on \(mention.source): "
                + (mention.title ?? String(mention.text.prefix(140))) + (mention.url.map { " " + $0 } ?? "")
            return Self.payload(kind: "negative-mention", text: text, at: now, extra: [
                "mention": ["id": mention.id, "brand": mention.brand, "source": mention.source, "title": mention.title ?? NSNull(),
                            "url": mention.url ?? NSNull(), "score": mention.sentiment.score, "reach": mention.reach] as [String: Any],
            ])
        }
    }

    private static func channels(_ settings: AlertSettings) -> [String] {
        var channels: [String] = []
        if settings.command != nil { channels.append("command") }
        if settings.webhook != nil { channels.append("webhook") }
        return channels
    }

    /// Queues this poll's other alerts (silent brands, source health, spikes) and delivers everything pending; the
    /// poll queued its mentions' alerts as it stored them. Returns one line per delivery that failed for the first
    /// time (later failures of the same alert stay quiet).
    public func run(after report: PollReport, at now: Date) throws(StoreError) -> [String] {
        var alerts: [(key: String, payload: String)] = []
        // A brand nobody has mentioned for days: the sources or the keywords are probably broken.
        let lastSeen = try database.lastMentionByBrand(brands)
        for brand in brands {
            guard let last = lastSeen[brand], now.timeIntervalSince(last) >= Double(settings.silentDays) * 86400 else { continue }
            let text = "No mention of \(brand) for \(Int(saturating: now.timeIntervalSince(last) / 86400)) days: check its sources and keywords (`webcare sources`)"
            alerts.append(("silent:\(brand):\(Int(saturating: last.timeIntervalSince1970))", Self.payload(kind: "brand-silent", text: text, at: now, extra: ["brand": brand])))
        }
        for notice in report.notices {
            alerts.append((notice.alertKey(at: now), Self.payload(kind: "source-health", text: SourceNoticeRenderer.line(notice), at: now,
                                                                  extra: ["source": notice.source, "notice": notice.kind])))
        }
        // A promise made in a reply that passed its time unkept.
        alerts += try Promises.overdueAlerts(database, at: now)
        let channels = Self.channels(settings)
        try database.queueAlerts(alerts, channels: channels, at: now)
        try checkSpikes(at: now, channels: channels)

        let pending = try database.pendingAlerts()
        let outcomes = deliver(pending, budget: TimeInterval(settings.budgetSeconds))
        var failures: [String] = []
        for (alert, outcome) in zip(pending, outcomes) {
            // Not attempted within the budget: still pending, tried first-time-quiet at the next poll.
            guard let outcome else { continue }
            try database.recordAlertDelivery(id: alert.id, error: outcome.error, at: now)
            if let error = outcome.error, alert.attempts == 0 {
                failures.append("could not deliver an alert to the \(alert.channel): \(error); it is retried at the next poll")
            }
        }
        let skipped = outcomes.filter { $0 == nil }.count
        if skipped > 0 {
            failures.append("\(skipped) of \(pending.count) alerts were not delivered within alerts.budgetSeconds (\(settings.budgetSeconds) s); "
                + "they are retried at the next poll")
        }
        return failures
    }

    /// What one delivery came to: nil error when it was delivered.
    struct Outcome: Equatable, Sendable {
        var error: String?
    }

    /// Delivers the alerts `parallelDeliveries` at a time, each given at most `timeoutSeconds` and what is left of the
    /// budget; returns each alert's outcome in order, nil for one no delivery finished within the budget. Returns
    /// within the budget and a second's grace whatever the peers do.
    func deliver(_ alerts: [PendingAlert], budget: TimeInterval) -> [Outcome?] {
        guard !alerts.isEmpty else { return [] }
        let deadline = Date().addingTimeInterval(budget)
        let board = DeliveryBoard(count: alerts.count)
        let done = DispatchGroup()
        for _ in 0..<min(parallelDeliveries, alerts.count) {
            done.enter()
            let worker = Thread { [self] in
                defer { done.leave() }
                while let index = board.next() {
                    let left = deadline.timeIntervalSinceNow
                    // Less than half a second left: leave the rest for the next poll rather than start a doomed try.
                    guard left >= 0.5 else { return }
                    let timeout = max(1, min(timeoutSeconds, Int(left)))
                    let alert = alerts[index]
                    let error = alert.channel == "command" ? runCommand(with: alert.payload, timeout: timeout)
                                                           : post(alert.payload, timeout: timeout)
                    board.finish(index, Outcome(error: error))
                }
            }
            worker.start()
        }
        _ = done.wait(timeout: .now() + budget + 1.5)
        return board.outcomes
    }

    /// The shared state of one round of deliveries: the next alert to take and each one's outcome.
    /// @unchecked Sendable: every field is read and written under `lock` only.
    private final class DeliveryBoard: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private var results: [Outcome?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.withLock {
                guard nextIndex < results.count else { return nil }
                defer { nextIndex += 1 }
                return nextIndex
            }
        }

        func finish(_ index: Int, _ outcome: Outcome) { lock.withLock { results[index] = outcome } }

        var outcomes: [Outcome?] { lock.withLock { results } }
    }

    /// Checks every brand for a spike in negative mentions; queues the spike alert or the all-clear with the
    /// brand's new state.
    private func checkSpikes(at now: Date, channels: [String]) throws(StoreError) {
        let spike = settings.spike
        let detector = SpikeDetector(settings: spike)
        let window = spike.windowHours * 3600
        let windows = max(1, Int((Double(spike.baselineDays) * 86400 / window).rounded()))
        let states = try database.spikeStates()
        for brand in brands {
            // The baseline's windows and the current one, oldest first, in one query.
            let counts = try database.negativeCounts(brand: brand, from: now.addingTimeInterval(-window * Double(windows + 1)),
                                                     window: window, count: windows + 1)
            let current = counts[windows]
            let baseline = Array(counts.prefix(windows))
            let state = states[brand] ?? SpikeState()
            let (decision, next) = detector.decide(count: current, baseline: baseline, state: state, now: now)
            guard next != state else { continue }
            let level = detector.threshold(baseline: baseline)
            let hours = Self.number(spike.windowHours)
            let usual = "\(Self.number(level.mean)) ± \(Self.number(level.deviation)) per \(hours) h over the previous \(spike.baselineDays) days"
            let extra: [String: Any] = ["brand": brand, "count": current, "windowHours": spike.windowHours,
                                        "baselineMean": (level.mean * 100).rounded() / 100, "baselineDeviation": (level.deviation * 100).rounded() / 100]
            var alert: (key: String, payload: String)?
            switch decision {
            case .spike:
                let text = "Spike in negative mentions of \(brand): \(current) in the last \(hours) h, against \(usual)"
                alert = ("spike:\(brand):\(Int(now.timeIntervalSince1970))", Self.payload(kind: "spike", text: text, at: now, extra: extra))
            case .allClear:
                let since = state.activeSince.map { Int($0.timeIntervalSince1970) } ?? 0
                let text = "All clear for \(brand): \(current) negative mentions in the last \(hours) h, back to the usual \(usual)"
                alert = ("spike-clear:\(brand):\(since)", Self.payload(kind: "spike-all-clear", text: text, at: now, extra: extra))
            case .quiet, .stillHigh, .coolingDown:
                alert = nil
            }
            try database.saveSpikeState(next, brand: brand,
                                        alert: alert, channels: channels, at: now)
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// The JSON of an alert; `text` also makes it readable by chat webhooks that show a "text" field.
    static func payload(kind: String, text: String, at: Date, extra: [String: Any]) -> String {
        var object = extra
        object["kind"] = kind
        object["text"] = text
        object["at"] = ISO8601DateFormatter().string(from: at)
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return TerminalText.jsonSafe(String(decoding: data, as: UTF8.self))
    }

    /// Runs the command with the payload on stdin; nil when it exits 0 in time.
    private func runCommand(with payload: String, timeout: Int) -> String? {
        guard let command = settings.command else { return "no command configured" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "could not start \(command): \(error.localizedDescription)" }
        input.fileHandleForWriting.write(Data((payload + "\n").utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        // Short naps first: most commands are done in milliseconds.
        var nap: useconds_t = 1_000
        while process.isRunning, Date() < deadline { usleep(nap); nap = min(nap * 2, 20_000) }
        if process.isRunning {
            process.terminate()
            return "the command took longer than \(timeout) s"
                + (timeout < timeoutSeconds ? " (what was left of alerts.budgetSeconds)" : " (the limit per alert)")
        }
        return process.terminationStatus == 0 ? nil : "the command exited with \(process.terminationStatus)"
    }

    /// POSTs the payload to the webhook; nil on a 2xx answer.
    private func post(_ payload: String, timeout: Int) -> String? {
        guard let webhook = settings.webhook else { return "no webhook configured" }
        let fetcher = Fetcher(limits: FetchLimits(timeoutSeconds: timeout, connectTimeoutSeconds: min(5, timeout)))
        switch fetcher.fetch(FetchRequest(location: .web(webhook), jsonBody: Array(payload.utf8))) {
        case .body(let body) where (200..<300).contains(body.status): return nil
        case .body(let body): return "HTTP \(body.status)"
        case .notModified(let status): return "HTTP \(status)"
        case .failed(let error): return error.reason
        }
    }
}
