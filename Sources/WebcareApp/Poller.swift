import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareMatch
import WebcareParse
import WebcareSentiment
import WebcareStore

/// Runs the stages for every source: fetch → parse → match → score → store. The only place that knows
/// their order. Many transfers are in flight at once; each body is parsed, scored and stored on a worker
/// while the other transfers go on. One failing source is recorded on that source and never stops the others.
public struct Poller: Sendable {
    private let config: Config
    private let database: WebcareDatabase
    private let fetcher: Fetcher
    private let matcher: BrandMatcher
    /// One scorer per brand (the team's word overrides plus that brand's own), built when first needed:
    /// a poll where nothing changed never loads the lexicons.
    private let scorers: BrandScorers
    /// Every brand's own accounts, normalized once (each item's author is checked against them).
    private let ownHandles: Set<String>
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
        self.matcher = BrandMatcher(brands: config.brands)
        self.ownHandles = Set(config.brands.flatMap(\.handles).map(Brand.normalizedHandle).filter { !$0.isEmpty })
        self.scorers = BrandScorers(config: config)
        self.clock = clock
        self.health = SourceHealth(reportAfterFailures: config.fetch.reportAfterFailures)
        self.parallel = parallel ?? config.fetch.parallel
    }

    /// Polls every source that is due. Throws only when the database itself can't be used.
    public func poll() throws(StoreError) -> PollReport {
        let entered = ContinuousClock.now
        try database.registerSources(config.sources.map { ($0.name, $0.location.description) })
        let states = try database.fetchStates()
        let now = clock.now
        let results = PollResults()
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
        var fetchCPU = threadCPUSeconds()
        let writer = MentionWriter(database: database, results: results, now: now)
        // The writer is the one thread every stored mention passes: it should not also wait on the disk.
        let checkpoints = try database.startBackgroundCheckpoints()
        defer { checkpoints.stop() }
        let requests = due.map { FetchRequest(location: $0.source.location, etag: $0.state.etag, lastModified: $0.state.lastModified) }
        fetcher.fetchAll(requests, parallel: parallel, perHost: 2) { index, outcome in
            let (source, state) = due[index]
            slots.wait()
            group.enter()
            workers.async {
                defer { slots.signal(); group.leave() }
                if let (result, notice) = self.handle(outcome, for: source, state: state, now: now, results: results, writer: writer) {
                    results.record(source.name, result, notice: notice)
                }
            }
        }
        results.add("fetch", since: &fetchCPU)
        group.wait()
        writer.finish()
        checkpoints.stop()
        let drained = ContinuousClock.now
        // States that carry no mentions (304s, unchanged bodies, failures) are written together: losing them
        // to a crash loses no mention, and one transaction instead of hundreds keeps an all-304 poll cheap.
        try database.saveFetchStates(results.takeDeferredStates())
        try database.optimize()
        if results.storedAny { try database.checkpoint() }
        let ended = ContinuousClock.now
        results.setWallSeconds(setup: entered.duration(to: started), transfers: started.duration(to: drained), wrapUp: drained.duration(to: ended))
        if let error = results.error { throw error }
        return results.report(order: config.sources.map(\.name))
    }

    /// Parses, matches and scores one fetched source and hands its mentions, with its new state, to the writer,
    /// which stores them in one transaction and records the outcome (nil is returned then); any other outcome
    /// is returned for the caller to record.
    private func handle(_ outcome: FetchOutcome, for source: Source, state previous: SourceFetchState, now: Date,
                        results: PollResults, writer: MentionWriter) -> (SourceOutcome, String?)? {
        func fail(_ reason: String, _ error: FetchError?) -> (SourceOutcome, String?) {
            let state = health.failed(previous, error: error, reason: reason, now: now)
            results.deferState(state, source: source.name)
            var notice: String?
            if health.isWorthReporting(failure: state) {
                notice = state.isGone
                    ? "source \"\(source.name)\" is gone (HTTP 410): not polled again until its URL changes in the config"
                    : "could not poll source \"\(source.name)\": \(reason)"
                    + (state.errorStreak > 1 ? " (\(state.errorStreak) attempts in a row)" : "")
            }
            return (.failed(reason: reason), notice)
        }
        func recovered() -> String? {
            health.isWorthReporting(recoveryFrom: previous)
                ? "source \"\(source.name)\" works again after \(previous.errorStreak) failed attempt\(previous.errorStreak == 1 ? "" : "s")"
                : nil
        }

        switch outcome {
        case .failed(let error):
            return fail(error.reason, error)
        case .notModified(let status):
            results.deferState(health.succeeded(previous, status: status, now: now), source: source.name)
            return (.unchanged, recovered())
        case .body(let body):
            var state = health.succeeded(previous, status: body.status, now: now)
            state.etag = body.etag
            state.lastModified = body.lastModified
            var notices: [String] = []
            if let moved = body.movedPermanentlyTo, moved != previous.movedTo {
                state.movedTo = moved
                notices.append("source \"\(source.name)\" has moved permanently to \(moved): update its url in the config")
            }
            if let recovery = recovered() { notices.append(recovery) }
            let hash = StableHash.hex(ofBody: body.bytes)
            if hash == previous.bodyHash {
                results.deferState(state, source: source.name)
                return (.unchanged, notices.isEmpty ? nil : notices.joined(separator: "\n"))
            }
            let feed: ParsedFeed
            var clock = threadCPUSeconds()
            do {
                feed = try FeedParser.parse(body.bytes, baseURL: body.finalURL.hasPrefix("http") ? body.finalURL : nil,
                                          httpCharset: charsetParameter(of: body.contentType), encoding: source.encoding)
            } catch {
                return fail("could not read the document: \(error.reason)", nil)
            }
            results.add("parse", since: &clock)
            results.noteCharset(of: feed, source: source.name)
            state.bodyHash = hash
            // The keys stored from this source before (a read beside the writer); without them every item is
            // scored and the store skips the known ones. A source never read before (no body hash: its mentions
            // are always stored with its state) has none, so a first poll makes no read per source.
            let known = previous.bodyHash == nil ? [] : ((try? database.storedItemKeys(source: source.name)) ?? [])
            let (mentions, alreadyStored) = mentions(in: feed, from: source, known: known)
            let replies = brandReplies(in: feed, now: now)
            results.add("match and score", since: &clock)
            writer.submit(MentionWriter.Job(
                batch: SourceMentions(source: source.name, mentions: mentions, state: state, replies: replies),
                items: feed.items.count, alreadyStored: alreadyStored, notice: notices.isEmpty ? nil : notices.joined(separator: "\n")))
            return nil
        }
    }

    /// Whether an author is one of any brand's own accounts (any case, with or without "@"; handles normalized once).
    private func isOwnAccount(_ author: String?) -> Bool {
        guard let author, !ownHandles.isEmpty else { return false }
        let normalized = Brand.normalizedHandle(author)
        return !normalized.isEmpty && ownHandles.contains(normalized)
    }

    /// Replies that mark mentions answered: items by one of a brand's own accounts that reply to another item (Atom
    /// threading), and the company replies review platforms show with a review, which answer that review (found by
    /// its key in this source) at the reply's time, by the reply's author or else "company reply". A reply without
    /// a date counts from `now`, when webcare first sees it.
    func brandReplies(in feed: ParsedFeed, now: Date) -> [BrandReply] {
        var seen = Set<String>()
        return feed.items.compactMap { item in
            if let reply = item.companyReply {
                let key = item.stableKey
                guard seen.insert(key).inserted else { return nil }
                return BrandReply(target: .itemKey(key), at: reply.published ?? now, by: reply.author ?? "company reply",
                                  note: "company reply on the review: " + Self.excerpt(reply.text))
            }
            guard let author = item.author, isOwnAccount(author),
                  let target = item.inReplyTo ?? Self.threadLink(of: item) else { return nil }
            return BrandReply(inReplyTo: target, at: item.published ?? now, by: author)
        }
    }

    /// The thread a comment belongs to, from a comment feed's link ("https://blog.example/post/#comment-12" is a
    /// comment on "https://blog.example/post/"); nil for a link without a fragment.
    static func threadLink(of item: FeedItem) -> String? {
        guard let url = item.url, let hash = url.firstIndex(of: "#"), hash != url.startIndex else { return nil }
        return String(url[..<hash])
    }

    /// The first 200 characters of a text, on one line.
    private static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= 200 ? line : String(line.prefix(199)) + "…"
    }

    /// What the scorer reads of an item: its title and its text, as one passage.
    public static func scoredText(of item: FeedItem) -> String { scoredText(title: item.title, text: item.text) }

    /// What the scorer reads of a title and a text.
    static func scoredText(title: String?, text: String) -> String {
        [title, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// The items that mention a brand (every item, for a source tied to one brand), scored, first of each key
    /// only. Items already stored (`known` keys) are matched but not scored again: they count in `alreadyStored`.
    func mentions(in feed: ParsedFeed, from source: Source, known: Set<String> = []) -> (new: [NewMention], alreadyStored: Int) {
        var seen = Set<String>()
        var mentions: [NewMention] = []
        var alreadyStored = 0
        for item in feed.items {
            let key = item.stableKey
            guard seen.insert(key).inserted else { continue }
            // The brand's own posts and replies are not mentions.
            if isOwnAccount(item.author) { continue }
            let brand: String
            let isInTitle: Bool
            if let tied = source.brand {
                brand = tied
                isInTitle = matcher.match(title: item.title, text: "")?.brand == tied
            } else if let match = matcher.match(title: item.title, text: item.text) {
                brand = match.brand
                isInTitle = match.isInTitle
            } else {
                continue
            }
            // A feed that changed still holds mostly what the last poll stored: those are not scored again.
            if known.contains(key) {
                alreadyStored += 1
                continue
            }
            let reach = Reach.estimate(sourceReaders: source.reach, comments: item.comments, isBrandInTitle: isInTitle)
            let scorer = scorers.scorer(for: brand)
            // What made it negative is kept for the weekly report, so the report need not score again; one walk
            // over the text gives both.
            let (sentiment, terms) = scorer.scoreWithNegativeTerms(Self.scoredText(of: item), rating: item.rating, bestRating: item.bestRating)
            var mention = NewMention(
                source: source.name, itemKey: key, url: item.url, title: item.title, text: item.text, author: item.author,
                published: item.published, brand: brand, sentiment: sentiment, reach: reach.readers, reachBasis: reach.basis)
            if sentiment.label == .negative { mention.negativeTerms = terms }
            mentions.append(mention)
        }
        return (mentions, alreadyStored)
    }
}

/// Stores what the workers found, off their threads: each worker hands over a source's mentions and moves on to
/// the next body, and the writer commits whatever has been handed over since its last commit in one
/// transaction (group commit). A source's mentions and its new fetch state always share that transaction, so a
/// crash can neither lose items nor skip them. @unchecked Sendable: `pending` is only touched under `lock`;
/// drains run one at a time on a serial queue.
final class MentionWriter: @unchecked Sendable {
    /// One source's share of a commit.
    struct Job {
        var batch: SourceMentions
        var items: Int
        /// Brand mentions in the feed that were stored by an earlier poll (not handed over again).
        var alreadyStored: Int
        var notice: String?
    }

    private let database: WebcareDatabase
    private let results: PollResults
    private let now: Date
    private let lock = NSLock()
    private var pending: [Job] = []
    private let queue = DispatchQueue(label: "webcare.poll.writer")
    private let group = DispatchGroup()

    init(database: WebcareDatabase, results: PollResults, now: Date) {
        self.database = database
        self.results = results
        self.now = now
    }

    /// Queues a source's mentions; they are stored by the next drain.
    func submit(_ job: Job) {
        lock.withLock { pending.append(job) }
        group.enter()
        queue.async {
            defer { self.group.leave() }
            self.drain()
        }
    }

    /// Waits until everything handed over is stored.
    func finish() { group.wait() }

    private func drain() {
        let jobs: [Job] = lock.withLock { defer { pending = [] }; return pending }
        guard !jobs.isEmpty else { return }
        var clock = threadCPUSeconds()
        do {
            let counts = try database.saveNewMentions(jobs.map(\.batch), at: now)
            for (job, new) in zip(jobs, counts) {
                results.record(job.batch.source, .polled(items: job.items, mentions: job.alreadyStored + job.batch.mentions.count, new: new),
                               notice: job.notice)
            }
        } catch {
            results.fail(error)
        }
        results.add("store", since: &clock)
    }
}

/// Outcomes gathered from the workers. @unchecked Sendable: every property is read and written under `lock`.
final class PollResults: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: SourceOutcome] = [:]
    private var notices: [String: String] = [:]
    private var timings: [String: Double] = [:]
    private var deferredStates: [(String, SourceFetchState)] = []
    private var charsetRepairs: [String: CharsetRepair] = [:]
    private(set) var error: StoreError?

    /// Keeps how many bytes of a source's document were not in its charset, when any were.
    func noteCharset(of feed: ParsedFeed, source: String) {
        guard feed.recoveredBytes > 0 || feed.droppedBytes > 0 else { return }
        lock.withLock { charsetRepairs[source] = CharsetRepair(recoveredBytes: feed.recoveredBytes, droppedBytes: feed.droppedBytes) }
    }

    /// Keeps a source's new state to be written with the others at the end of the poll.
    func deferState(_ state: SourceFetchState, source: String) {
        lock.withLock { deferredStates.append((source, state)) }
    }

    func takeDeferredStates() -> [(String, SourceFetchState)] {
        lock.withLock { defer { deferredStates = [] }; return deferredStates }
    }

    /// Adds the calling thread's CPU time since `start` (from `threadCPUSeconds()`) to a stage, and moves `start`
    /// to now. CPU time, not wall time: on a busy machine a stage waiting for a core would otherwise count the wait.
    func add(_ stage: String, since start: inout Double) {
        let now = threadCPUSeconds()
        let seconds = now - start
        start = now
        lock.withLock { timings[stage, default: 0] += seconds }
    }

    /// Records the poll's wall time ("total") in its three parts: before the first transfer ("setup": sources
    /// registered, states read), while transfers and stages run ("transfers"), after the writer's last commit
    /// ("wrap-up": states of unchanged sources, statistics, checkpoint); and the process's CPU time so far ("cpu").
    func setWallSeconds(setup: Duration, transfers: Duration, wrapUp: Duration) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        lock.withLock {
            timings["setup"] = setup.inSeconds
            timings["transfers"] = transfers.inSeconds
            timings["wrap-up"] = wrapUp.inSeconds
            timings["total"] = (setup + transfers + wrapUp).inSeconds
            timings["cpu"] = cpu
        }
    }

    /// Whether some source's mentions went to the database this poll.
    var storedAny: Bool {
        lock.withLock { outcomes.values.contains { if case .polled = $0 { true } else { false } } }
    }

    func record(_ source: String, _ outcome: SourceOutcome, notice: String? = nil) {
        lock.withLock {
            outcomes[source] = outcome
            if let notice { notices[source] = notice }
        }
    }

    func fail(_ error: StoreError) {
        lock.withLock { if self.error == nil { self.error = error } }
    }

    func report(order: [String]) -> PollReport {
        lock.withLock {
            PollReport(outcomes: order.compactMap { name in outcomes[name].map { (name, $0) } },
                       notices: order.compactMap { notices[$0] }, timings: timings, charsetRepairs: charsetRepairs)
        }
    }
}

/// The scorers of each brand, made on first use. @unchecked Sendable: `made` is only touched under `lock`.
final class BrandScorers: @unchecked Sendable {
    private let config: Config
    private let lock = NSLock()
    private var made: [String: SentimentScorer] = [:]

    init(config: Config) { self.config = config }

    func scorer(for brand: String) -> SentimentScorer {
        lock.withLock {
            if let scorer = made[brand] { return scorer }
            let words = config.brands.first { $0.name == brand }?.sentimentWords ?? [:]
            let scorer = SentimentScorer(neutralBand: config.sentiment.neutralBand, overrides: config.sentiment.words, everyLanguage: words)
            made[brand] = scorer
            return scorer
        }
    }
}

/// CPU seconds the calling thread has used so far.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
