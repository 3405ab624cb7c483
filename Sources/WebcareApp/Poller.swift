import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareParse
import WebcareStore

/// Runs the stages for every source: fetch → parse → match and score → store. The only place that knows their
/// order. Many transfers are in flight at once; each body is parsed, matched and scored on a worker while the other
/// transfers go on, and one writer stores what the workers found. One failing source is recorded on that source
/// and never stops the others.
public struct Poller: Sendable {
    private let config: Config
    private let database: WebcareDatabase
    private let fetcher: Fetcher
    private let finder: MentionFinder
    private let clock: Clock
    private let health: SourceHealth
    /// Transfers in flight at once.
    public var parallel: Int

    /// Prepares a poll of the config's sources into the database.
    public init(config: Config, database: WebcareDatabase, clock: Clock = .system, parallel: Int? = nil) {
        self.config = config
        self.database = database
        self.fetcher = Fetcher(limits: FetchLimits(
            timeoutSeconds: config.fetch.timeoutSeconds,
            connectTimeoutSeconds: config.fetch.connectTimeoutSeconds,
            maxBytes: config.fetch.maxBytes,
            userAgent: config.fetch.userAgent ?? "webcare/\(WebcareVersion.current)"))
        self.finder = MentionFinder(config: config, scoring: MentionScoring(config: config))
        self.clock = clock
        self.health = SourceHealth(reportAfterFailures: config.fetch.reportAfterFailures)
        self.parallel = parallel ?? config.fetch.parallel
    }

    /// Polls every source that is due. Throws only when the database itself can't be used.
    public func poll() throws(StoreError) -> PollReport {
        let entered = ContinuousClock.now
        try database.registerSources(config.sources.map { (name: $0.name, url: $0.location.description, id: $0.id) })
        let states = try database.fetchStates()
        let now = clock.now
        let results = PollResults()
        let timer = StageTimer()
        var due: [(source: Source, state: SourceFetchState)] = []
        for source in config.sources {
            let state = states[source.name] ?? SourceFetchState()
            if state.isGone {
                results.record(source.name, .gone)
            } else if let next = state.nextAttemptAt, next > now {
                results.record(source.name, .waiting(until: next))
            } else {
                due.append((source, state))
            }
        }

        // Bodies wait for a worker in a bounded queue: memory stays flat however many sources there are.
        let workers = DispatchQueue(label: "webcare.poll.workers", attributes: .concurrent)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: max(2, ProcessInfo.processInfo.activeProcessorCount) * 2)
        let started = ContinuousClock.now
        var drained = started
        let alerts = AlertDispatcher.mentionRule(config: config, at: now)
        let writer = MentionWriter(database: database, results: results, timer: timer, now: now, alerts: alerts)
        try database.bulkWrite { () throws(StoreError) -> Bool in
            var fetchCPU = StageTimer.start()
            let requests = due.map { FetchRequest(location: $0.source.location, etag: $0.state.etag, lastModified: $0.state.lastModified) }
            fetcher.fetchAll(requests, parallel: parallel, perHost: 2) { index, outcome in
                let (source, state) = due[index]
                slots.wait()
                group.enter()
                workers.async {
                    defer { slots.signal(); group.leave() }
                    if let (result, notices) = self.handle(outcome, for: source, state: state, now: now, results: results,
                                                           timer: timer, writer: writer, alerts: alerts) {
                        results.record(source.name, result, notices: notices)
                    }
                }
            }
            timer.add("fetch", since: &fetchCPU)
            group.wait()
            writer.finish()
            drained = ContinuousClock.now
            // States that carry no mentions (304s, unchanged bodies, failures) are written together: losing them
            // to a crash loses no mention, and one transaction instead of hundreds keeps an all-304 poll cheap.
            try database.saveFetchStates(results.takeDeferredStates())
            if results.storedAny { try database.catchUpSearchIndex() }
            try database.optimize()
            return results.storedAny
        }
        let ended = ContinuousClock.now
        timer.setWallSeconds(setup: entered.duration(to: started), transfers: started.duration(to: drained), wrapUp: drained.duration(to: ended))
        if let error = results.error { throw error }
        return results.report(order: config.sources.map(\.name), timings: timer.timings)
    }

    /// Parses, matches and scores one fetched source and hands its mentions, with its new state, to the writer,
    /// which stores them in one transaction and records the outcome (nil is returned then); any other outcome
    /// is returned, with what is worth telling about it, for the caller to record.
    private func handle(_ outcome: FetchOutcome, for source: Source, state previous: SourceFetchState, now: Date,
                        results: PollResults, timer: StageTimer, writer: MentionWriter,
                        alerts: MentionAlertRule?) -> (SourceOutcome, [SourceNotice])? {
        func fail(_ reason: String, _ error: FetchError?) -> (SourceOutcome, [SourceNotice]) {
            let state = health.failed(previous, error: error, reason: reason, now: now)
            results.deferState(state, source: source.name)
            guard health.isWorthReporting(failure: state) else { return (.failed(reason: reason), []) }
            let notice: SourceNotice = state.isGone ? .gone(source: source.name)
                : .failing(source: source.name, reason: reason, attempts: state.errorStreak)
            return (.failed(reason: reason), [notice])
        }
        var notices: [SourceNotice] {
            health.isWorthReporting(recoveryFrom: previous) ? [.recovered(source: source.name, failedAttempts: previous.errorStreak)] : []
        }

        switch outcome {
        case .failed(let error):
            return fail(error.reason, error)
        case .notModified(let status):
            results.deferState(health.succeeded(previous, status: status, now: now), source: source.name)
            return (.unchanged, notices)
        case .body(let body):
            var state = health.succeeded(previous, status: body.status, now: now)
            state.etag = body.etag
            state.lastModified = body.lastModified
            var told: [SourceNotice] = []
            if let moved = body.movedPermanentlyTo, moved != previous.movedTo {
                state.movedTo = moved
                told.append(.moved(source: source.name, to: moved))
            }
            told += notices
            let hash = StableHash.hex(ofBody: body.bytes)
            if hash == previous.bodyHash {
                results.deferState(state, source: source.name)
                return (.unchanged, told)
            }
            let feed: ParsedFeed
            var clock = StageTimer.start()
            do {
                feed = try FeedParser.parse(body.bytes, baseURL: URLScheme.isWeb(body.finalURL) ? body.finalURL : nil,
                                            httpCharset: charsetParameter(of: body.contentType), encoding: source.encoding)
            } catch {
                return fail("could not read the document: \(error.reason)", nil)
            }
            timer.add("parse", since: &clock)
            results.noteCharset(of: feed, source: source.name)
            state.bodyHash = hash
            // The keys stored from this source before (a read beside the writer); without them every item is
            // scored and the store skips the known ones. A source never read before (no body hash: its mentions
            // are always stored with its state) has none, so a first poll makes no read per source.
            let known = previous.bodyHash == nil ? [] : ((try? database.storedItemKeys(source: source.name)) ?? [])
            let (mentions, alreadyStored) = finder.mentions(in: feed, from: source, known: known)
            let replies = finder.brandReplies(in: feed, now: now)
            timer.add("match and score", since: &clock)
            // A source's first backlog, and mentions older than alerts.maxAgeHours, raise no alert: counted for --verbose.
            let isFirstRead = previous.bodyHash == nil
            if let alerts { results.holdBack(mentions.filter { alerts.isHeldBack($0, isFirstRead: isFirstRead) }.count) }
            var batch = SourceMentions(source: source.name, mentions: mentions, state: state, replies: replies)
            batch.isFirstRead = isFirstRead
            writer.submit(MentionWriter.Job(
                batch: batch,
                items: feed.items.count, alreadyStored: alreadyStored, notices: told))
            return nil
        }
    }
}
