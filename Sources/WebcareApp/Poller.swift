import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareMatch
import WebcareParse
import WebcareSentiment
import WebcareStore

/// Runs the stages for every source: fetch → parse → match → score → store. The only place that knows
/// their order. One failing source is recorded on that source and never stops the others.
public struct Poller: Sendable {
    private let config: Config
    private let database: WebcareDatabase
    private let fetcher: Fetcher
    private let matcher: BrandMatcher
    /// One scorer per brand: the team's word overrides plus that brand's own.
    private let scorers: [String: SentimentScorer]
    private let clock: Clock

    /// Prepares a poll of the config's sources into the database.
    public init(config: Config, database: WebcareDatabase, clock: Clock = .system) {
        self.config = config
        self.database = database
        self.fetcher = Fetcher(limits: FetchLimits(
            timeoutSeconds: config.fetch.timeoutSeconds,
            connectTimeoutSeconds: config.fetch.connectTimeoutSeconds,
            maxBytes: config.fetch.maxBytes,
            userAgent: config.fetch.userAgent ?? "webcare/\(WebcareVersion.current)"))
        self.matcher = BrandMatcher(brands: config.brands)
        var scorers: [String: SentimentScorer] = [:]
        for brand in config.brands {
            scorers[brand.name] = SentimentScorer(neutralBand: config.sentiment.neutralBand, overrides: config.sentiment.words,
                                                  everyLanguage: brand.sentimentWords)
        }
        self.scorers = scorers
        self.clock = clock
    }

    /// Polls every source once. Throws only when the database itself can't be used.
    public func poll() throws(StoreError) -> PollReport {
        try database.registerSources(config.sources.map { ($0.name, $0.location.description) })
        var outcomes: [(String, SourceOutcome)] = []
        for source in config.sources {
            outcomes.append((source.name, try poll(source)))
        }
        return PollReport(outcomes: outcomes)
    }

    private func poll(_ source: Source) throws(StoreError) -> SourceOutcome {
        var state = try database.fetchState(source: source.name)
        let now = clock.now
        state.lastAttemptAt = now
        let request = FetchRequest(location: source.location, etag: state.etag, lastModified: state.lastModified)

        func fail(_ reason: String, status: Int?) throws(StoreError) -> SourceOutcome {
            state.lastError = reason
            state.lastStatus = status
            state.errorStreak += 1
            try database.saveFetchState(state, source: source.name)
            return .failed(reason: reason)
        }

        switch fetcher.fetch(request) {
        case .failed(let error):
            return try fail(error.reason, status: error.status)
        case .notModified(let status):
            state.lastStatus = status
            state.lastSuccessAt = now
            state.lastError = nil
            state.errorStreak = 0
            try database.saveFetchState(state, source: source.name)
            return .unchanged
        case .body(let body):
            let hash = StableHash.hex(ofBytes: body.bytes)
            if hash == state.bodyHash, state.errorStreak == 0 {
                state.lastStatus = body.status
                state.lastSuccessAt = now
                state.etag = body.etag
                state.lastModified = body.lastModified
                try database.saveFetchState(state, source: source.name)
                return .unchanged
            }
            let feed: ParsedFeed
            do {
                feed = try FeedParser.parse(body.bytes, baseURL: body.finalURL.hasPrefix("http") ? body.finalURL : nil)
            } catch {
                return try fail("could not read the document: \(error.reason)", status: body.status)
            }
            let mentions = mentions(in: feed, from: source)
            state.etag = body.etag
            state.lastModified = body.lastModified
            state.bodyHash = hash
            state.lastStatus = body.status
            state.lastSuccessAt = now
            state.lastError = nil
            state.errorStreak = 0
            let new = try database.saveNewMentions(mentions, source: source.name, state: state, at: now)
            return .polled(items: feed.items.count, mentions: mentions.count, new: new)
        }
    }

    /// What the scorer reads of an item: its title and its text, as one passage.
    public static func scoredText(of item: FeedItem) -> String {
        [item.title, item.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// The items that mention a brand (every item, for a source tied to one brand), scored, first of each key only.
    func mentions(in feed: ParsedFeed, from source: Source) -> [NewMention] {
        var seen = Set<String>()
        var mentions: [NewMention] = []
        for item in feed.items {
            let key = item.stableKey
            guard seen.insert(key).inserted else { continue }
            let brand: String
            if let tied = source.brand {
                brand = tied
            } else if let match = matcher.match(title: item.title, text: item.text) {
                brand = match.brand
            } else {
                continue
            }
            let scorer = scorers[brand] ?? SentimentScorer(neutralBand: config.sentiment.neutralBand)
            let sentiment = scorer.score(Self.scoredText(of: item), rating: item.rating, bestRating: item.bestRating)
            mentions.append(NewMention(
                source: source.name, itemKey: key, url: item.url, title: item.title, text: item.text, author: item.author,
                published: item.published, brand: brand, sentiment: sentiment, reach: source.reach))
        }
        return mentions
    }
}
