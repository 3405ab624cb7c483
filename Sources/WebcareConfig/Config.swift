import Foundation
import WebcareCore

/// How politely and how long webcare fetches.
public struct FetchSettings: Sendable, Equatable {
    /// Seconds a whole transfer may take.
    public var timeoutSeconds: Int = 30
    /// Seconds to wait for a connection.
    public var connectTimeoutSeconds: Int = 10
    /// The largest body (after decoding) accepted from one source, in bytes.
    public var maxBytes: Int = 10 * 1024 * 1024
    /// The User-Agent header; nil means `webcare/<version>`.
    public var userAgent: String?
    /// Transfers in flight at once.
    public var parallel: Int = 16
    /// Consecutive failures before a source is reported as failing.
    public var reportAfterFailures: Int = 3

    /// The defaults.
    public init() {}
}

/// How the scorer labels a score.
public struct SentimentSettings: Sendable, Equatable {
    /// Scores within ±neutralBand are neutral.
    public var neutralBand: Double = 0.1
    /// The team's own word valences per language ("nl", "en"), replacing the built-in ones.
    public var words: [Language: [String: Double]] = [:]

    /// The defaults.
    public init() {}
}

/// How `webcare reply-check` reads drafts: the team's own phrases beside the built-in ones.
public struct ReplySettings: Sendable, Equatable {
    /// The kinds a phrase may be given, as the config names them.
    public static let kinds = ["acknowledgement", "apology", "explanation", "nextStep", "personal", "denial", "policy", "blame", "stock"]
    /// The team's phrases per language ("nl", "en"): phrase → kind (one of `kinds`).
    public var phrases: [Language: [String: String]] = [:]

    /// The defaults: no phrases of the team's own.
    public init() {}
}

/// When a rise in a brand's negative mentions counts as a spike.
public struct SpikeSettings: Sendable, Equatable {
    /// The window counted, in hours: the last `windowHours` against every such window of the baseline.
    public var windowHours: Double = 3
    /// Days before the window that make the baseline.
    public var baselineDays: Int = 7
    /// How many standard deviations above the baseline's mean a window must be.
    public var deviations: Double = 3
    /// The fewest negative mentions in a window that can be a spike (two complaints are never one).
    public var minCount: Int = 5
    /// Hours after a spike alert in which no new spike alert for the brand is sent.
    public var cooldownHours: Double = 6

    /// The defaults.
    public init() {}
}

/// Where the team is told at once when something big happens.
public struct AlertSettings: Sendable, Equatable {
    /// A shell command that gets each alert as JSON on its standard input.
    public var command: String?
    /// A URL each alert is POSTed to as JSON (a team chat's incoming webhook).
    public var webhook: String?
    /// New negative mentions with at least this reach raise an alert.
    public var minReach: Int = 10_000
    /// A brand with no mention at all for this many days raises an alert: monitoring is probably broken.
    public var silentDays: Int = 3
    /// Only mentions published this many hours ago or less raise an alert (and never a source's first backlog).
    public var maxAgeHours: Int = 24
    /// Seconds one poll spends delivering alerts, all channels at once; what is not delivered by then is retried at
    /// the next poll (`alerts.budgetSeconds`, 1–3600).
    public var budgetSeconds: Int = 30
    /// When a brand's negative mentions spike.
    public var spike = SpikeSettings()

    /// No alerts.
    public init(command: String? = nil, webhook: String? = nil, minReach: Int = 10_000, silentDays: Int = 3) {
        self.command = command
        self.webhook = webhook
        self.minReach = minReach
        self.silentDays = silentDays
    }
}

/// Everything a config file says, with paths resolved and values checked.
public struct Config: Sendable, Equatable {
    /// The config file this came from, as named.
    public var file: String
    /// The SQLite database, as an absolute path.
    public var database: String
    /// Hours the team promises to answer within.
    public var slaHours: Double
    /// When the response clock runs; nil means around the clock.
    public var businessHours: BusinessHours?
    /// The zone human output shows times in (`timeZone`); nil: the business hours' zone, else the system's.
    public var timeZone: TimeZone?

    /// The team's time zone for what people read (`show`, `history`, `poll --verbose`): `timeZone`, else the business
    /// hours' zone, else the system's. JSON stays in UTC.
    public var displayTimeZone: TimeZone { timeZone ?? businessHours?.timeZone ?? .current }
    /// Where alerts go; nil when the team set none.
    public var alerts: AlertSettings?
    /// The brands watched.
    public var brands: [Brand]
    /// The sources polled, in config order.
    public var sources: [Source]
    /// Fetch limits.
    public var fetch: FetchSettings
    /// Scorer settings.
    public var sentiment: SentimentSettings
    /// The team's phrases for `reply-check` (`replies.phrases`).
    public var replies = ReplySettings()

    /// Makes a config directly (tests and tools).
    public init(file: String, database: String, slaHours: Double = 24, brands: [Brand], sources: [Source],
                fetch: FetchSettings = FetchSettings(), sentiment: SentimentSettings = SentimentSettings()) {
        self.file = file
        self.database = database
        self.slaHours = slaHours
        self.brands = brands
        self.sources = sources
        self.fetch = fetch
        self.sentiment = sentiment
    }

    /// The response clock: slaHours, counted in business hours when the config sets them.
    public var responseClock: ResponseClock { ResponseClock(slaHours: slaHours, businessHours: businessHours) }
}
